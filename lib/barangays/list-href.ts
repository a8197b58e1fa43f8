/** The barangay list's address with the given filters (empty ones left out). */
export function listHref(params: { q?: string; province?: string; city?: string; page?: number }): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "" && !(key === "page" && value === 1)) q.set(key, String(value));
  }
  const s = q.toString();
  return s ? `/barangays?${s}` : "/barangays";
}
