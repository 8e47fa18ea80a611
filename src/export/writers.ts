import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { FilmRow, OutletRow, OutputItem, PersonRow, Quote } from '../types.js';
import { AtomicFile } from './atomic.js';
import { CsvFile } from './csv.js';
import { ARTICLE_COLUMNS, FILM_COLUMNS, OUTLET_COLUMNS, PEOPLE_COLUMNS, QUOTE_COLUMNS } from './columns.js';
import { articleJson, articleRecord } from './records.js';
import { PullquoteFile } from './pullquotes.js';

export type OutputFormat = 'csv' | 'json' | 'jsonl';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['csv', 'json', 'jsonl'];
export const SCHEMA_VERSION = '1.0.0';

export interface WriterOptions {
  formats: OutputFormat[];
  /** Neutralise spreadsheet formulas in CSV cells (default true). */
  formulaSafe?: boolean;
  /** Write texts/<id>.txt for every article. */
  emitText?: boolean;
  /** pullquotes.csv (with the CSV format): best N per article and overall; 0 for none. */
  pullquotes?: number;
  /** Leave quotes flagged for profanity out of pullquotes.csv. */
  clean?: boolean;
}

export interface CorpusEntityRows {
  people: PersonRow[];
  films: FilmRow[];
  outlets: OutletRow[];
}

/** Deterministic run information for quotewire.json (no clock times, so reruns are byte-identical). */
export interface RunInfo {
  tool: string;
  version: string;
  inputs: string[];
  options: Record<string, unknown>;
}

/**
 * Writes every output file of SPEC.md for a stream of items that arrive in corpus order.
 * Nothing appears under its final name before finish(): a killed run leaves only *.partial-HOST-PID-N files.
 */
export class OutputWriter {
  private quotesCsv?: CsvFile;
  private quotesJsonl?: AtomicFile;
  private articlesCsv?: CsvFile;
  private articlesJsonl?: AtomicFile;
  private json?: AtomicFile;
  /** quotewire.json's quotes array is streamed to its own temp file and spliced in at the end. */
  private jsonQuotes?: AtomicFile;
  private jsonArticleCount = 0;
  private jsonQuoteCount = 0;
  private pullquotes?: PullquoteFile;
  private readonly pendingTexts: Promise<void>[] = [];

  private constructor(private readonly outDir: string, private readonly options: WriterOptions) {}

  static async open(outDir: string, options: WriterOptions, run: RunInfo): Promise<OutputWriter> {
    const w = new OutputWriter(outDir, options);
    const safe = { formulaSafe: options.formulaSafe ?? true };
    if (options.formats.includes('csv')) {
      w.quotesCsv = await CsvFile.open(join(outDir, 'quotes.csv'), QUOTE_COLUMNS, safe);
      w.articlesCsv = await CsvFile.open(join(outDir, 'articles.csv'), ARTICLE_COLUMNS, safe);
      if ((options.pullquotes ?? 3) > 0) {
        w.pullquotes = await PullquoteFile.open(outDir, { perArticle: options.pullquotes ?? 3, clean: options.clean ?? false, formulaSafe: safe.formulaSafe });
      }
    }
    if (options.formats.includes('jsonl')) {
      w.quotesJsonl = await AtomicFile.open(join(outDir, 'quotes.jsonl'));
      w.articlesJsonl = await AtomicFile.open(join(outDir, 'articles.jsonl'));
    }
    if (options.formats.includes('json')) {
      w.json = await AtomicFile.open(join(outDir, 'quotewire.json'));
      w.jsonQuotes = await AtomicFile.open(join(outDir, '.quotewire-json-quotes'));
      await w.json.write(`{"schemaVersion":${JSON.stringify(SCHEMA_VERSION)},"run":${JSON.stringify(run)},"articles":[`);
    }
    return w;
  }

  /** One article's rows; `textName` names its texts/ file (the article id unless the run repeats that id). */
  async write(item: OutputItem, textName?: string): Promise<void> {
    const quotes: Quote[] = item.kind === 'result' ? item.result.quotes : [];
    if (this.articlesCsv) await this.articlesCsv.write(articleRecord(item));
    if (this.pullquotes && item.kind === 'result') await this.pullquotes.add(item.result);
    if (this.articlesJsonl) await this.articlesJsonl.write(JSON.stringify(articleJson(item)) + '\n');
    if (this.json) {
      await this.json.write((this.jsonArticleCount++ ? ',' : '') + '\n' + JSON.stringify(articleJson(item)));
    }
    for (const quote of quotes) {
      const record = quoteRecord(quote);
      if (this.quotesCsv) await this.quotesCsv.write(record);
      if (this.quotesJsonl) await this.quotesJsonl.write(JSON.stringify(record) + '\n');
      if (this.jsonQuotes) await this.jsonQuotes.write((this.jsonQuoteCount++ ? ',' : '') + '\n' + JSON.stringify(record));
    }
    if (this.options.emitText && item.kind === 'result') {
      const { id, text } = item.result.article;
      this.pendingTexts.push(writeText(join(this.outDir, 'texts', `${safeFileName(textName ?? id)}.txt`), text));
    }
  }

  /** Write the corpus-wide entity files and move every file into place. */
  async finish(entities: CorpusEntityRows): Promise<void> {
    await Promise.all(this.pendingTexts);
    const safe = { formulaSafe: this.options.formulaSafe ?? true };
    if (this.options.formats.includes('csv')) {
      await writeCsv(join(this.outDir, 'people.csv'), PEOPLE_COLUMNS, entities.people, safe);
      await writeCsv(join(this.outDir, 'films.csv'), FILM_COLUMNS, entities.films, safe);
      await writeCsv(join(this.outDir, 'outlets.csv'), OUTLET_COLUMNS, entities.outlets, safe);
    }
    if (this.json && this.jsonQuotes) {
      await this.jsonQuotes.commit();
      await this.json.write('\n],"quotes":[');
      await pipeFile(this.jsonQuotes.path, this.json);
      await this.json.write(`\n],"entities":${JSON.stringify(entities)}}\n`);
      await this.json.commit();
      await rm(this.jsonQuotes.path, { force: true });
    }
    await this.quotesCsv?.commit();
    await this.articlesCsv?.commit();
    await this.pullquotes?.commit();
    await this.quotesJsonl?.commit();
    await this.articlesJsonl?.commit();
  }

  async abort(): Promise<void> {
    for (const f of [this.quotesCsv, this.articlesCsv, this.pullquotes]) await f?.discard();
    for (const f of [this.quotesJsonl, this.articlesJsonl, this.json, this.jsonQuotes]) await f?.discard();
  }
}

/** The exported record of a quote: SPEC fields in SPEC order, pull-quote fields when present. */
export function quoteRecord(quote: Quote): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const column of QUOTE_COLUMNS) {
    const value = (quote as unknown as Record<string, unknown>)[column];
    if (value !== undefined) record[column] = value;
  }
  return record;
}

/** Past this many bytes a name is cut and a hash of the id added (file systems stop at 255). */
const MAX_NAME_BYTES = 200;

/**
 * The flat file name of an id under texts/ (without ".txt"). Ids hold '/', ':' and '@' ("bbc/a.html",
 * "feed.jsonl:2", "README.md@runs/b/README.md"): "/" became folders, and an id could reach outside texts/.
 * Percent-encoding, as in URLs, keeps a name readable and reversible (decodeURIComponent gives the id
 * back): "%" itself, "/" and "\\", characters Windows or macOS refuse (: * ? " < > |), control characters
 * and a leading "." (no hidden file, no ".." ) are written %XX. Only a name over MAX_NAME_BYTES is not
 * reversible: it is cut and ends "~" + 16 hex digits of the id's SHA-256, so distinct ids stay distinct.
 */
export function safeFileName(id: string): string {
  const encoded = (id || '_').replace(/[%/\\:*?"<>|\x00-\x1f\x7f]|^\./g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
  if (Buffer.byteLength(encoded) <= MAX_NAME_BYTES) return encoded;
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 16);
  let cut = encoded.slice(0, MAX_NAME_BYTES - 17);
  while (Buffer.byteLength(cut) > MAX_NAME_BYTES - 17 || /%[0-9A-F]?$/.test(cut) || /[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}~${hash}`;
}

async function writeCsv(path: string, columns: readonly string[], rows: object[], options: { formulaSafe: boolean }) {
  const file = await CsvFile.open(path, columns, options);
  for (const row of rows) await file.write(row as Record<string, unknown>);
  await file.commit();
}

async function writeText(path: string, text: string): Promise<void> {
  const file = await AtomicFile.open(path);
  await file.write(text);
  await file.commit();
}

async function pipeFile(from: string, to: AtomicFile): Promise<void> {
  for await (const chunk of createReadStream(from, { encoding: 'utf8' })) await to.write(chunk as string);
}
