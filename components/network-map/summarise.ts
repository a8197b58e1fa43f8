import { MAP_LAYERS, type MapData, type MapLayer } from "@/lib/map/contract";

const NOUNS: Record<MapLayer, [one: string, many: string]> = {
  lcps: ["LCP", "LCPs"],
  naps: ["NAP", "NAPs"],
  subscribers: ["subscriber", "subscribers"],
};

/** "8 LCPs · 40 NAPs · 1,234 subscribers (grouped)": what the view holds, in words, for the line above the map. */
export function summarise(data: MapData): string {
  const parts: string[] = [];
  for (const layer of MAP_LAYERS) {
    const value = data[layer];
    if (!value) continue;
    const grouped = "clusters" in value;
    const n = grouped ? value.clusters.reduce((sum, [, , count]) => sum + count, 0) : value.points.length;
    parts.push(`${n.toLocaleString("en")} ${NOUNS[layer][n === 1 ? 0 : 1]}${grouped && n > 0 ? " (grouped)" : ""}`);
  }
  return parts.length ? `In view: ${parts.join(" · ")}` : "";
}
