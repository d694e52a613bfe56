/**
 * Command-line options of `npm run bench`.
 */

/** Parsed bench options. */
export interface BenchArgs {
  sizes: number[];
  runs: number;
  json: string | null;
  smoke: boolean;
  /** Record a Chromium CPU profile of the zoom interaction at the largest size. */
  profile: boolean;
  /** Skip `npm run build` and reuse dist/ (development only). */
  build: boolean;
  seed: string;
  /** Build output directory (default `dist`); another one keeps a benchmark from clobbering a concurrent build. */
  dist: string;
}

export const BENCH_USAGE =
  'usage: npm run bench [-- --sizes 1000,10000,100000 --runs 3 --json FILE --smoke --profile --no-build --seed S --dist DIR]';

/** Parses argv (without node and script); throws with the usage text on bad input. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const out: BenchArgs = { sizes: [1000, 10000, 100000], runs: 3, json: null, smoke: false, profile: false, build: true, seed: '1', dist: 'dist' };
  let sizesGiven = false;
  let runsGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value\n${BENCH_USAGE}`);
      return v;
    };
    switch (flag) {
      case '--sizes': {
        const raw = value();
        const sizes = raw.split(',').map((s) => Number(s.trim().replace(/_/g, '')));
        if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--sizes must be positive integers, got "${raw}"\n${BENCH_USAGE}`);
        out.sizes = sizes;
        sizesGiven = true;
        break;
      }
      case '--runs': {
        const raw = value();
        const runs = Number(raw);
        if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got "${raw}"\n${BENCH_USAGE}`);
        out.runs = runs;
        runsGiven = true;
        break;
      }
      case '--json':
        out.json = value();
        break;
      case '--seed':
        out.seed = value();
        break;
      case '--dist':
        out.dist = value();
        break;
      case '--smoke':
        out.smoke = true;
        break;
      case '--profile':
        out.profile = true;
        break;
      case '--no-build':
        out.build = false;
        break;
      default:
        throw new Error(`unknown option "${arg}"\n${BENCH_USAGE}`);
    }
  }
  if (out.smoke) {
    if (!sizesGiven) out.sizes = [1000];
    if (!runsGiven) out.runs = 1;
  }
  return out;
}
