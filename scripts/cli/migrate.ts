import { describeTarget, openFromEnv } from "./open";

const conn = await openFromEnv();
try {
  await conn.migrate();
  console.log(`Migrations applied to ${describeTarget()}.`);
} finally {
  await conn.close();
}
