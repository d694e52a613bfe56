/** Options of `npm run build:data`. */
export interface BuildDataArgs {
  /** Directory holding sources.json, actors.json and events.json. */
  dataDir: string;
  /** Where to write the compiled dataset. */
  out: string;
  /** Directory that source `file` paths are relative to. */
  root: string;
  /** Run the extractor and merge its events with the curated ones (default true). */
  parse: boolean;
}

export const BUILD_DATA_USAGE = `usage: npm run build:data -- [--data DIR] [--out FILE] [--root DIR] [--no-parse]
  --data DIR   directory with sources.json, actors.json, events.json (default: data)
  --out FILE   compiled dataset to write (default: public/data/timeline.json)
  --root DIR   directory that source "file" paths are relative to (default: the repository root)
  --no-parse   curated events only: do not run the extractor (src/extractor)`;

/** Parses build-data's command line; throws an Error with a one-line reason on bad usage. */
export function parseBuildDataArgs(argv: readonly string[], defaults: BuildDataArgs): BuildDataArgs {
  const args = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--data') args.dataDir = value();
    else if (arg === '--out') args.out = value();
    else if (arg === '--root') args.root = value();
    else if (arg === '--no-parse') args.parse = false;
    else throw new Error(`unknown argument "${arg}"`);
  }
  return args;
}
