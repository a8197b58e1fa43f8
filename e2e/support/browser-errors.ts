import type { BrowserContext, Page } from "@playwright/test";

/**
 * Collects what the browser complains about in a context: Content Security
 * Policy violations (the `securitypolicyviolation` event, reported from every
 * document the context opens), console errors and uncaught page errors. A
 * blocked script or style shows up in the first two; a script that runs but
 * throws in the third.
 */
export async function watchBrowserErrors(context: BrowserContext): Promise<string[]> {
  const problems: string[] = [];
  await context.exposeBinding("__reportCspViolation", ({ page }, text: string) => {
    problems.push(`CSP violation on ${page.url()}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      report(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  const watch = (page: Page) => {
    page.on("console", (message) => {
      // Header complaints (an unknown Permissions-Policy feature, a malformed policy) come as warnings.
      const aboutHeaders = /Permissions-Policy|Content Security Policy|Content-Security-Policy/i.test(message.text());
      if (message.type() === "error" || aboutHeaders) problems.push(`console ${message.type()} on ${page.url()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
  };
  context.pages().forEach(watch);
  context.on("page", watch);
  return problems;
}
