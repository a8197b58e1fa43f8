const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` has the shape of a uuid (any version): checked before it reaches a `::uuid` cast. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
