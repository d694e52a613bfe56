import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliIo } from '../../scripts/extract';
import { GAZETTEER } from './fixtures/gazetteer';

function io(files: Record<string, Uint8Array | string>) {
  const out: string[] = [];
  const err: string[] = [];
  const api: CliIo = {
    readFile: (p) => {
      const f = files[p];
      if (f === undefined) throw new Error('ENOENT: no such file');
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
    exists: (p) => p in files,
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
  };
  return { api, out, err };
}

const ARTICLE = 'Emmanuel Macron met Olaf Scholz in Berlin on Tuesday. Later, Scholz said the talks went well.';

describe('runCli(argv, io)', () => {
  it('prints only the ExtractResult JSON, using the gazetteer and the source id', () => {
    const { api, out, err } = io({ 'a.txt': ARTICLE, 'data/actors.json': JSON.stringify(GAZETTEER) });
    expect(runCli(['--published', '2023-03-10', '--id', 'src-1', 'a.txt'], api)).toBe(0);
    expect(err).toEqual([]);
    const json = JSON.parse(out.join(''));
    expect(json.published).toBe('2023-03-10');
    expect(json.mentions[0]).toMatchObject({ type: 'CONSULT', actorIds: ['macron', 'scholz'], source: 'src-1', boilerplate: false });
    expect(json.mentions[0].date).toEqual({ start: '2023-03-07', end: '2023-03-07', precision: 'day' });
  });

  it('honours --actors FILE over data/actors.json', () => {
    const { api, out } = io({ 'a.txt': ARTICLE, 'data/actors.json': '[]', 'g.json': JSON.stringify(GAZETTEER) });
    expect(runCli(['--published', '2023-03-10', '--actors', 'g.json', 'a.txt'], api)).toBe(0);
    expect(JSON.parse(out.join('')).mentions[0].actorIds).toEqual(['macron', 'scholz']);
  });

  it('exits 0 with empty arrays and a warning for empty, dateless and non-English files', () => {
    for (const text of ['', 'Quiet markets and mild weather.', 'Kai kurie žmonės mano, kad šis sprendimas yra labai svarbus mūsų šaliai ir jos ateičiai, todėl jie nori, kad vyriausybė greitai priimtų naują įstatymą.']) {
      const { api, out } = io({ 'a.txt': text });
      expect(runCli(['--published', '2023-03-10', 'a.txt'], api)).toBe(0);
      const json = JSON.parse(out.join(''));
      expect(json.timexes).toEqual([]);
      expect(json.mentions).toEqual([]);
      expect(json.warnings.length).toBeGreaterThan(0);
    }
  });

  it('exits 2 with one stderr line for binary input', () => {
    const { api, out, err } = io({ 'a.bin': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]) });
    expect(runCli(['--published', '2023-03-10', 'a.bin'], api)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/a\.bin.*binary/);
  });

  it('decodes invalid UTF-8 with replacement characters and warns', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Emmanuel Macron met Olaf Scholz on Tuesday '), 0xff, 0xfe, 0x2e]);
    const { api, out } = io({ 'a.txt': bytes });
    expect(runCli(['--published', '2023-03-10', 'a.txt'], api)).toBe(0);
    const json = JSON.parse(out.join(''));
    expect(json.warnings[0]).toMatch(/invalid UTF-8/);
    expect(json.mentions[0].text).toContain('\uFFFD');
  });

  it('exits 2 with a clear message for a missing or bad --published, a missing file or a bad gazetteer', () => {
    const cases: [string[], RegExp][] = [
      [['a.txt'], /--published YYYY-MM-DD is required/],
      [['--published', '03/10/2023', 'a.txt'], /calendar day YYYY-MM-DD, got "03\/10\/2023"/],
      [['--published', '2023-03-10', 'missing.txt'], /cannot read missing\.txt/],
      [['--published', '2023-03-10', '--actors', 'bad.json', 'a.txt'], /bad\.json: record 0 \(x\): field "name"/],
    ];
    for (const [argv, message] of cases) {
      const { api, out, err } = io({ 'a.txt': ARTICLE, 'bad.json': '[{"id":"x","kind":"person"}]' });
      expect(runCli(argv, api)).toBe(2);
      expect(out).toEqual([]);
      expect(err.join('\n')).toMatch(message);
    }
  });
});

describe('runCli: other encodings and scripts', () => {
  it('reads UTF-16 with a byte-order mark as text', () => {
    const body = 'Emmanuel Macron met Olaf Scholz in Berlin on Tuesday.';
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < body.length; i++) bytes[2 + 2 * i] = body.charCodeAt(i);
    const { api, out } = io({ 'a.txt': bytes, 'data/actors.json': JSON.stringify(GAZETTEER) });
    expect(runCli(['--published', '2023-03-10', 'a.txt'], api)).toBe(0);
    expect(JSON.parse(out.join('')).mentions[0].actorIds).toEqual(['macron', 'scholz']);
  });

  it('treats text in another script as non-English', () => {
    const { api, out } = io({ 'a.txt': '俄罗斯总统周四宣布对乌克兰发动军事行动。中国外交部发言人表示各方应保持克制。' });
    expect(runCli(['--published', '2023-03-10', 'a.txt'], api)).toBe(0);
    const json = JSON.parse(out.join(''));
    expect(json.mentions).toEqual([]);
    expect(json.warnings[0]).toMatch(/English/);
  });
});

describe('scripts/extract.ts (spawned)', () => {
  it('writes JSON to stdout and exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, ARTICLE);
    const res = spawnSync('npx', ['tsx', 'scripts/extract.ts', '--published', '2023-03-10', '--id', 'x', file], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    expect(res.status).toBe(0);
    const json = JSON.parse(res.stdout);
    expect(json.mentions[0].text).toBe('Emmanuel Macron met Olaf Scholz in Berlin on Tuesday.');
  }, 60000);
});
