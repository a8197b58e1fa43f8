import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * The layers point one way: app/ -> components/ -> lib/ -> db/ (README, "Layers").
 * A relative path that climbs into another layer is refused like its alias.
 */
const climbsInto = (...layers) => `^(\\.\\./)+(${layers.join("|")})(/|$)`;

const layers = [
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/db", "@/db/*"],
              allowTypeImports: true,
              message: "Components get data as props from the page or through an action; import a query's row type with `import type`.",
            },
            { group: ["@/app/*"], allowTypeImports: true, message: "Components get server actions as props from the page." },
            { group: ["@/inngest", "@/inngest/*"], message: "Screens do not talk to the job runner." },
            { regex: climbsInto("db", "app", "inngest"), message: "Import through the layers' aliases; components reach no lower than lib/." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/app/*", "@/components/*"], message: "The domain knows no route or screen." },
            { group: ["@/inngest", "@/inngest/*"], message: "The domain names events (lib/events); the job runner's module sends them." },
            { regex: climbsInto("app", "components", "inngest"), message: "The domain knows no route, screen or job runner." },
          ],
        },
      ],
    },
  },
  {
    files: ["db/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              // Pure helpers only: the environment's parsed settings and the uuid check.
              group: ["@/lib/*", "!@/lib/env", "!@/lib/uuid"],
              allowTypeImports: true,
              message: "db/ stores rows and decides nothing: domain work belongs in lib/, which calls db/.",
            },
            { group: ["@/app/*", "@/components/*", "@/inngest", "@/inngest/*", "@/scripts/*"], message: "db/ imports no layer above it." },
            { regex: climbsInto("lib", "app", "components", "inngest", "scripts"), message: "db/ imports no layer above it." },
          ],
        },
      ],
    },
  },
];

const config = [
  ...nextVitals,
  ...nextTs,
  ...layers,
  { ignores: [".next/**", "node_modules/**", ".data/**", "e2e/artifacts/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "db/migrations/**"] },
];

export default config;
