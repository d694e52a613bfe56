/**
 * RFC 4180 CSV through d3-dsv: fields holding a comma, a double quote or a line break are quoted
 * (quotes doubled) on the way out, and unquoted on the way in. Rows end with CRLF, as the RFC says.
 */
import { csvFormatRow, csvParseRows } from 'd3-dsv';

/** Serializes rows as RFC 4180 CSV (CRLF line ends; fields quoted when they hold a comma, quote or line break). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => csvFormatRow([...r])).join('\r\n') + '\r\n';
}

/** Parses RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). A BOM is ignored; blank lines are skipped. */
export function parseCsv(text: string): string[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return csvParseRows(s).filter((row) => !(row.length === 1 && row[0] === ''));
}
