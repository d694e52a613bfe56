import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serializeDataset } from '../../src/lib/compile/serializeDataset';
import { compileFixture, loadFixture, repoRoot } from './fixture';

const tsx = resolve(repoRoot, 'node_modules/.bin/tsx');
const run = (...args: string[]) => spawnSync(tsx, ['scripts/build-data.ts', ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });

describe('npm run build:data (scripts/build-data.ts)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-build-data-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('fails with exit 1 and one line per problem on a broken data dir, writing nothing', () => {
    const out = join(dir, 'timeline.json');
    const r = run('--data', 'tests/fixtures/compile/broken', '--out', out, '--no-parse');
    expect(r.status).toBe(1);
    const errorLines = r.stderr.split('\n').filter((l) => l.startsWith('error: '));
    expect(errorLines).toEqual([
      'error: tests/fixtures/compile/broken/events.json: event "2022-03-14-rome-meeting": id: duplicate event id (first used at index 0)',
      'error: tests/fixtures/compile/broken/events.json: event "2022-03-14-rome-meeting": citations[0].quote: not found in source "gamma"',
    ]);
    expect(r.stderr).toContain('build-data: 2 errors; nothing written');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it('names a missing input file', () => {
    const r = run('--data', dir, '--out', join(dir, 'x.json'), '--no-parse');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`error: ${join(dir, 'sources.json')}: cannot read: ENOENT`);
  });

  it('exits 2 on an unknown flag', () => {
    const r = run('--dta', 'data');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('build-data: unknown argument "--dta"');
  });

  it('writes the compiled dataset, byte-identical across runs', () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    const r1 = run('--data', 'tests/fixtures/compile/valid', '--out', a, '--no-parse');
    expect(r1.status, r1.stderr).toBe(0);
    expect(r1.stdout).toContain('3 sources, 3 actors, 2 events (2 curated), 4 citations');
    expect(run('--data', 'tests/fixtures/compile/valid', '--out', b, '--no-parse').status).toBe(0);
    const written = readFileSync(a, 'utf8');
    expect(readFileSync(b, 'utf8')).toBe(written);
    const expected = compileFixture(loadFixture());
    expect(expected.ok && serializeDataset(expected.dataset)).toBe(written);
  });
});
