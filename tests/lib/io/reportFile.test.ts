import { describe, expect, it } from 'vitest';
import { checkReportFile, decodeReportBytes, MAX_REPORT_BYTES } from '../../../src/lib/io/reportFile';

describe('checkReportFile(name, size, mime)', () => {
  it('accepts .txt, .md and .html up to 5 MB', () => {
    expect(checkReportFile('a.txt', 10, 'text/plain')).toBe('txt');
    expect(checkReportFile('a.md', MAX_REPORT_BYTES)).toBe('md');
    expect(checkReportFile('a.HTML', 10, 'text/html')).toBe('html');
    expect(checkReportFile('notes.md', 10, 'application/x-markdown')).toBe('md');
  });
  it('refuses a 50 MB file, naming its size', () => {
    expect(() => checkReportFile('big.txt', 50 * 1024 * 1024)).toThrow(/big\.txt: the file is 50\.0 MB; reports are limited to 5 MB/);
  });
  it('refuses other file types', () => {
    expect(() => checkReportFile('photo.png', 10, 'image/png')).toThrow(/not a text report/);
    expect(() => checkReportFile('a.txt', 10, 'image/png')).toThrow(/image\/png/);
  });
});

describe('decodeReportBytes(name, bytes)', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    expect(decodeReportBytes('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9]))).toBe('hé');
  });
  it('refuses invalid UTF-8 with a clear message', () => {
    expect(() => decodeReportBytes('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f]))).toThrow(/latin1\.txt: the file is not valid UTF-8/);
  });
  it('refuses binary content', () => {
    expect(() => decodeReportBytes('x.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toThrow(/binary/);
  });
});
