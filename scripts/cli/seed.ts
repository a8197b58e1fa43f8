import { parseArgs } from "node:util";
import { BULK_OWNER_PASSWORD, seedBulkCustomers } from "../seed/bulk-customers";
import { seedDemoTenant, DEMO } from "../seed/demo";
import { describeTarget, openFromEnv } from "./open";
import { SLUG_PROBLEM_MESSAGES, slugProblem } from "@/lib/tenancy/subdomain";

/**
 * npm run db:seed                                           the demo ISP (once)
 * npm run db:seed -- --customers 100000 --tenant bench      also a tenant with that many more customers
 *                    [--name "Bench Fiber"]                 its company name when it is made
 */
const USAGE = 'Usage: npm run db:seed [-- --customers <count> --tenant <subdomain> [--name "<company>"]]';

function options() {
  const { values } = parseArgs({
    options: { customers: { type: "string" }, tenant: { type: "string" }, name: { type: "string" }, help: { type: "boolean" } },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (values.customers === undefined && values.tenant === undefined) return null;
  const count = Number(values.customers);
  if (!values.tenant || !Number.isInteger(count) || count < 1 || count > 2_000_000) {
    console.error(`--customers takes a whole number from 1 to 2,000,000 and needs --tenant.\n${USAGE}`);
    process.exit(2);
  }
  const slug = values.tenant.toLowerCase();
  const problem = slugProblem(slug);
  if (problem) {
    console.error(`--tenant ${slug}: ${SLUG_PROBLEM_MESSAGES[problem]}`);
    process.exit(2);
  }
  return { slug, count, name: values.name ?? `${slug.charAt(0).toUpperCase()}${slug.slice(1)} Fiber` };
}

const bulk = options();
const conn = await openFromEnv();
try {
  await conn.migrate();
  const demo = await seedDemoTenant(conn.app);
  const where = describeTarget();
  if (demo.created) console.log(`Seeded "${DEMO.name}" with ${demo.customersAdded} customers in ${where}.`);
  else if (demo.customersAdded) console.log(`"${DEMO.name}" already existed in ${where}; added its ${demo.customersAdded} demo customers.`);
  else console.log(`"${DEMO.name}" already exists in ${where}; nothing to do.`);
  if (bulk) {
    const result = await seedBulkCustomers(conn, bulk);
    const login = result.created ? ` Owner login: owner@${bulk.slug}.fiberbill.test / ${BULK_OWNER_PASSWORD}.` : "";
    const { plant } = result;
    const plantNote = ` Plant: +${plant.naps.toLocaleString("en")} NAPs (${plant.ports.toLocaleString("en")} ports), +${plant.lcps.toLocaleString("en")} LCPs, +${plant.olts} OLTs; ${plant.connected.toLocaleString("en")} lines put on ports, ${plant.placed.toLocaleString("en")} customers placed on the map (${plant.seconds.toFixed(1)} s).`;
    console.log(`${result.created ? "Made" : "Filled"} tenant "${bulk.slug}" with ${result.added.toLocaleString("en")} more customers in ${result.seconds.toFixed(1)} s.${plantNote}${login}`);
  }
} finally {
  await conn.close();
}
