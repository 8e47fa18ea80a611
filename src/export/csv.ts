import { StringDecoder } from 'node:string_decoder';
import { format, type CsvFormatterStream } from 'fast-csv';

type Row = string[];
import { AtomicFile } from './atomic.js';

export interface CsvOptions {
  /** Neutralise cells a spreadsheet would run as a formula (OWASP CSV injection). Default true. */
  formulaSafe?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * Cells starting with - or + that a spreadsheet reads as a value, not a formula: a signed number, a
 * lone "-" (standard input's path) and standard input's article and quote ids ("-:3", "-:3@-:9",
 * "-:3#0-15"). They hold no letters, so no function can hide in them.
 */
const PLAIN_VALUE = /^(?:[-+]\d+(?:\.\d+)?|-|-:\d+(?:@-:\d+)?(?:#\d+-\d+)?)$/;

/**
 * OWASP's recommendation: prefix a cell that a spreadsheet would run as a formula (it starts with
 * = + - @ tab or CR) with a single quote, so it shows as text instead of being evaluated.
 */
export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_VALUE.test(cell) ? `'${cell}` : cell;
}

/** Render one cell value: lists joined with ';', null/undefined empty. */
export function cellValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellValue).join(';');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A CSV file with a header row and RFC 4180 quoting, written atomically. */
export class CsvFile {
  private constructor(
    private readonly file: AtomicFile,
    private readonly formatter: CsvFormatterStream<Row, Row>,
    private readonly columns: readonly string[],
    private readonly formulaSafe: boolean,
  ) {}

  static async open(path: string, columns: readonly string[], options: CsvOptions = {}): Promise<CsvFile> {
    const file = await AtomicFile.open(path);
    // alwaysWriteHeaders: an empty result still has its header row. includeEndRowDelimiter: every row,
    // the last too, ends with a line break, so `wc -l`, `cat a.csv b.csv` and appending tools count and join rows right.
    const formatter = format({ headers: [...columns], alwaysWriteHeaders: true, writeBOM: false, includeEndRowDelimiter: true });
    // Rows go through the file's own gathering (AtomicFile.append), pausing the formatter while the file drains.
    const decoder = new StringDecoder('utf8');
    formatter.on('data', (chunk: Buffer | string) => {
      if (!file.append(typeof chunk === 'string' ? chunk : decoder.write(chunk))) {
        formatter.pause();
        file.drained().then(() => formatter.resume(), (error: Error) => formatter.destroy(error));
      }
    });
    return new CsvFile(file, formatter, columns, options.formulaSafe ?? true);
  }

  async write(record: Record<string, unknown>): Promise<void> {
    const row = this.columns.map((column) => {
      const value = cellValue(record[column]);
      return this.formulaSafe && typeof record[column] !== 'number' ? neutralizeFormula(value) : value;
    });
    if (!this.formatter.write(row)) await new Promise<void>((resolve) => this.formatter.once('drain', resolve));
  }

  async commit(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.formatter.once('error', reject);
      this.formatter.once('end', resolve);
      this.formatter.end();
    });
    await this.file.commit();
  }

  async discard(): Promise<void> {
    this.formatter.end();
    await this.file.discard();
  }
}
