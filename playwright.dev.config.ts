import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

/**
 * The development-mode smoke test (e2e/dev): the same kind of throw-away
 * server as playwright.config.ts, but running `next dev`, where React logs
 * hydration mismatches and other mistakes that a production build keeps
 * quiet about. Its own port, so it can follow the production suite.
 * `npm run test:e2e` runs both.
 */
const DEV_PORT = Number(process.env.E2E_DEV_PORT) || (Number(process.env.E2E_PORT) || 3100) + 50;
// The specs' URLs (e2e/support/constants.ts) and the server read E2E_PORT; workers inherit both, and
// evaluate this file again: E2E_DEV_PORT keeps them from adding 50 twice.
process.env.E2E_DEV_PORT = String(DEV_PORT);
process.env.E2E_PORT = String(DEV_PORT);
const BASE_URL = `http://localhost:${DEV_PORT}`;

export default defineConfig({
  testDir: "e2e/dev",
  outputDir: "e2e/artifacts/dev-test-results",
  // Each page compiles on its first visit: slow on a busy machine.
  timeout: 20 * 60_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL: BASE_URL,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    actionTimeout: 60_000,
    navigationTimeout: 240_000,
    // A cashier in Cagayan de Oro: the server runs elsewhere (UTC), the browser in Manila.
    timezoneId: "Asia/Manila",
    locale: "en-PH",
  },
  projects: [
    {
      name: "chromium-dev",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run", "--disable-quic"] },
      },
    },
  ],
  webServer: {
    command: "tsx e2e/support/server.ts",
    url: `${BASE_URL}/api/subdomains?slug=e2e-ready-check`,
    reuseExistingServer: false,
    timeout: 600_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    env: { PATH: `${path.resolve("node_modules/.bin")}${path.delimiter}${process.env.PATH ?? ""}`, E2E_PORT: String(DEV_PORT), E2E_NEXT_MODE: "dev" },
  },
});
