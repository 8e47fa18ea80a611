/**
 * One CSV row as fast-csv's formatter wrote it with our options (delimiter ",", row delimiter "\n",
 * quote '"', no forced quoting), so the files stay byte for byte what they were: NUL characters are
 * dropped; a cell holding a quote is quoted with its quotes doubled; a cell holding a comma, "|", CR or
 * LF is quoted (fast-csv's pattern, whose character class takes its "|" separators literally). Written
 * here because the formatter's stream (a Buffer per row, decoded back to text for AtomicFile) cost
 * more than the rows themselves.
 */
export function csvRow(cells: readonly string[]): string {
  let row = '';
  for (let i = 0; i < cells.length; i++) row += (i ? ',' : '') + csvCell(cells[i]!);
  return row;
}

function csvCell(value: string): string {
  const cell = value.includes('\0') ? value.replace(/\0/g, '') : value;
  if (cell.includes('"')) return `"${cell.replace(/"/g, '""')}"`;
  return NEEDS_QUOTES.test(cell) ? `"${cell}"` : cell;
}

const NEEDS_QUOTES = /[,|\r\n]/;
