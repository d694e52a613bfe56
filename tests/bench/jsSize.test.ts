import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlScriptRefs, measureJsSize, staticImports } from '../../scripts/bench/jsSize';

describe('htmlScriptRefs(html)', () => {
  it('lists local module scripts and modulepreloads, not remote ones or stylesheets', () => {
    const html = `<script type="module" crossorigin src="./assets/index-A.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/react-B.js">
      <link rel="stylesheet" href="./assets/index-C.css"><script src="https://cdn.example/x.js"></script>`;
    expect(htmlScriptRefs(html)).toEqual(['./assets/index-A.js', './assets/react-B.js']);
  });
});

describe('staticImports(code)', () => {
  it('finds minified static imports and re-exports, not dynamic import()', () => {
    const code = `import{a as b}from"./react-B.js";import"./side-D.js";export{c}from'./d-E.js';const x=()=>import("./extractor-F.js");`;
    expect(staticImports(code).sort()).toEqual(['./d-E.js', './react-B.js', './side-D.js']);
  });
});

describe('measureJsSize(dist)', () => {
  const dist = mkdtempSync(join(tmpdir(), 'jssize-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('counts the entry and its static imports as initial, dynamic chunks and workers as lazy, data as neither', () => {
    mkdirSync(join(dist, 'assets'));
    mkdirSync(join(dist, 'bench-data'));
    const files: Record<string, string> = {
      'assets/index-A.js': `import{r}from"./react-B.js";r();const l=()=>import("./extractor-F.js");`,
      'assets/react-B.js': `import"./shared-C.js";export const r=()=>1;`,
      'assets/shared-C.js': 'export const s=2;'.repeat(50),
      'assets/extractor-F.js': 'export const e=3;'.repeat(80),
      'assets/worker-G.js': 'self.onmessage=()=>{};',
      'bench-data/fake.js': 'not counted',
    };
    for (const [f, code] of Object.entries(files)) writeFileSync(join(dist, f), code);
    writeFileSync(join(dist, 'index.html'), '<script type="module" crossorigin src="./assets/index-A.js"></script>');
    const r = measureJsSize(dist);
    expect(r.initial.map((f) => f.file)).toEqual(['assets/index-A.js', 'assets/react-B.js', 'assets/shared-C.js']);
    expect(r.lazy.map((f) => f.file)).toEqual(['assets/extractor-F.js', 'assets/worker-G.js']);
    const gz = (f: string) => gzipSync(Buffer.from(files[f]!), { level: 9 }).length;
    expect(r.initialGzip).toBe(gz('assets/index-A.js') + gz('assets/react-B.js') + gz('assets/shared-C.js'));
    expect(r.initialBytes).toBe(files['assets/index-A.js']!.length + files['assets/react-B.js']!.length + files['assets/shared-C.js']!.length);
  });

  it('names index.html and the missing chunk when the build is inconsistent', () => {
    writeFileSync(join(dist, 'index.html'), '<script type="module" src="./assets/gone-Z.js"></script>');
    expect(() => measureJsSize(dist)).toThrow(/index\.html references assets\/gone-Z\.js/);
  });
});
