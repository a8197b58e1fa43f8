import { seedDemoTenant, DEMO } from "../seed/demo";
import { describeTarget, openFromEnv } from "./open";

const conn = await openFromEnv();
try {
  await conn.migrate();
  const demo = await seedDemoTenant(conn.app);
  console.log(demo.created ? `Seeded "${DEMO.name}" in ${describeTarget()}.` : `"${DEMO.name}" already exists in ${describeTarget()}; nothing to do.`);
} finally {
  await conn.close();
}
