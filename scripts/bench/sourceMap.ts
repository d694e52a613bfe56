/**
 * A small source map (v3) reader: maps a generated (line, column) back to the original file,
 * line and name, so that profile entries of the minified bundle read as source locations.
 */

/** An original position. Lines and columns are 0-based. */
export interface OriginalPosition {
  source: string;
  line: number;
  column: number;
  name: string | null;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

/** Decodes one segment's base64 VLQ fields. */
export function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64_INDEX.get(ch);
    if (digit === undefined) throw new Error(`source map: bad VLQ character "${ch}"`);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** A parsed map: `lookup(line, column)` gives the original position of the nearest segment at or before it. */
export function parseSourceMap(map: { sources: string[]; names?: string[]; mappings: string }): {
  lookup(line: number, column: number): OriginalPosition | null;
} {
  const lines: Int32Array[] = [];
  let src = 0;
  let oLine = 0;
  let oCol = 0;
  let name = 0;
  for (const lineText of map.mappings.split(';')) {
    const segs: number[] = [];
    let gCol = 0;
    if (lineText) {
      for (const seg of lineText.split(',')) {
        const f = decodeVlq(seg);
        gCol += f[0]!;
        if (f.length >= 4) {
          src += f[1]!;
          oLine += f[2]!;
          oCol += f[3]!;
          if (f.length >= 5) name += f[4]!;
          segs.push(gCol, src, oLine, oCol, f.length >= 5 ? name : -1);
        }
      }
    }
    lines.push(Int32Array.from(segs));
  }
  return {
    lookup(line, column) {
      const segs = lines[line];
      if (!segs || segs.length === 0) return null;
      let lo = 0;
      let hi = segs.length / 5 - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (segs[mid * 5]! <= column) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (found < 0) return null;
      const k = found * 5;
      const n = segs[k + 4]!;
      return { source: map.sources[segs[k + 1]!] ?? '?', line: segs[k + 2]!, column: segs[k + 3]!, name: n >= 0 ? (map.names?.[n] ?? null) : null };
    },
  };
}
