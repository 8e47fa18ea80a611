import { AtomicFile } from '../export/atomic.js';
import { loadRunOutput } from './load.js';
import { renderReport } from './render.js';

export { renderReport, reportData } from './render.js';
export { reportInputFromResults, type ReportArticle, type ReportInput } from './input.js';
export { loadRunOutput } from './load.js';
export { scriptSafeJson } from './embed.js';

/** Read a run's output directory and write its HTML report; returns what it counted. */
export async function writeReport(options: { input: string; out: string }): Promise<{ articles: number; quotes: number; withText: number }> {
  const input = await loadRunOutput(options.input);
  await AtomicFile.writeWhole(options.out, (file) => file.write(renderReport(input)));
  return { articles: input.articles.length, quotes: input.quotes.length, withText: input.articles.filter((a) => a.text !== null).length };
}
