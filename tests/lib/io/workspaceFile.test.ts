import { describe, expect, it } from 'vitest';
import { parseWorkspaceFile, serializeWorkspace, WORKSPACE_SCHEMA_VERSION } from '../../../src/lib/io/workspaceFile';
import { importWarnings, mergeWorkspaces, previewImport } from '../../../src/lib/io/importPreview';
import { ImportError } from '../../../src/lib/io/ImportError';
import { EMPTY_WORKSPACE } from '../../../src/lib/workspace/types';
import type { Workspace } from '../../../src/lib/workspace/types';
import { addReport, editEvent, addActors } from '../../../src/lib/workspace/workspaceOps';
import { userEvent, userSource } from '../workspace/fixtures';

function sample(): Workspace {
  const src = userSource('user-a', 'Wire', 'Hello world, this is a report about a meeting.');
  let ws = addReport(EMPTY_WORKSPACE, src, [userEvent('e1', src)]);
  ws = editEvent(ws, 'ev-meet', { title: 'New title', mode: null });
  return addActors(ws, [{ id: 'user-wang-yi', name: 'Wang Yi', kind: 'person', country: 'CN', aliases: [] }]);
}

function errorOf(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('expected an ImportError');
}

describe('serializeWorkspace / parseWorkspaceFile', () => {
  it('round-trips a workspace with sources, events, edits and actors', () => {
    const ws = sample();
    const text = serializeWorkspace(ws, '2026-01-01T00:00:00Z');
    expect(JSON.parse(text)).toMatchObject({ format: 'dateline-workspace', schemaVersion: WORKSPACE_SCHEMA_VERSION });
    expect(parseWorkspaceFile(text, 'ws.json')).toEqual(ws);
  });

  it('refuses a newer schema version with a clear message', () => {
    const json = JSON.parse(serializeWorkspace(sample()));
    json.schemaVersion = WORKSPACE_SCHEMA_VERSION + 1;
    const e = errorOf(() => parseWorkspaceFile(JSON.stringify(json), 'future.json'));
    expect(e.field).toBe('schemaVersion');
    expect(e.message).toMatch(/future\.json.*schema version 2, newer than/);
  });

  it('names the record and field of an extra field', () => {
    const json = JSON.parse(serializeWorkspace(sample()));
    json.events[0].colour = 'red';
    const e = errorOf(() => parseWorkspaceFile(JSON.stringify(json), 'x.json'));
    expect(e).toMatchObject({ file: 'x.json', record: 'events[0] (id "e1")', field: 'colour' });
    expect(e.message).toMatch(/unknown field "colour"/);
  });

  it('names the record and field of a missing field', () => {
    const json = JSON.parse(serializeWorkspace(sample()));
    delete json.sources[0].published;
    const e = errorOf(() => parseWorkspaceFile(JSON.stringify(json), 'x.json'));
    expect(e).toMatchObject({ record: 'sources[0] (id "user-a")', field: 'published' });
    expect(e.message).toMatch(/missing/);
  });

  it('refuses a citation whose quote does not match its source text', () => {
    const json = JSON.parse(serializeWorkspace(sample()));
    json.events[0].citations[0].quote = 'Bogus';
    const e = errorOf(() => parseWorkspaceFile(JSON.stringify(json), 'x.json'));
    expect(e.field).toBe('citations.0.quote');
  });

  it('refuses other JSON and non-JSON', () => {
    expect(errorOf(() => parseWorkspaceFile('{"events": []}', 'a.json')).field).toBe('format');
    expect(errorOf(() => parseWorkspaceFile('not json', 'a.json')).message).toMatch(/not valid JSON/);
  });
});

describe('previewImport(current, incoming) and mergeWorkspaces', () => {
  it('lists added and changed records and merges with incoming winning', () => {
    const cur = sample();
    const inc = parseWorkspaceFile(serializeWorkspace(cur), 'x');
    inc.events = [{ ...inc.events[0]!, title: 'Changed' }, userEvent('e2', cur.sources[0]!)];
    const p = previewImport(cur, inc);
    expect(p.events).toEqual({ added: ['e2'], changed: ['e1'], unchanged: [] });
    expect(p.sources).toEqual({ added: [], changed: [], unchanged: ['user-a'] });
    const merged = mergeWorkspaces(cur, inc);
    expect(merged.events.map((e) => [e.id, e.title])).toEqual([['e1', 'Changed'], ['e2', 'User event']]);
    expect(merged.edits).toEqual(cur.edits);
  });

  it('finds every record of a workspace file already there when it is imported again, and merging it changes nothing', () => {
    const cur = sample();
    const again = parseWorkspaceFile(serializeWorkspace(cur), 'again.json');
    const p = previewImport(cur, again);
    for (const kind of ['sources', 'events', 'actors', 'edits'] as const) expect(p[kind].added.concat(p[kind].changed)).toEqual([]);
    expect(p.events.unchanged).toEqual(cur.events.map((e) => e.id));
    expect(mergeWorkspaces(cur, again)).toEqual(cur);
  });
});

describe('importWarnings(incoming, base)', () => {
  it('names events citing unknown sources and events reusing a built-in id', () => {
    const src = userSource('user-a', 'Wire', 'Some text here.');
    const ws = addReport(EMPTY_WORKSPACE, src, [userEvent('ok', src), userEvent('lost', userSource('gone', 'G', 'Other text.')), userEvent('ev-meet', src)]);
    expect(importWarnings(ws, { sources: [], events: [{ id: 'ev-meet' } as never] })).toEqual([
      'Event "lost" cites "gone", which is in neither the file nor this dataset; those citations will not be shown.',
      'Event "ev-meet" has the id of a built-in event; it will not be shown (edit the built-in event instead).',
    ]);
  });
});
