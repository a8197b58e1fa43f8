import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The SQL of the one migration whose name (after its number) is `name`.
 * Found by name, not number, because migrations are renumbered when
 * branches merge.
 */
export function migrationSql(name: string): string {
  const dir = path.join(process.cwd(), "db/migrations");
  const matches = readdirSync(dir).filter((f) => /^\d{4}_/.test(f) && f.slice(5) === `${name}.sql`);
  if (matches.length !== 1) throw new Error(`expected one migration named ${name}, found ${matches.length}`);
  return readFileSync(path.join(dir, matches[0]!), "utf8");
}
