import { round1, table } from "./stats";

export const TARGET_P95_MS = 150;
export const TARGET_RATIO = 3;

/** `extra`: measured and shown, but not one of the cases, so not in the JSON line. */
export type Case = { name: string; path: string; extra?: boolean };
type Stat = { p50: number; p95: number };
export type Result = Case & {
  htmlKb: number;
  rscKb: number;
  /** Over HTTP, as the client saw it. */
  html: Stat;
  rsc: Stat;
  /** Inside the server: from the request's arrival to its last byte written. */
  htmlServer: Stat;
  rscServer: Stat;
  /** Bare SQL: listCustomers alone; the page's tenant transaction; every statement of the request. */
  listSql: Stat;
  pageSql: Stat;
  requestSql: Stat;
  seqScan: boolean;
  plans: string[];
};

const ms = (v: number) => `${round1(v)}`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}x`;

/**
 * The figure: the page's p95 server time (the HTML document, the
 * heavier of the two responses) under 150 ms and within 3x of the p95 of
 * listCustomers, the list's SQL, measured in the same rounds.
 */
function verdict(r: Result): string {
  const misses = [
    r.htmlServer.p95 >= TARGET_P95_MS ? `p95 >= ${TARGET_P95_MS} ms` : "",
    r.htmlServer.p95 > TARGET_RATIO * r.listSql.p95 ? `> ${TARGET_RATIO}x SQL` : "",
    r.seqScan ? "seq scan" : "",
  ].filter(Boolean);
  return misses.length ? `MISS (${misses.join(", ")})` : "ok";
}

export function report(results: Result[], context: string[]): void {
  console.log(["", ...context, ""].join("\n"));
  const label = (r: Result) => `${r.name}${r.extra ? " (extra)" : ""}`;
  console.log("HTTP (ms). server = inside next start, from the request's arrival to its last byte written.");
  console.log(
    table(
      ["case", "html KB", "html p50", "html p95", "server p50", "server p95", "rsc KB", "rsc p50", "rsc p95", "rsc server p50", "rsc server p95"],
      results.map((r) => [
        label(r),
        r.htmlKb.toFixed(0),
        ms(r.html.p50),
        ms(r.html.p95),
        ms(r.htmlServer.p50),
        ms(r.htmlServer.p95),
        r.rscKb.toFixed(0),
        ms(r.rsc.p50),
        ms(r.rsc.p95),
        ms(r.rscServer.p50),
        ms(r.rscServer.p95),
      ]),
    ),
  );
  console.log("\nBare SQL (ms) on the runtime role, and the targets. list = listCustomers; page = the page's tenant transaction;");
  console.log("request = every statement of a request (tenant by subdomain, session user and role, the page's transaction).");
  console.log(
    table(
      ["case", "list p50", "list p95", "page p95", "request p50", "request p95", "3x list p95", "server p95 / list p95", "rsc server p95 / list p95", "server p95 / request p95", "seq scan", "target"],
      results.map((r) => [
        label(r),
        ms(r.listSql.p50),
        ms(r.listSql.p95),
        ms(r.pageSql.p95),
        ms(r.requestSql.p50),
        ms(r.requestSql.p95),
        ms(TARGET_RATIO * r.listSql.p95),
        ratio(r.htmlServer.p95, r.listSql.p95),
        ratio(r.rscServer.p95, r.listSql.p95),
        ratio(r.htmlServer.p95, r.requestSql.p95),
        r.seqScan ? "yes" : "no",
        verdict(r),
      ]),
    ),
  );
  console.log("\nPlans (EXPLAIN ANALYZE of the statements the page's transaction sent):");
  for (const r of results) console.log([`${label(r)}:`, ...r.plans].join("\n"));
  console.log(
    JSON.stringify({
      bench: "customers",
      customers: 100_000,
      cases: results
        .filter((r) => !r.extra)
        .map((r) => ({ name: r.name, p50_ms: round1(r.htmlServer.p50), p95_ms: round1(r.htmlServer.p95), sql_p95_ms: round1(r.listSql.p95), seq_scan: r.seqScan })),
    }),
  );
}
