import { codeKey } from "./cells";
import type { AssignmentRecord } from "./records";

export type AssignmentCell = "nap" | "port" | "accountNo";

/** The NAPs and customers a file of assignments names, as the database has them now. */
export type AssignmentLookups = {
  naps: readonly {
    code: string;
    splitterRatio: number;
    ports: readonly { id: string; portNumber: number; state: "free" | "reserved" | "in_use" | "faulty"; accountNo: string | null }[];
  }[];
  customers: readonly {
    accountNo: string;
    name: string;
    /** Active and suspended lines only: the ones a port can serve. */
    lines: readonly { subscriptionId: string; plan: string; label: string; connectedAt: string | null }[];
  }[];
};

export type CheckedAssignmentRow = {
  row: number;
  cells: Record<AssignmentCell, string>;
  errors: Partial<Record<AssignmentCell, string>>;
  notes: Partial<Record<AssignmentCell, string>>;
  assignment?: { portId: string; subscriptionId: string; napCode: string; portNumber: number; accountNo: string };
};

const others = (rows: number[]) => `row ${rows.slice(0, 3).join(", ")}${rows.length > 3 ? ", …" : ""}`;

function repeated(records: readonly AssignmentRecord[], keyOf: (r: AssignmentRecord) => string | null): Map<number, number[]> {
  const byKey = new Map<string, number[]>();
  for (const r of records) {
    const key = keyOf(r);
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), r.row]);
  }
  const out = new Map<number, number[]>();
  for (const rows of byKey.values()) if (rows.length > 1) for (const row of rows) out.set(row, rows.filter((o) => o !== row));
  return out;
}

const portNumberOf = (text: string) => (/^\d{1,3}$/.test(text.trim()) ? Number(text.trim()) : /^port\s*(\d{1,3})$/i.test(text.trim()) ? Number(/\d+/.exec(text)![0]) : null);

/**
 * Port assignments recorded from before FiberBill: each row puts one line on
 * one NAP port. A row is refused when its box or customer is not this
 * tenant's, the port is beyond the splitter or taken, the customer has no
 * line or several (which one is on this port is not for a guess), or the
 * line is already connected elsewhere. Pure: preview and commit run the same check.
 */
export function checkAssignmentRows(records: readonly AssignmentRecord[], lookups: AssignmentLookups): CheckedAssignmentRow[] {
  const naps = new Map(lookups.naps.map((n) => [codeKey(n.code), n]));
  const customers = new Map(lookups.customers.map((c) => [c.accountNo.trim().toLowerCase(), c]));
  const samePort = repeated(records, (r) => (r.cells.nap && r.cells.port ? `${codeKey(r.cells.nap)}|${portNumberOf(r.cells.port ?? "")}` : null));
  const sameAccount = repeated(records, (r) => (r.cells.accountNo ? r.cells.accountNo.trim().toLowerCase() : null));
  return records.map((r) => {
    const cells = { nap: r.cells.nap ?? "", port: r.cells.port ?? "", accountNo: r.cells.accountNo ?? "" };
    const checked: CheckedAssignmentRow = { row: r.row, cells, errors: {}, notes: {} };
    const { errors } = checked;
    const nap = naps.get(codeKey(cells.nap));
    let port: AssignmentLookups["naps"][number]["ports"][number] | undefined;
    if (!cells.nap) errors.nap = "Enter the NAP's code.";
    else if (!nap) errors.nap = `No NAP ${cells.nap} in your plant.`;
    const number = portNumberOf(cells.port);
    if (!cells.port) errors.port = "Enter the port number.";
    else if (number === null || number < 1) errors.port = "Write the port as a number, like 3.";
    else if (nap && number > nap.splitterRatio) errors.port = `${nap.code} is 1:${nap.splitterRatio}: its ports are 1 to ${nap.splitterRatio}.`;
    else if (nap) {
      port = nap.ports.find((p) => p.portNumber === number);
      if (!port) errors.port = `${nap.code} has no port ${number}.`;
      else if (port.state === "in_use") errors.port = `Port ${number} is already in use${port.accountNo ? ` (${port.accountNo})` : ""}.`;
      else if (port.state === "reserved") errors.port = `Port ${number} is reserved for an installation${port.accountNo ? ` (${port.accountNo})` : ""}.`;
      else if (port.state === "faulty") errors.port = `Port ${number} is marked faulty.`;
      else if (samePort.has(r.row)) errors.port = `${nap.code} port ${number} is also on ${others(samePort.get(r.row)!)}.`;
    }
    const customer = customers.get(cells.accountNo.trim().toLowerCase());
    let line: AssignmentLookups["customers"][number]["lines"][number] | undefined;
    if (!cells.accountNo) errors.accountNo = "Enter the customer's account number.";
    else if (!customer) errors.accountNo = `No customer has account number ${cells.accountNo}.`;
    else if (customer.lines.length === 0) errors.accountNo = `${customer.name} has no active or suspended line to connect.`;
    else if (customer.lines.length > 1) {
      const names = customer.lines.map((l) => (l.label ? `${l.plan} (${l.label})` : l.plan)).join(", ");
      errors.accountNo = `${customer.name} has ${customer.lines.length} lines (${names}): connect each with an installation job instead.`;
    } else {
      line = customer.lines[0]!;
      if (line.connectedAt) errors.accountNo = `${customer.name} is already connected at ${line.connectedAt}.`;
      else if (sameAccount.has(r.row)) errors.accountNo = `${cells.accountNo} is also on ${others(sameAccount.get(r.row)!)}.`;
      else checked.notes.accountNo = customer.name;
    }
    if (Object.keys(errors).length === 0 && port && line && nap) {
      checked.assignment = { portId: port.id, subscriptionId: line.subscriptionId, napCode: nap.code, portNumber: port.portNumber, accountNo: customer!.accountNo };
    }
    return checked;
  });
}
