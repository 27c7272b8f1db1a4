/**
 * Draws the Backstory extension icons without any image library.
 *
 *   npx tsx scripts/draw-icons.ts
 *
 * Writes icons/icon-{16,32,48,128}.png and icons/icon.svg.
 *
 * The design: a deep ink-blue rounded square holding three white "lines of
 * text"; part of the middle line is covered by an amber highlighter bar, i.e.
 * a highlighted word in an article. Each size has its own hand-tuned layout so
 * that at 16 and 32 px every edge falls on a pixel boundary; 128 px is the
 * master layout, and icon.svg is generated from exactly the same shapes.
 *
 * Rasterisation: every shape is a rounded rectangle (a "pill" when the radius
 * is half its height). Each pixel is sampled on an 8x8 grid; at each sample the
 * shapes are composited in order (source-over), and the samples are averaged in
 * premultiplied RGBA. The result is encoded as an 8-bit RGBA PNG using
 * node:zlib for deflate and a hand-written CRC32.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const INK = "#1f3a5f";
const PAPER = "#ffffff";
const AMBER = "#f2b134";

const SUPERSAMPLE = 8;

/** A rounded rectangle in pixel coordinates (origin top-left, y down). */
interface Shape {
  x: number;
  y: number;
  w: number;
  h: number;
  /** Corner radius; clamped to half the shorter side. */
  r: number;
  fill: string;
}

/** Per-size layout. All values are in pixels of that size. */
interface Layout {
  size: number;
  /** Transparent margin around the tile. */
  inset: number;
  /** Corner radius of the tile. */
  tileRadius: number;
  /** Left edge of the text block. */
  left: number;
  /** Thickness of a text line. */
  thick: number;
  /** Corner radius of text line ends (thick / 2 = round caps, 0 = square). */
  cap: number;
  /** Top edge of each of the three lines. */
  tops: readonly [number, number, number];
  /** Right edge of lines 1 and 3. */
  end1: number;
  end3: number;
  /** Right edge of the white part of line 2 (it runs under the highlight). */
  end2: number;
  /** The highlighter bar. */
  mark: { x: number; y: number; w: number; h: number; r: number };
}

const LAYOUTS: readonly Layout[] = [
  {
    // Every edge on the pixel grid: 3px margins, 2px lines, 2px gaps,
    // a 4px-tall highlight with a 1px gap to the lines above and below.
    size: 16,
    inset: 0,
    tileRadius: 3.5,
    left: 3,
    thick: 2,
    cap: 0,
    tops: [3, 7, 11],
    end1: 13,
    end2: 6,
    end3: 10,
    mark: { x: 7, y: 6, w: 6, h: 4, r: 0 },
  },
  {
    size: 32,
    inset: 0,
    tileRadius: 7,
    left: 6,
    thick: 4,
    cap: 1,
    tops: [6, 14, 22],
    end1: 26,
    end2: 13,
    end3: 20,
    mark: { x: 15, y: 12, w: 11, h: 8, r: 1 },
  },
  {
    size: 48,
    inset: 0,
    tileRadius: 10.5,
    left: 10,
    thick: 6,
    cap: 3,
    tops: [10, 21, 32],
    end1: 38,
    end2: 19,
    end3: 30,
    mark: { x: 22, y: 18, w: 17, h: 12, r: 2 },
  },
  {
    // Master layout (also the SVG). The tile is inset 8px so the icon does
    // not look oversized next to others in store listings.
    size: 128,
    inset: 8,
    tileRadius: 25,
    left: 31,
    thick: 12,
    cap: 6,
    tops: [32, 58, 84],
    end1: 97,
    end2: 54,
    end3: 78,
    mark: { x: 60, y: 52, w: 39, h: 24, r: 4 },
  },
];

function shapesFor(l: Layout): Shape[] {
  const tile = l.size - 2 * l.inset;
  const [t1, t2, t3] = l.tops;
  return [
    { x: l.inset, y: l.inset, w: tile, h: tile, r: l.tileRadius, fill: INK },
    { x: l.left, y: t1, w: l.end1 - l.left, h: l.thick, r: l.cap, fill: PAPER },
    { x: l.left, y: t2, w: l.end2 - l.left, h: l.thick, r: l.cap, fill: PAPER },
    { ...l.mark, fill: AMBER },
    { x: l.left, y: t3, w: l.end3 - l.left, h: l.thick, r: l.cap, fill: PAPER },
  ];
}

// ---------------------------------------------------------------------------
// Rasteriser

function parseHex(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`bad colour ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

function inside(s: Shape, px: number, py: number): boolean {
  if (px < s.x || px >= s.x + s.w || py < s.y || py >= s.y + s.h) return false;
  const r = Math.min(s.r, s.w / 2, s.h / 2);
  if (r <= 0) return true;
  const cx = Math.min(Math.max(px, s.x + r), s.x + s.w - r);
  const cy = Math.min(Math.max(py, s.y + r), s.y + s.h - r);
  const dx = px - cx;
  const dy = py - cy;
  return dx * dx + dy * dy <= r * r;
}

/** Returns straight (non-premultiplied) RGBA, 4 bytes per pixel. */
function rasterise(size: number, shapes: readonly Shape[]): Uint8Array {
  const colours = shapes.map((s) => parseHex(s.fill));
  const out = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE;
  const samples = n * n;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const px = x + (sx + 0.5) / n;
          const py = y + (sy + 0.5) / n;
          // Shapes are opaque, so the topmost hit decides the sample.
          for (let i = shapes.length - 1; i >= 0; i--) {
            if (inside(shapes[i]!, px, py)) {
              const c = colours[i]!;
              r += c[0];
              g += c[1];
              b += c[2];
              a += 1;
              break;
            }
          }
        }
      }
      const o = (y * size + x) * 4;
      if (a > 0) {
        out[o] = Math.round(r / a);
        out[o + 1] = Math.round(g / a);
        out[o + 2] = Math.round(b / a);
        out[o + 3] = Math.round((a / samples) * 255);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// PNG encoder

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) {
    c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.alloc(4 + data.length);
  body.write(type, 0, "latin1");
  body.set(data, 4);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length, 0);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([len, body, crc]);
}

function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  // Each scanline is prefixed with filter type 0 (None).
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0;
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

// ---------------------------------------------------------------------------
// SVG (from the master layout, so it matches icon-128.png)

function toSvg(l: Layout): string {
  const fmt = (v: number) => String(Math.round(v * 1000) / 1000);
  const body = shapesFor(l)
    .map((s) => {
      const r = Math.min(s.r, s.w / 2, s.h / 2);
      const rx = r > 0 ? ` rx="${fmt(r)}"` : "";
      return `  <rect x="${fmt(s.x)}" y="${fmt(s.y)}" width="${fmt(s.w)}" height="${fmt(s.h)}"${rx} fill="${s.fill}"/>`;
    })
    .join("\n");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${l.size}" height="${l.size}" viewBox="0 0 ${l.size} ${l.size}">\n` +
    `  <title>Backstory</title>\n` +
    `${body}\n` +
    `</svg>\n`
  );
}

// ---------------------------------------------------------------------------

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "icons");
mkdirSync(outDir, { recursive: true });

for (const layout of LAYOUTS) {
  const png = encodePng(layout.size, layout.size, rasterise(layout.size, shapesFor(layout)));
  const file = path.join(outDir, `icon-${layout.size}.png`);
  writeFileSync(file, png);
  console.log(`wrote ${path.relative(root, file)} (${png.length} bytes)`);
}

const master = LAYOUTS.find((l) => l.size === 128)!;
writeFileSync(path.join(outDir, "icon.svg"), toSvg(master));
console.log("wrote icons/icon.svg");
