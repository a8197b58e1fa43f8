import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/** The import rules of eslint.config.mjs, applied to snippets placed in each layer. */
const eslint = new ESLint({ cwd: process.cwd() });

async function refused(filePath: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.some((m) => m.ruleId === "no-restricted-imports");
}

// The first lint loads the TypeScript parser and the Next.js rules: seconds, not milliseconds.
describe("layers point one way", { timeout: 60_000 }, () => {
  it("keeps components from the database's values, routes and the job runner", async () => {
    expect(await refused("components/x/panel.tsx", 'import { withTenant } from "@/db/tenant";\nexport const x = withTenant;\n')).toBe(true);
    expect(await refused("components/x/panel.tsx", 'import { addAction } from "@/app/(tenant)/actions";\nexport const x = addAction;\n')).toBe(true);
    expect(await refused("components/x/panel.tsx", 'import { inngest } from "@/inngest/client";\nexport const x = inngest;\n')).toBe(true);
    expect(await refused("components/x/panel.tsx", 'import { withTenant } from "../../db/tenant";\nexport const x = withTenant;\n')).toBe(true);
    // A query's row type is fine.
    expect(await refused("components/x/panel.tsx", 'import type { PlanOption } from "@/db/queries/plans";\nexport type X = PlanOption;\n')).toBe(false);
  });

  it("keeps the domain from routes, screens and the job runner", async () => {
    expect(await refused("lib/x/rule.ts", 'import { Button } from "@/components/ui/button";\nexport const x = Button;\n')).toBe(true);
    expect(await refused("lib/x/rule.ts", 'import { inngest } from "@/inngest/client";\nexport const x = inngest;\n')).toBe(true);
    expect(await refused("lib/x/rule.ts", 'import { getConnection } from "@/db/client";\nexport const x = getConnection;\n')).toBe(false);
  });

  it("keeps the data layer to rows: only named pure helpers from lib/", async () => {
    expect(await refused("db/queries/x.ts", 'import { changedFields } from "@/lib/audit/record";\nexport const x = changedFields;\n')).toBe(true);
    expect(await refused("db/queries/x.ts", 'import { changedFields } from "../../lib/audit/record";\nexport const x = changedFields;\n')).toBe(true);
    expect(await refused("db/queries/x.ts", 'import { isUuid } from "@/lib/uuid";\nexport const x = isUuid;\n')).toBe(false);
    expect(await refused("db/queries/x.ts", 'import type { LedgerSource } from "@/lib/billing/ledger";\nexport type X = LedgerSource;\n')).toBe(false);
  });
});
