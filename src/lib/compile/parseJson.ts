/** Where and why a JSON text is malformed. `line` and `column` are 1-based. */
export interface JsonSyntaxError {
  message: string;
  offset: number;
  line: number;
  column: number;
}

/** The result of {@link parseJson}: the value, or a located syntax error. */
export type JsonParseResult = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

/**
 * Parses JSON; on failure reports the line and column of the first syntax error
 * (Node's own message does not always include a position).
 */
export function parseJson(raw: string): JsonParseResult {
  // A leading byte-order mark is tolerated (replaced by a space so offsets stay the same).
  const text = raw.charCodeAt(0) === 0xfeff ? ` ${raw.slice(1)}` : raw;
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const found = locateJsonError(text);
    const message = found?.message ?? (e instanceof Error ? e.message : String(e));
    const offset = found?.offset ?? text.length;
    return { ok: false, error: { message, offset, ...lineColumn(text, offset) } };
  }
}

/** 1-based line and column of a string index. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class Fail {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

/** Scans a JSON text and returns its first syntax error, or null when it is well-formed. Iterative-enough: nesting depth is bounded by the text. */
export function locateJsonError(text: string): { message: string; offset: number } | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const describe = (at: number) => (at >= text.length ? 'unexpected end of input' : `unexpected ${JSON.stringify(text[at])}`);
  const fail = (expected: string): never => {
    throw new Fail(`${describe(i)}, expected ${expected}`, i);
  };
  const str = () => {
    i++; // opening quote
    while (i < text.length) {
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const n = text[i + 1];
        if (n !== undefined && '"\\/bfnrt'.includes(n)) i += 2;
        else if (n === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else throw new Fail('invalid escape in string', i);
      } else if (c.charCodeAt(0) < 0x20) {
        throw new Fail('unescaped control character in string', i);
      } else i++;
    }
    throw new Fail('unterminated string', i);
  };
  const num = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '' || m[0] === '-') fail('a value');
    i += (m as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('a property name in double quotes');
        str();
        ws();
        if (text[i] !== ':') fail("':'");
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail("',' or '}'");
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail("',' or ']'");
      }
    }
    if (c === '"') return str();
    for (const lit of ['true', 'false', 'null']) {
      if (text.startsWith(lit, i)) {
        i += lit.length;
        return;
      }
    }
    if (c !== undefined && /[-0-9]/.test(c)) return num();
    fail('a value');
  };
  try {
    value();
    ws();
    if (i < text.length) fail('end of input');
    return null;
  } catch (e) {
    if (e instanceof Fail) return { message: e.message, offset: e.offset };
    if (e instanceof RangeError) return { message: 'nested too deeply', offset: i };
    throw e;
  }
}
