import { parseBuildDataArgs } from '../../scripts/lib/buildDataArgs';

const defaults = { dataDir: 'data', out: 'public/data/timeline.json', root: '/repo', parse: true };

describe('parseBuildDataArgs(argv, defaults)', () => {
  it('keeps the defaults without arguments', () => {
    expect(parseBuildDataArgs([], defaults)).toEqual(defaults);
  });

  it('reads --data, --out, --root and --no-parse', () => {
    expect(parseBuildDataArgs(['--data', 'fx', '--out', 'o.json', '--root', '/r', '--no-parse'], defaults)).toEqual({ dataDir: 'fx', out: 'o.json', root: '/r', parse: false });
  });

  it('rejects unknown flags and missing values', () => {
    expect(() => parseBuildDataArgs(['--verbose'], defaults)).toThrow('unknown argument "--verbose"');
    expect(() => parseBuildDataArgs(['--out'], defaults)).toThrow('--out needs a value');
    expect(() => parseBuildDataArgs(['--data', '--no-parse'], defaults)).toThrow('--data needs a value');
  });
});
