import { env } from "../env";

export type TileConfig = { url: string; attribution: string } | null;

/** The tile layer the map draws under the plant; null when tiles are off (MAP_TILE_URL=none). */
export function tileConfig(): TileConfig {
  return env.MAP_TILE_URL === "none" ? null : { url: env.MAP_TILE_URL, attribution: env.MAP_TILE_ATTRIBUTION };
}

/**
 * The tile server's origin as a CSP source: "{s}.tile.example.org" becomes
 * "*.tile.example.org" (Leaflet rotates subdomains), anything else its origin.
 */
export function tileImageSource(url: string = env.MAP_TILE_URL): string | null {
  if (url === "none") return null;
  const match = /^(https?:\/\/)([^/]+)/.exec(url);
  if (!match) return null;
  return `${match[1]}${match[2].replace(/\{s\}/g, "*").replace(/\{[^}]*\}/g, "*")}`;
}
