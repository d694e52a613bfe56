import { lineColumn, locateJsonError, parseJson } from '../../src/lib/compile/parseJson';

describe('parseJson(text)', () => {
  it('returns the value of valid JSON', () => {
    expect(parseJson('[{"a": [1, -2.5e3, true, null, "\\u00e9"]}]')).toEqual({ ok: true, value: [{ a: [1, -2500, true, null, 'é'] }] });
  });

  it('tolerates a leading byte-order mark', () => {
    expect(parseJson('\ufeff[1]')).toEqual({ ok: true, value: [1] });
  });

  it('locates a missing comma', () => {
    const r = parseJson('{\n  "a": 1\n  "b": 2\n}');
    expect(r.ok ? null : r.error).toEqual({ message: 'unexpected "\\"", expected \',\' or \'}\'', offset: 13, line: 3, column: 3 });
  });

  it('locates a trailing comma, a bad literal and an unterminated string', () => {
    const at = (t: string) => {
      const r = parseJson(t);
      return r.ok ? null : [r.error.line, r.error.column, r.error.message];
    };
    expect(at('[1,]')).toEqual([1, 4, 'unexpected "]", expected a value']);
    expect(at('[tru]')).toEqual([1, 2, 'unexpected "t", expected a value']);
    expect(at('["abc')).toEqual([1, 6, 'unterminated string']);
    expect(at('[1] x')).toEqual([1, 5, 'unexpected "x", expected end of input']);
    expect(at('{"a"\n:\n')).toEqual([3, 1, 'unexpected end of input, expected a value']);
  });

  it('agrees with JSON.parse on which texts are valid', () => {
    for (const t of ['{}', '[]', '"x"', '0', '-0.5', '01', '1.', '[1,2', '{"a":}', '"\\x"', '"a\tb"', ' [ ] ']) {
      let valid = true;
      try {
        JSON.parse(t);
      } catch {
        valid = false;
      }
      expect(locateJsonError(t) === null, t).toBe(valid);
    }
  });
});

describe('lineColumn(text, offset)', () => {
  it('is 1-based', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
