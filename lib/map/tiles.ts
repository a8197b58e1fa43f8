/**
 * The network map's tile layer. Read from process.env directly, not through
 * lib/env: next.config.ts builds the security headers from this file, and
 * loading the whole environment there would demand server-only secrets at
 * build time. lib/env.ts still validates MAP_TILE_URL when the server starts.
 */

export const DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
export const DEFAULT_TILE_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

export type TileConfig = { url: string; attribution: string } | null;

const configured = (name: string) => {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
};

/** The tile layer the map draws under the plant; null when tiles are off (MAP_TILE_URL=none). */
export function tileConfig(): TileConfig {
  const url = configured("MAP_TILE_URL") ?? DEFAULT_TILE_URL;
  return url === "none" ? null : { url, attribution: configured("MAP_TILE_ATTRIBUTION") ?? DEFAULT_TILE_ATTRIBUTION };
}

/**
 * The tile server's origin as a CSP source: "{s}.tile.example.org" becomes
 * "*.tile.example.org" (Leaflet rotates subdomains), anything else its origin.
 */
export function tileImageSource(url: string = tileConfig()?.url ?? "none"): string | null {
  if (url === "none") return null;
  const match = /^(https?:\/\/)([^/]+)/.exec(url);
  if (!match) return null;
  return `${match[1]}${(match[2] ?? "").replace(/\{[^}]*\}/g, "*")}`;
}
