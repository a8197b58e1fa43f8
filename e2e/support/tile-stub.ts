/**
 * A map tile server for the e2e suite, so the map has tiles without the
 * Internet: GET /{z}/{x}/{y}.png answers a 256 × 256 PNG drawn here, a light
 * land colour crossed by a skewed grid of streets (every fourth an avenue)
 * with a park now and then. The streets are laid out in world pixels, so they
 * run on from one tile into the next and the map reads like a street map.
 */
import { createServer, type Server } from "node:http";
import { deflateSync } from "node:zlib";

const SIZE = 256;
const BLOCK = 150;

type Rgb = readonly [number, number, number];
const LAND: Rgb = [242, 239, 233];
const HOUSING: Rgb = [232, 226, 218];
const PARK: Rgb = [200, 230, 192];
const STREET: Rgb = [255, 255, 255];
const AVENUE: Rgb = [252, 214, 138];
const CASING: Rgb = [196, 190, 182];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A small integer hash of a block, to pick which blocks are parks or housing. */
function blockHash(u: number, v: number): number {
  let h = (u * 374761393 + v * 668265263) | 0;
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  return ((h ^ (h >>> 16)) >>> 0) % 100;
}

/** The colour of one world pixel: streets along a skewed grid, blocks between them. */
function pixel(gx: number, gy: number): Rgb {
  const u = gx + gy * 0.22;
  const v = gy - gx * 0.12;
  const bu = Math.floor(u / BLOCK);
  const bv = Math.floor(v / BLOCK);
  const du = u - bu * BLOCK;
  const dv = v - bv * BLOCK;
  const nearU = Math.min(du, BLOCK - du);
  const nearV = Math.min(dv, BLOCK - dv);
  const avenueU = (du < BLOCK / 2 ? bu : bu + 1) % 4 === 0;
  const avenueV = (dv < BLOCK / 2 ? bv : bv + 1) % 4 === 0;
  const widthU = avenueU ? 5 : 3;
  const widthV = avenueV ? 5 : 3;
  if (nearU < widthU || nearV < widthV) return (nearU < widthU && avenueU) || (nearV < widthV && avenueV) ? AVENUE : STREET;
  if (nearU < widthU + 1.2 || nearV < widthV + 1.2) return CASING;
  const kind = blockHash(bu, bv);
  return kind < 12 ? PARK : kind < 55 ? HOUSING : LAND;
}

/** The PNG of tile x, y (zoom only shifts which world pixels it shows). */
export function renderTile(x: number, y: number): Buffer {
  const raw = Buffer.alloc((SIZE * 3 + 1) * SIZE);
  for (let j = 0; j < SIZE; j++) {
    const row = j * (SIZE * 3 + 1);
    raw[row] = 0;
    for (let i = 0; i < SIZE; i++) {
      const [r, g, b] = pixel(x * SIZE + i, y * SIZE + j);
      raw[row + 1 + i * 3] = r;
      raw[row + 2 + i * 3] = g;
      raw[row + 3 + i * 3] = b;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

/** Starts the stub on 127.0.0.1 (a free port unless one is given); resolves with the server and its MAP_TILE_URL. */
export function startTileStub(port = 0): Promise<{ server: Server; url: string }> {
  const cache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const match = /^\/(\d{1,2})\/(\d+)\/(\d+)\.png$/.exec(req.url ?? "");
    if (!match || req.method !== "GET") {
      res.writeHead(404).end();
      return;
    }
    const key = `${match[2]}/${match[3]}`;
    let png = cache.get(key);
    if (!png) {
      png = renderTile(Number(match[2]), Number(match[3]));
      if (cache.size < 2000) cache.set(key, png);
    }
    res.writeHead(200, { "Content-Type": "image/png", "Content-Length": png.length, "Cache-Control": "public, max-age=3600" }).end(png);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const bound = typeof address === "object" && address ? address.port : port;
      resolve({ server, url: `http://127.0.0.1:${bound}/{z}/{x}/{y}.png` });
    });
  });
}
