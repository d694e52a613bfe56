/**
 * The layering rule lives in eslint.config.js: these lint a back-edge through ESLint's Node API
 * (as `npm run lint` would) and show it fails, while the allowed direction passes.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layers enforced by the linter', () => {
  it.each([
    ['src/lib/model/x.ts', "import { useDateline } from '../../store/react';\nexport const x = useDateline;\n"],
    ['src/lib/io/x.ts', "import { createWorkspaceStorage } from '../../storage/workspaceDb';\nexport const x = createWorkspaceStorage;\n"],
    ['src/lib/io/x.ts', "import { layoutFrame } from '../../timeline/layoutFrame';\nexport const x = layoutFrame;\n"],
    ['src/lib/io/x.ts', "import { extract } from '../../extractor';\nexport const x = extract;\n"],
    ['src/lib/format/x.ts', "import { useMemo } from 'react';\nexport const x = useMemo;\n"],
    ['src/extractor/x.ts', "import { EventCard } from '../components/card/EventCard';\nexport const x = EventCard;\n"],
    ['src/timeline/x.ts', "import type { DatelineState } from '../store/store';\nexport type X = DatelineState;\n"],
    ['src/store/x.ts', "import { App } from '../App';\nimport { EventCard } from '../components/card/EventCard';\nexport const x = [App, EventCard];\n"],
    ['src/storage/x.ts', "import { createDatelineStore } from '../store/store';\nexport const x = createDatelineStore;\n"],
  ])('refuses a back-edge from %s', async (file, code) => {
    const errors = await layerErrors(file, code);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatch(/Layering: /);
  });

  it('allows imports down the layers', async () => {
    expect(await layerErrors('src/components/x.tsx', "import { useDateline } from '../store/react';\nimport { formatCount } from '../lib/format/formatCount';\nexport const x = [useDateline, formatCount];\n")).toEqual([]);
    expect(await layerErrors('src/timeline/x.ts', "import { DAY_MS } from '../lib/model/calendar';\nexport const x = DAY_MS;\n")).toEqual([]);
    expect(await layerErrors('src/store/x.ts', "import type { WorkspaceStorage } from '../storage/workspaceDb';\nexport type X = WorkspaceStorage;\n")).toEqual([]);
  });
});
