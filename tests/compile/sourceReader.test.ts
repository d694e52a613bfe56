import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sourceReader } from '../../scripts/lib/sourceReader';

describe('sourceReader(root)', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'dateline-reader-'));
    mkdirSync(join(root, 'data'));
    writeFileSync(join(root, 'data/ok.txt'), '習近平\r\nsaid');
    writeFileSync(join(root, 'data/bom.txt'), Buffer.from([0xef, 0xbb, 0xbf, 0x61]));
    writeFileSync(join(root, 'data/bad.txt'), Buffer.from([0x61, 0xff, 0x62]));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads UTF-8 exactly, keeping CRLF and a byte-order mark', () => {
    const read = sourceReader(root);
    expect(read('data/ok.txt')).toBe('習近平\r\nsaid');
    expect(read('data/bom.txt')).toBe('\ufeffa');
  });

  it('refuses invalid UTF-8, missing files and paths that leave the root', () => {
    const read = sourceReader(root);
    expect(() => read('data/bad.txt')).toThrow('not valid UTF-8');
    expect(() => read('data/none.txt')).toThrow(/ENOENT/);
    expect(() => read('../outside.txt')).toThrow('path leaves the repository root');
  });
});
