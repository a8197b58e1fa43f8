import { DEMO, seedDemoTenant } from "../seed/demo";
import { describeTarget, openFromEnv } from "./open";

// `npm run dev` runs this first: migrations, the demo ISP on first start, and where to go.
const port = process.env.PORT ?? "3000";
const conn = await openFromEnv();
try {
  await conn.migrate();
  const demo = await seedDemoTenant(conn.app);
  const lines = [
    "",
    `  FiberBill on ${describeTarget()}${demo.created ? " (demo ISP seeded)" : ""}`,
    "",
    `  Landing and sign-up:  http://localhost:${port}`,
    `  Demo ISP workspace:   http://${DEMO.slug}.localhost:${port}`,
    `  Demo owner login:     ${DEMO.owner.email} / ${DEMO.owner.password}`,
    `  Demo staff logins:    ${DEMO.staff.map((s) => s.email).join(", ")} (same password)`,
    "",
  ];
  console.log(lines.join("\n"));
} finally {
  await conn.close();
}
