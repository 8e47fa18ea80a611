import { AtomicFile } from './atomic.js';
import { csvRow } from './csv-row.js';

export interface CsvOptions {
  /** Neutralise cells a spreadsheet would run as a formula (OWASP CSV injection). Default true. */
  formulaSafe?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * OWASP's recommendation: prefix a cell that starts with = + - @ tab or CR with a single quote,
 * so a spreadsheet shows it as text instead of evaluating it.
 */
export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Render one cell value: lists joined with ';', null/undefined empty. */
export function cellValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellValue).join(';');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * A CSV file with a header row and RFC 4180 quoting, written atomically. Every row, the last too, ends
 * with a line break, so `wc -l`, `cat a.csv b.csv` and appending tools count and join rows right; an
 * empty result still has its header row.
 */
export class CsvFile {
  private constructor(
    private readonly file: AtomicFile,
    private readonly columns: readonly string[],
    private readonly formulaSafe: boolean,
  ) {}

  static async open(path: string, columns: readonly string[], options: CsvOptions = {}): Promise<CsvFile> {
    const file = await AtomicFile.open(path);
    file.append(csvRow(columns) + '\n');
    return new CsvFile(file, columns, options.formulaSafe ?? true);
  }

  async write(record: Record<string, unknown>): Promise<void> {
    const row = this.columns.map((column) => {
      const value = cellValue(record[column]);
      return this.formulaSafe && typeof record[column] !== 'number' ? neutralizeFormula(value) : value;
    });
    await this.file.write(csvRow(row) + '\n');
  }

  commit(): Promise<void> {
    return this.file.commit();
  }

  discard(): Promise<void> {
    return this.file.discard();
  }
}
