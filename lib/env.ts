import { z } from "zod";
import { DEFAULT_TILE_ATTRIBUTION, DEFAULT_TILE_URL } from "./map/tiles";

const DEV_AUTH_SECRET = "fiberbill-development-only-secret-do-not-use-in-production";

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const optionalUrl = z.preprocess(emptyToUndefined, z.url().optional());

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** Owner connection (migrations, seeding). Unset: the embedded PGlite database. */
    DATABASE_URL: optionalUrl,
    /** Runtime connection as the non-owner role; derived from DATABASE_URL when unset. */
    DATABASE_APP_URL: optionalUrl,
    /** Job connection as fiberbill_jobs (scheduler, workspace mail); derived from DATABASE_URL when unset. */
    DATABASE_JOBS_URL: optionalUrl,
    /** Where PGlite keeps its files when DATABASE_URL is unset. */
    PGLITE_DATA_DIR: z.preprocess(emptyToUndefined, z.string().default("./.data/pglite")),
    /** The root domain (no port): the marketing site; tenants live at <slug>.<ROOT_DOMAIN>. */
    ROOT_DOMAIN: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^[a-z0-9.-]+$/, "ROOT_DOMAIN is a host name without scheme or port, e.g. localhost or fiberbill.ph")
        .default("localhost"),
    ),
    AUTH_SECRET: optionalString,
    /**
     * A billing run of a tenant with more activated subscriptions than this is created in the
     * background with a progress bar (default 2,000); the e2e server sets 0 to walk that path.
     */
    BACKGROUND_RUN_SUBSCRIPTIONS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).default(2_000)),
    /** Sign-ups allowed per IP and hour (spam protection); test servers raise it. */
    SIGNUPS_PER_IP_PER_HOUR: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).default(10)),
    UPSTASH_REDIS_REST_URL: optionalUrl,
    UPSTASH_REDIS_REST_TOKEN: optionalString,
    /**
     * The network map's tiles, a Leaflet URL template ({z}/{x}/{y}, optional {s}). Unset: OpenStreetMap.
     * "none": no tiles (offline installs); the map draws the plant on a plain background.
     */
    MAP_TILE_URL: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .refine((v) => v === "none" || /^https?:\/\/[^/]+\/.*\{z\}.*\{x\}.*\{y\}/.test(v), "MAP_TILE_URL is a tile URL template like https://tile.openstreetmap.org/{z}/{x}/{y}.png, or none")
        .default(DEFAULT_TILE_URL),
    ),
    /** Credit line the tile provider asks for (HTML allowed, as Leaflet shows it). */
    MAP_TILE_ATTRIBUTION: z.preprocess(emptyToUndefined, z.string().default(DEFAULT_TILE_ATTRIBUTION)),
    /** SMS through Semaphore (or a service shaped like its send API). Unset: SMS is kept as "logged". */
    SEMAPHORE_API_KEY: optionalString,
    SEMAPHORE_SENDER_NAME: optionalString,
    SMS_API_URL: optionalUrl,
    /** Email over SMTP, e.g. smtps://user:password@smtp.example.com:465. Unset: email is kept as "logged". */
    SMTP_URL: optionalUrl,
    MAIL_FROM: optionalString,
    /**
     * Client addresses (rate limits, audit log). Unset: the TCP peer, for a server the internet reaches
     * directly. TRUSTED_PROXY_HOPS=N: N reverse proxies of ours each append to X-Forwarded-For, the
     * client is the Nth address from the right. TRUSTED_CLIENT_IP_HEADER: a platform or proxy of ours
     * overwrites this header with the client's address (x-vercel-forwarded-for, x-real-ip).
     */
    TRUSTED_PROXY_HOPS: z.preprocess(
      emptyToUndefined,
      z.coerce.number({ error: "TRUSTED_PROXY_HOPS is a number of proxies, e.g. 1" }).int().min(1).max(10).optional(),
    ),
    TRUSTED_CLIENT_IP_HEADER: z.preprocess(
      (v) => (typeof emptyToUndefined(v) === "string" ? (v as string).trim().toLowerCase() : undefined),
      z
        .string()
        .regex(/^[a-z0-9-]+$/, "TRUSTED_CLIENT_IP_HEADER is a header name, e.g. x-real-ip")
        .refine((h) => h !== "x-forwarded-for", "X-Forwarded-For lists every hop: use TRUSTED_PROXY_HOPS for it")
        .refine((h) => h !== "x-fiberbill-socket-peer", "x-fiberbill-socket-peer is the app's own; leave both unset to use the socket")
        .optional(),
    ),
  })
  .transform((env, ctx) => {
    if (!env.AUTH_SECRET && env.NODE_ENV === "production") {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "AUTH_SECRET is required in production (openssl rand -base64 32)" });
      return z.NEVER;
    }
    if (env.UPSTASH_REDIS_REST_URL && !env.UPSTASH_REDIS_REST_TOKEN) {
      ctx.addIssue({ code: "custom", path: ["UPSTASH_REDIS_REST_TOKEN"], message: "UPSTASH_REDIS_REST_TOKEN is required with UPSTASH_REDIS_REST_URL" });
      return z.NEVER;
    }
    if (env.SMTP_URL && !env.MAIL_FROM) {
      ctx.addIssue({ code: "custom", path: ["MAIL_FROM"], message: "MAIL_FROM is required with SMTP_URL, e.g. \"JDC Fiber <billing@jdcfiber.ph>\"" });
      return z.NEVER;
    }
    if (env.TRUSTED_PROXY_HOPS && env.TRUSTED_CLIENT_IP_HEADER) {
      ctx.addIssue({ code: "custom", path: ["TRUSTED_CLIENT_IP_HEADER"], message: "Set TRUSTED_PROXY_HOPS or TRUSTED_CLIENT_IP_HEADER, not both" });
      return z.NEVER;
    }
    return { ...env, AUTH_SECRET: env.AUTH_SECRET ?? DEV_AUTH_SECRET };
  });

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);
