import { count, eq, sql } from "drizzle-orm";
import { lcps, napPorts, naps, olts, ponPorts } from "@/db/schema";
import { rowsOf } from "@/db/rows";
import type { Tx } from "@/db/types";
import type { AuditEntry } from "@/lib/audit/record";
import { changedFields } from "@/lib/audit/record";
import { NotFoundError, pgConstraint, pgErrorCode, UserFacingError } from "@/lib/errors";
import type { LcpInput, NapInput, OltInput, PonPortInput } from "@/lib/validations/plant";
import { changeNapRatio, createNapPorts } from "./ports";

type Ctx = { tx: Tx; audit: (e: AuditEntry) => Promise<void> };

/** A unique key or a foreign key the form broke, as the message next to its field. */
function mapConstraint(error: unknown): never {
  const code = pgErrorCode(error);
  const constraint = pgConstraint(error) ?? "";
  if (code === "23505") {
    const messages: Record<string, [string, string]> = {
      olts_tenant_name_key: ["name", "Another OLT already has that name."],
      pon_ports_tenant_olt_label_key: ["label", "That OLT already has a port with that label."],
      lcps_tenant_code_key: ["code", "Another LCP already has that code."],
      naps_tenant_code_key: ["code", "Another NAP already has that code."],
    };
    const [field, message] = messages[constraint] ?? ["", "That is already recorded."];
    throw new UserFacingError(message, field ? { [field]: [message] } : undefined);
  }
  if (code === "23503") {
    // A chosen barangay, port, LCP or OLT that is not this tenant's (or is gone): the same as not found.
    const fields: Record<string, string> = {
      lcps_barangay_fk: "barangayId",
      naps_barangay_fk: "barangayId",
      lcps_pon_port_fk: "ponPortId",
      naps_lcp_fk: "lcpId",
      pon_ports_olt_fk: "oltId",
    };
    const field = fields[constraint];
    if (field) throw new UserFacingError("Choose one from the list.", { [field]: ["Choose one from the list."] });
  }
  throw error;
}

/** The fields of a row an edit can change, for its audit row. */
function fieldsOf(row: Record<string, unknown>, edited: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(edited).map((k) => [k, row[k]]));
}

const oltValues = (input: OltInput) => ({
  name: input.name,
  vendor: input.vendor,
  model: input.model,
  site: input.site,
  latitude: input.latitude ?? null,
  longitude: input.longitude ?? null,
  managementAddress: input.managementAddress,
  notes: input.notes,
});

export async function createOlt({ tx, audit }: Ctx, tenantId: string, input: OltInput): Promise<{ id: string }> {
  const values = oltValues(input);
  const [row] = await tx.insert(olts).values({ tenantId, ...values }).returning({ id: olts.id }).catch(mapConstraint);
  await audit({ action: "olt.create", entityType: "olt", entityId: row!.id, after: values });
  return row!;
}

export async function updateOlt({ tx, audit }: Ctx, id: string, input: OltInput): Promise<void> {
  const [before] = await tx.select().from(olts).where(eq(olts.id, id)).for("update");
  if (!before) throw new NotFoundError("That OLT");
  const after = oltValues(input);
  await tx.update(olts).set({ ...after, updatedAt: sql`now()` }).where(eq(olts.id, id)).catch(mapConstraint);
  await audit({ action: "olt.update", entityType: "olt", entityId: id, ...changedFields(fieldsOf(before, after), after) });
}

export async function deleteOlt({ tx, audit }: Ctx, id: string): Promise<void> {
  const [row] = await tx.select({ name: olts.name }).from(olts).where(eq(olts.id, id)).for("update");
  if (!row) throw new NotFoundError("That OLT");
  const [ports] = await tx.select({ n: count() }).from(ponPorts).where(eq(ponPorts.oltId, id));
  if ((ports?.n ?? 0) > 0) throw new UserFacingError(`${row.name} has ${ports!.n} PON port(s). Delete them first.`);
  await tx.delete(olts).where(eq(olts.id, id));
  await audit({ action: "olt.delete", entityType: "olt", entityId: id, before: { name: row.name } });
}

export async function createPonPort({ tx, audit }: Ctx, tenantId: string, input: PonPortInput): Promise<{ id: string }> {
  const [olt] = await tx.select({ id: olts.id }).from(olts).where(eq(olts.id, input.oltId));
  if (!olt) throw new NotFoundError("That OLT");
  const values = { oltId: input.oltId, label: input.label, txPowerDbm: input.txPowerDbm, notes: input.notes };
  const [row] = await tx.insert(ponPorts).values({ tenantId, ...values }).returning({ id: ponPorts.id }).catch(mapConstraint);
  await audit({ action: "pon_port.create", entityType: "pon_port", entityId: row!.id, after: values });
  return row!;
}

export async function updatePonPort({ tx, audit }: Ctx, id: string, input: Omit<PonPortInput, "oltId">): Promise<void> {
  const [before] = await tx.select({ label: ponPorts.label, txPowerDbm: ponPorts.txPowerDbm, notes: ponPorts.notes }).from(ponPorts).where(eq(ponPorts.id, id)).for("update");
  if (!before) throw new NotFoundError("That PON port");
  const after = { label: input.label, txPowerDbm: input.txPowerDbm, notes: input.notes };
  await tx.update(ponPorts).set({ ...after, updatedAt: sql`now()` }).where(eq(ponPorts.id, id)).catch(mapConstraint);
  await audit({ action: "pon_port.update", entityType: "pon_port", entityId: id, ...changedFields(before, after) });
}

export async function deletePonPort({ tx, audit }: Ctx, id: string): Promise<void> {
  const [row] = await tx.select({ label: ponPorts.label }).from(ponPorts).where(eq(ponPorts.id, id)).for("update");
  if (!row) throw new NotFoundError("That PON port");
  const [fed] = await tx.select({ n: count() }).from(lcps).where(eq(lcps.ponPortId, id));
  if ((fed?.n ?? 0) > 0) throw new UserFacingError(`PON port ${row.label} feeds ${fed!.n} LCP(s). Move them to another port first.`);
  await tx.delete(ponPorts).where(eq(ponPorts.id, id));
  await audit({ action: "pon_port.delete", entityType: "pon_port", entityId: id, before: { label: row.label } });
}

const lcpValues = (input: LcpInput) => ({
  code: input.code,
  name: input.name,
  barangayId: input.barangayId ?? null,
  latitude: input.latitude ?? null,
  longitude: input.longitude ?? null,
  ponPortId: input.ponPortId ?? null,
  splitterRatio: input.splitterRatio,
  feederLengthM: input.feederLengthM,
  notes: input.notes,
});

export async function createLcp({ tx, audit }: Ctx, tenantId: string, input: LcpInput): Promise<{ id: string }> {
  const values = lcpValues(input);
  const [row] = await tx.insert(lcps).values({ tenantId, ...values }).returning({ id: lcps.id }).catch(mapConstraint);
  await audit({ action: "lcp.create", entityType: "lcp", entityId: row!.id, after: values });
  return row!;
}

export async function updateLcp({ tx, audit }: Ctx, id: string, input: LcpInput): Promise<void> {
  const [before] = await tx.select().from(lcps).where(eq(lcps.id, id)).for("update");
  if (!before) throw new NotFoundError("That LCP");
  const after = lcpValues(input);
  if (after.splitterRatio < before.splitterRatio) {
    const [fed] = await tx.select({ n: count() }).from(naps).where(eq(naps.lcpId, id));
    if ((fed?.n ?? 0) > after.splitterRatio) {
      const message = `This LCP feeds ${fed!.n} NAPs: a 1:${after.splitterRatio} splitter has too few outputs.`;
      throw new UserFacingError(message, { splitterRatio: [message] });
    }
  }
  await tx.update(lcps).set({ ...after, updatedAt: sql`now()` }).where(eq(lcps.id, id)).catch(mapConstraint);
  await audit({ action: "lcp.update", entityType: "lcp", entityId: id, ...changedFields(fieldsOf(before, after), after) });
}

export async function deleteLcp({ tx, audit }: Ctx, id: string): Promise<void> {
  const [row] = await tx.select({ code: lcps.code }).from(lcps).where(eq(lcps.id, id)).for("update");
  if (!row) throw new NotFoundError("That LCP");
  const [fed] = await tx.select({ n: count() }).from(naps).where(eq(naps.lcpId, id));
  if ((fed?.n ?? 0) > 0) throw new UserFacingError(`${row.code} feeds ${fed!.n} NAP(s). Move or delete them first.`);
  await tx.delete(lcps).where(eq(lcps.id, id));
  await audit({ action: "lcp.delete", entityType: "lcp", entityId: id, before: { code: row.code } });
}

const napValues = (input: NapInput) => ({
  code: input.code,
  name: input.name,
  lcpId: input.lcpId,
  barangayId: input.barangayId ?? null,
  latitude: input.latitude ?? null,
  longitude: input.longitude ?? null,
  poleNumber: input.poleNumber,
  distanceFromLcpM: input.distanceFromLcpM,
  notes: input.notes,
});

/** A cabinet feeds as many boxes as its splitter has outputs. */
async function ensureLcpHasRoom(tx: Tx, lcpId: string, exceptNapId?: string): Promise<void> {
  const [lcp] = await tx.select({ code: lcps.code, ratio: lcps.splitterRatio }).from(lcps).where(eq(lcps.id, lcpId)).for("update");
  if (!lcp) throw new UserFacingError("Choose one from the list.", { lcpId: ["Choose one from the list."] });
  const [fed] = await tx.select({ n: count() }).from(naps).where(exceptNapId ? sql`${naps.lcpId} = ${lcpId} and ${naps.id} <> ${exceptNapId}` : eq(naps.lcpId, lcpId));
  if ((fed?.n ?? 0) >= lcp.ratio) {
    const message = `${lcp.code} is 1:${lcp.ratio} and already feeds ${fed!.n} NAPs: choose another LCP, or fit it with a bigger splitter first.`;
    throw new UserFacingError(message, { lcpId: [message] });
  }
}

/** A new NAP with its ports 1..ratio, all free. */
export async function createNap({ tx, audit }: Ctx, tenantId: string, input: NapInput): Promise<{ id: string }> {
  await ensureLcpHasRoom(tx, input.lcpId);
  const values = { ...napValues(input), splitterRatio: input.splitterRatio };
  const [row] = await tx.insert(naps).values({ tenantId, ...values }).returning({ id: naps.id }).catch(mapConstraint);
  await createNapPorts(tx, tenantId, row!.id, input.splitterRatio);
  await audit({ action: "nap.create", entityType: "nap", entityId: row!.id, after: values });
  return row!;
}

export async function updateNap({ tx, audit }: Ctx, tenantId: string, id: string, input: NapInput): Promise<void> {
  const [before] = await tx.select().from(naps).where(eq(naps.id, id)).for("update");
  if (!before) throw new NotFoundError("That NAP");
  if (before.lcpId !== input.lcpId) await ensureLcpHasRoom(tx, input.lcpId, id);
  const after = napValues(input);
  await tx.update(naps).set({ ...after, updatedAt: sql`now()` }).where(eq(naps.id, id)).catch(mapConstraint);
  await changeNapRatio(tx, tenantId, id, before.splitterRatio, input.splitterRatio);
  await audit({ action: "nap.update", entityType: "nap", entityId: id, ...changedFields(fieldsOf(before, { ...after, splitterRatio: 0 }), { ...after, splitterRatio: input.splitterRatio }) });
}

/** Refused while a port is reserved or in use: those subscribers would lose their place in the plant. */
export async function deleteNap({ tx, audit }: Ctx, id: string): Promise<void> {
  const [row] = await tx.select({ code: naps.code }).from(naps).where(eq(naps.id, id)).for("update");
  if (!row) throw new NotFoundError("That NAP");
  const [busy] = await tx.select({ n: count() }).from(napPorts).where(sql`${napPorts.napId} = ${id} and ${napPorts.state} in ('reserved', 'in_use')`);
  if ((busy?.n ?? 0) > 0) throw new UserFacingError(`${row.code} has ${busy!.n} port(s) reserved or in use. Move those subscribers first.`);
  const [history] = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from outage_naps where nap_id = ${id}`));
  if ((history?.n ?? 0) > 0) {
    throw new UserFacingError(`${row.code} is part of ${history!.n} recorded outage${history!.n === 1 ? "" : "s"}; it is kept so that history stays true. Note it as retired instead.`);
  }
  await tx.delete(naps).where(eq(naps.id, id));
  await audit({ action: "nap.delete", entityType: "nap", entityId: id, before: { code: row.code } });
}

/** Marks a port faulty (a broken adapter) or free again; ports that are reserved or in use change only through jobs. */
export async function setPortCondition({ tx, audit }: Ctx, portId: string, state: "free" | "faulty", note: string): Promise<void> {
  const [port] = await tx
    .select({ state: napPorts.state, napId: napPorts.napId, portNumber: napPorts.portNumber, note: napPorts.note })
    .from(napPorts)
    .where(eq(napPorts.id, portId))
    .for("update");
  if (!port) throw new NotFoundError("That port");
  if (port.state === "reserved" || port.state === "in_use") {
    throw new UserFacingError(`Port ${port.portNumber} is ${port.state === "in_use" ? "in use" : "reserved"}: move the subscriber with a job first.`);
  }
  await tx.update(napPorts).set({ state, note, updatedAt: sql`now()` }).where(eq(napPorts.id, portId));
  await audit({
    action: "nap_port.update",
    entityType: "nap_port",
    entityId: portId,
    before: { state: port.state, note: port.note },
    after: { state, note, napId: port.napId, portNumber: port.portNumber },
  });
}
