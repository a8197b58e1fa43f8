import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { BASE_URL } from "./e2e/support/constants";

const CI = Boolean(process.env.CI);

// Debian's Chromium: no browser download is possible (or wanted) on these machines.
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export default defineConfig({
  testDir: "e2e",
  // The development-mode smoke test has its own server (playwright.dev.config.ts).
  testIgnore: "dev/**",
  outputDir: "e2e/artifacts/test-results",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  // Two cores: one for the server, one for the browser and the runner.
  workers: 2,
  reporter: [["list"], ["html", { outputFolder: "e2e/artifacts/report", open: "never" }]],
  use: {
    baseURL: BASE_URL,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: "/usr/bin/chromium", args: chromiumArgs },
      },
    },
  ],
  webServer: {
    // Creates a throw-away database, seeds the demo ISP and runs `next start` on the last build.
    command: "tsx e2e/support/server.ts",
    // Ready when the app answers from its database, not just when the port opens.
    url: `${BASE_URL}/api/subdomains?slug=e2e-ready-check`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM lets server.ts stop Next and drop its database; SIGKILL follows after 20 s.
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    env: { PATH: `${path.resolve("node_modules/.bin")}${path.delimiter}${process.env.PATH ?? ""}` },
  },
});
