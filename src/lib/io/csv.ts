/** Serializes rows as RFC 4180 CSV (CRLF line ends; fields quoted when they hold a comma, quote or line break). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const field = (v: string) => (/[",\r\n]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** Parses RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). A BOM is ignored; blank lines are skipped. */
export function parseCsv(text: string): string[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cur = '';
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(cur);
    cur = '';
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };
  while (i < s.length) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          cur += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else cur += ch;
      i++;
      continue;
    }
    if (ch === '"' && cur === '') quoted = true;
    else if (ch === ',') {
      row.push(cur);
      cur = '';
    } else if (ch === '\n' || ch === '\r') {
      endRow();
      if (ch === '\r' && s[i + 1] === '\n') i++;
    } else cur += ch;
    i++;
  }
  if (cur !== '' || row.length > 0) endRow();
  return rows;
}
