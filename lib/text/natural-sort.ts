// Built once: a collator costs far more to make than to use.
const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/**
 * Compares names as people read them: numbers by value ("Barangay 2" before
 * "Barangay 10", "Fiber 30" before "Fiber 100"), letters without regard to
 * case or accents.
 */
export function naturalCompare(a: string, b: string): number {
  return collator.compare(a, b);
}

/** A copy sorted by `key`, naturally; ties keep their order. */
export function sortNaturally<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((x, y) => naturalCompare(key(x), key(y)));
}
