import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import type { Database, Tx } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { receiveDevices, type ReceivedDevice } from "@/lib/equipment/receive";
import { checkReading, DEFAULT_BUDGET, expectedRxDbm } from "@/lib/plant/loss-check";
import { createLcp, createNap, createOlt, createPonPort } from "@/lib/plant/plant";
import { seedCtx } from "./catalog";
import { DEMO_LCPS, DEMO_NAP_STREETS, DEMO_OLT, DEMO_PON_PORTS, metresBetween, pointsAlong } from "./data/cdo-plant";
import { seededRandom, type Random } from "./random";

type Point = { latitude: number; longitude: number };
type Lcp = { id: string; code: string; point: Point; ratio: number; feederLengthM: number; txPowerDbm: number; naps: number };
type Nap = { id: string; code: string; barangay: string; point: Point; ratio: number; distanceFromLcpM: number; lcp: Lcp };

/** Cables follow streets and poles, not straight lines. */
const CABLE_SLACK = 1.3;

const hex = (rng: Random, n: number) => Array.from({ length: n }, () => "0123456789ABCDEF"[rng.int(0, 15)]).join("");
const mac = (rng: Random, oui: string) => `${oui}:${hex(rng, 2)}:${hex(rng, 2)}:${hex(rng, 2)}`;

const MODELS = {
  zte: { kind: "onu", brand: "ZTE", model: "F670L", purchaseCost: 180_000, serial: (rng: Random) => `ZTEGC${hex(rng, 7)}`, oui: "F8:DF:A8" },
  huawei: { kind: "onu", brand: "Huawei", model: "HG8145V5", purchaseCost: 210_000, serial: (rng: Random) => `HWTC${hex(rng, 8)}`, oui: "E0:24:7F" },
  tplink: { kind: "router", brand: "TP-Link", model: "Archer C6", purchaseCost: 165_000, serial: (rng: Random) => `2236${rng.int(100_000_000, 999_999_999)}`, oui: "50:91:E3" },
} as const;

/** Lines with a router of the ISP's: the faster plans, and one in three of the rest. */
const wantsRouter = (plan: string, i: number) => /200|300|Business/.test(plan) || i % 3 === 0;

async function buildPlant(ctx: ReturnType<typeof seedCtx>, tenantId: string, barangays: Map<string, string>): Promise<Nap[]> {
  const olt = await createOlt(ctx, tenantId, { ...DEMO_OLT });
  const pons = [];
  for (const p of DEMO_PON_PORTS) pons.push({ ...(await createPonPort(ctx, tenantId, { oltId: olt.id, label: p.label, txPowerDbm: p.txPowerDbm, notes: "" })), txPowerDbm: p.txPowerDbm });
  const lcps: Lcp[] = [];
  for (const [code, barangay, street, latitude, longitude, pon] of DEMO_LCPS) {
    const point = { latitude, longitude };
    const feederLengthM = Math.round(metresBetween(DEMO_OLT, point) * CABLE_SLACK);
    const made = await createLcp(ctx, tenantId, {
      code,
      name: street,
      barangayId: barangays.get(barangay),
      ...point,
      ponPortId: pons[pon]!.id,
      splitterRatio: 8,
      feederLengthM,
      notes: "",
    });
    lcps.push({ id: made.id, code, point, ratio: 8, feederLengthM, txPowerDbm: pons[pon]!.txPowerDbm, naps: 0 });
  }
  const naps: Nap[] = [];
  for (const [barangay, street, lat, lng, heading, count] of DEMO_NAP_STREETS) {
    for (const [i, point] of pointsAlong(lat, lng, heading, count).entries()) {
      // The nearest cabinet with an output left.
      const lcp = lcps.filter((l) => l.naps < l.ratio).sort((a, b) => metresBetween(a.point, point) - metresBetween(b.point, point))[0]!;
      lcp.naps++;
      const code = `NAP-${String(naps.length + 1).padStart(2, "0")}`;
      const ratio = naps.length % 3 === 2 ? 16 : 8;
      const distanceFromLcpM = Math.round(metresBetween(lcp.point, point) * CABLE_SLACK) + 20;
      const made = await createNap(ctx, tenantId, {
        code,
        name: `${street} ${i + 1}`,
        lcpId: lcp.id,
        barangayId: barangays.get(barangay),
        ...point,
        poleNumber: `CEPALCO ${barangay.slice(0, 3).toUpperCase()}-${100 + naps.length * 7}`,
        splitterRatio: ratio,
        distanceFromLcpM,
        notes: "",
      });
      naps.push({ id: made.id, code, barangay, point, ratio, distanceFromLcpM, lcp });
    }
  }
  return naps;
}

type Line = { subscriptionId: string; customerId: string; barangay: string; plan: string; installedOn: string };

/**
 * The demo ISP's plant and equipment, once (skipped when it has an OLT): the
 * OLT, PON ports, LCPs and NAPs through the plant module (so each is audited
 * and each NAP gets its ports), a delivery of ONUs and routers through the
 * equipment module, then every connectable line in a barangay with NAPs put
 * on a port by a completed installation job: the jobs, the ports, the
 * devices and their movements written set-based from one list, each
 * reading judged by the loss check (a few of them fail it).
 */
export async function seedDemoPlant(app: Database, tenantId: string, people: { owner: string; techEmail: string }): Promise<{ naps: number; connected: number }> {
  return withTenantOn(app, tenantId, async (tx) => {
    const [olts] = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from olts`));
    if ((olts?.n ?? 0) > 0) return { naps: 0, connected: 0 };
    const [tech] = rowsOf<{ id: string }>(await tx.execute(sql`select id from users where email = ${people.techEmail}`));
    const staff = { owner: people.owner, tech: tech?.id ?? null };
    const ctx = seedCtx(tx, tenantId, staff.owner, "");
    const barangays = new Map(rowsOf<{ id: string; name: string }>(await tx.execute(sql`select id, name from barangays`)).map((b) => [b.name, b.id]));
    const naps = await buildPlant(ctx, tenantId, barangays);

    // Active and suspended lines of the barangays the plant reaches, oldest first.
    const reached = [...new Set(naps.map((n) => n.barangay))];
    const lines = rowsOf<Line>(
      await tx.execute(sql`
        select s.id as "subscriptionId", s.customer_id as "customerId", b.name as barangay, p.name as plan,
          coalesce(s.activated_on, s.start_date)::text as "installedOn"
        from subscriptions s join customers c on c.id = s.customer_id join barangays b on b.id = c.barangay_id join plans p on p.id = s.plan_id
        where s.status in ('active', 'suspended') and b.name in (select jsonb_array_elements_text(${JSON.stringify(reached)}::jsonb))
        order by s.activated_on nulls last, c.account_no, s.created_at`),
    );
    const ports = rowsOf<{ id: string; napId: string; portNumber: number }>(
      await tx.execute(sql`select id, nap_id as "napId", port_number as "portNumber" from nap_ports order by port_number`),
    );
    const rng = seededRandom(2027);
    // Each barangay's lines go round its boxes, so every box has a few and none is full.
    const next = new Map<string, number>();
    const used = new Set<string>();
    const placed: { line: Line; nap: Nap; portId: string }[] = [];
    for (const line of lines) {
      const boxes = naps.filter((n) => n.barangay === line.barangay);
      const start = next.get(line.barangay) ?? 0;
      for (let k = 0; k < boxes.length; k++) {
        const nap = boxes[(start + k) % boxes.length]!;
        const port = ports.find((p) => p.napId === nap.id && !used.has(p.id));
        if (!port) continue;
        used.add(port.id);
        placed.push({ line, nap, portId: port.id });
        next.set(line.barangay, start + k + 1);
        break;
      }
    }

    // Stock on the shelf, received through the equipment module; what the installs used is written with the jobs.
    for (const [key, count] of [["zte", 8], ["huawei", 6], ["tplink", 5]] as const) {
      const m = MODELS[key];
      const devices: ReceivedDevice[] = Array.from({ length: count }, () => ({ serialNumber: m.serial(rng), mac: mac(rng, m.oui) }));
      await receiveDevices(ctx, tenantId, { kind: m.kind, brand: m.brand, model: m.model, purchaseCost: m.purchaseCost, devices, note: "Demo stock" });
    }
    const device = (key: keyof typeof MODELS) => ({ ...MODELS[key], serial: MODELS[key].serial(rng), mac: mac(rng, MODELS[key].oui) });

    const jobs = placed.map(({ line, nap, portId }, i) => {
      const dropLengthM = rng.int(25, 180);
      const chain = { txPowerDbm: nap.lcp.txPowerDbm, lcpRatio: nap.lcp.ratio, napRatio: nap.ratio, feederLengthM: nap.lcp.feederLengthM, distanceFromLcpM: nap.distanceFromLcpM, dropLengthM };
      // Most readings sit within a dB or two of the budget; one in thirty is a bad splice.
      const bad = i % 30 === 7;
      const expected = expectedRxDbm(chain, DEFAULT_BUDGET);
      const measured = Math.round((bad ? expected - 3.5 - rng.next() * 3 : expected - 1.8 + rng.next() * 2.4) * 100) / 100;
      const verdict = checkReading(chain, measured, `${nap.code} port ${ports.find((p) => p.id === portId)!.portNumber}`, DEFAULT_BUDGET);
      const onu = device(i % 2 === 0 ? "zte" : "huawei");
      const router = wantsRouter(line.plan, i) ? device("tplink") : null;
      return {
        sub: line.subscriptionId,
        cust: line.customerId,
        port: portId,
        onu: { serial: onu.serial, mac: onu.mac, brand: onu.brand, model: onu.model, cost: onu.purchaseCost },
        router: router && { serial: router.serial, mac: router.mac, brand: router.brand, model: router.model, cost: router.purchaseCost },
        on: line.installedOn,
        lat: Math.round((nap.point.latitude + (rng.next() - 0.5) * 0.0012) * 1e6) / 1e6,
        lng: Math.round((nap.point.longitude + (rng.next() - 0.5) * 0.0012) * 1e6) / 1e6,
        drop: dropLengthM,
        rx: measured,
        expected: verdict.expectedDbm,
        flag: verdict.flag,
      };
    });
    await installSetBased(tx, tenantId, staff, jobs);
    await ctx.audit({
      action: "plant.seed",
      entityType: "plant",
      after: { olts: 1, ponPorts: DEMO_PON_PORTS.length, lcps: DEMO_LCPS.length, naps: naps.length, connected: jobs.length, lowSignal: jobs.filter((j) => j.flag).length },
    });
    return { naps: naps.length, connected: jobs.length };
  });
}

type FittedDevice = { serial: string; mac: string; brand: string; model: string; cost: number };
type Job = { sub: string; cust: string; port: string; onu: FittedDevice; router: FittedDevice | null; on: string; lat: number; lng: number; drop: number; rx: number; expected: number; flag: string | null };

/**
 * Completed installation jobs for a list of lines and what completing them
 * changed, set-based: the devices they fitted (received three days before),
 * the jobs, the ports in use, and each device's two movements, dated as they
 * happened (movements are append-only, so they are written with their time).
 */
async function installSetBased(tx: Tx, tenantId: string, staff: { owner: string; tech: string | null }, jobs: Job[]): Promise<void> {
  if (jobs.length === 0) return;
  const tech = staff.tech ?? staff.owner;
  const list = sql`jsonb_to_recordset(${JSON.stringify(jobs)}::jsonb) as x(sub uuid, cust uuid, port uuid, onu jsonb, router jsonb, "on" date, lat numeric, lng numeric, drop int, rx float8, expected float8, flag text)`;
  // Mid-morning of the day the line was activated, Manila time.
  const at = sql`((x."on" + time '09:30') at time zone 'Asia/Manila')`;
  await tx.execute(sql`
    insert into devices (tenant_id, kind, brand, model, serial_number, mac, status, subscription_id, purchase_cost, notes, created_at, updated_at)
    select ${tenantId}::uuid, d.kind, d.v->>'brand', d.v->>'model', d.v->>'serial', d.v->>'mac', 'installed', x.sub, (d.v->>'cost')::bigint, '', ${at} - interval '3 days', ${at}
    from ${list} cross join lateral (values ('onu', x.onu), ('router', x.router)) as d(kind, v)
    where d.v is not null and d.v <> 'null'::jsonb`);
  await tx.execute(sql`
    insert into field_jobs (tenant_id, kind, status, customer_id, subscription_id, scheduled_on, technician_id, nap_port_id, device_id,
      premises_latitude, premises_longitude, drop_length_m, rx_power_dbm, expected_rx_dbm, signal_flag, notes,
      completed_on, completed_at, completed_by, created_by, created_at, updated_at)
    select ${tenantId}::uuid, 'installation', 'done', x.cust, x.sub, x."on", ${tech}::uuid, x.port, (select d.id from devices d where d.serial_number = x.onu->>'serial'),
      x.lat, x.lng, x.drop, x.rx, x.expected, x.flag, case when x.router <> 'null'::jsonb then 'ONU and router installed' else 'ONU installed' end,
      x."on", ${at}, ${tech}::uuid, ${staff.owner}::uuid, ${at} - interval '2 days', ${at}
    from ${list}`);
  await tx.execute(sql`update nap_ports p set state = 'in_use', subscription_id = x.sub, updated_at = ${at} from ${list} where p.id = x.port`);
  // Completing an installation records the premises on the line too (completeFieldJob does): the map draws the line there.
  await tx.execute(sql`update subscriptions s set premises_latitude = x.lat, premises_longitude = x.lng from ${list} where s.id = x.sub`);
  await tx.execute(sql`
    insert into device_movements (tenant_id, device_id, from_status, to_status, subscription_id, field_job_id, technician_id, note, moved_by, created_at)
    select ${tenantId}::uuid, d.id, m.from_status, m.to_status, m.sub, m.job, m.tech, m.note, ${tech}::uuid, m.at
    from ${list}
    join field_jobs j on j.subscription_id = x.sub and j.nap_port_id = x.port
    join devices d on d.serial_number in (x.onu->>'serial', x.router->>'serial')
    cross join lateral (values
      (null, 'in_stock', null::uuid, null::uuid, null::uuid, 'Demo stock', ${at} - interval '3 days'),
      ('in_stock', 'installed', x.sub, j.id, ${tech}::uuid, 'Installed', ${at})
    ) as m(from_status, to_status, sub, job, tech, note, at)`);
}
