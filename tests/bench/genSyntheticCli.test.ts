import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticFile } from '../../scripts/gen-synthetic';

const dir = mkdtempSync(join(tmpdir(), 'gen-synthetic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeSyntheticFile(events, seed, out)', () => {
  it('writes byte-identical files for the same events and seed, creating the directory', () => {
    const a = join(dir, 'a', '2000.json');
    const b = join(dir, 'b', '2000.json');
    const bytes = writeSyntheticFile(2000, '7', a);
    writeSyntheticFile(2000, '7', b);
    const textA = readFileSync(a);
    expect(textA.length).toBe(bytes);
    expect(textA.equals(readFileSync(b))).toBe(true);
    const parsed = JSON.parse(textA.toString('utf8')) as { version: number; events: unknown[] };
    expect(parsed.version).toBe(1);
    expect(parsed.events).toHaveLength(2000);
  });
});

describe('npm run gen:synthetic (CLI)', () => {
  it('fails with a usage message on a bad --events value', () => {
    let stderr = '';
    try {
      execFileSync('npx', ['tsx', 'scripts/gen-synthetic.ts', '--events', 'many', '--out', join(dir, 'x.json')], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      stderr = String((e as { stderr?: string }).stderr);
    }
    expect(stderr).toMatch(/--events must be a non-negative integer/);
    expect(stderr).toMatch(/usage: npm run gen:synthetic/);
  });
});
