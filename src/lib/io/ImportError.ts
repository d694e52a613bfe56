/** A refused import: which file, which record, which field, and what is wrong. Nothing was changed. */
export class ImportError extends Error {
  readonly file: string;
  readonly record: string | undefined;
  readonly field: string | undefined;
  constructor(message: string, where: { file: string; record?: string | undefined; field?: string | undefined }) {
    const loc = [where.file, where.record, where.field ? `field "${where.field}"` : undefined].filter(Boolean).join(', ');
    super(`${loc}: ${message}`);
    this.name = 'ImportError';
    this.file = where.file;
    this.record = where.record;
    this.field = where.field;
  }
}
