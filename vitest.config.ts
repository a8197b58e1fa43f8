import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // `server-only` throws outside React Server Components; tests import server modules directly.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["lib/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts", "tests/unit/**/*.test.ts"], environment: "node", testTimeout: 30_000, sequence: { groupOrder: 0 } } },
      {
        resolve: { alias },
        test: {
          name: "db",
          include: ["tests/db/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file opens its own databases; two at a time suits a 2-core machine.
          maxWorkers: 2,
          // next-auth imports "next/server" without an extension, which Node's ESM resolver refuses;
          // inlined, Vite resolves it. Action modules import it through lib/auth.
          server: { deps: { inline: ["next-auth", "@auth/core"] } },
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
