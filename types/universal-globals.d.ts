/**
 * The few WHATWG APIs the pure folders use that exist in every JS runtime we target (browsers,
 * workers, Node), declared minimally for `tsconfig.pure.json`, which compiles src/lib, src/extractor
 * and src/timeline without the DOM library so that no DOM type can creep into them.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}

declare class URLSearchParams {
  constructor(init?: string | Record<string, string> | [string, string][]);
  get(name: string): string | null;
  getAll(name: string): string[];
  has(name: string): boolean;
  set(name: string, value: string): void;
  append(name: string, value: string): void;
  delete(name: string): void;
  keys(): IterableIterator<string>;
  entries(): IterableIterator<[string, string]>;
  forEach(fn: (value: string, key: string) => void): void;
  toString(): string;
  readonly size: number;
}
