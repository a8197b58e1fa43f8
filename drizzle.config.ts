import { defineConfig } from "drizzle-kit";

// Only `generate` is used: migrations are SQL files committed under db/migrations
// and applied by `npm run db:migrate` (never `drizzle-kit push`).
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: undefined,
});
