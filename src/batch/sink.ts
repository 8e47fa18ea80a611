import { EntityMerger } from '../entities/merge.js';
import { OutputWriter, type RunInfo, type WriterOptions } from '../export/writers.js';
import type { InputError, OutputItem } from '../types.js';
import { ArticleIds, type RepeatedIds } from './article-ids.js';
import { damageOf, noteOf } from './damage.js';

/** What a run wrote, as its closing lines count it: extract's and collect's summaries start with it. */
export interface RunTotals {
  articles: number;
  quotes: number;
  errors: InputError[];
  /** Articles read from damaged input, exported with the damage on their row. */
  damaged: InputError[];
  /** Articles read by a guess (a windows-1252 fallback), exported with a note on their row. */
  notes: InputError[];
  /** Articles whose id an earlier one already had (the first few, and how many in all). */
  repeatedIds: RepeatedIds;
}

/** The totals of a finished sink. */
export function runTotals(sink: OutputSink): RunTotals {
  return { articles: sink.articles, quotes: sink.quotes, errors: sink.errors, damaged: sink.damaged, notes: sink.notes, repeatedIds: sink.ids.summary() };
}

/**
 * Where a run's items go, in corpus order: every per-article file, and the corpus-wide entity merge
 * that becomes people.csv, films.csv and outlets.csv at the end. Shared by `extract` and `collect`.
 */
export class OutputSink {
  articles = 0;
  quotes = 0;
  readonly errors: InputError[] = [];
  /** Articles read from damaged input (a truncated WARC record): exported, the damage on their row. */
  readonly damaged: InputError[] = [];
  readonly notes: InputError[] = [];
  /** Article ids repeated in the corpus (their quote ids are qualified so that none is written twice). */
  readonly ids = new ArticleIds();
  private readonly merger = new EntityMerger();

  private constructor(private readonly writer: OutputWriter) {}

  static async open(outDir: string, options: WriterOptions, run: RunInfo): Promise<OutputSink> {
    return new OutputSink(await OutputWriter.open(outDir, options, run));
  }

  async write(given: OutputItem): Promise<void> {
    const claimed = given.kind === 'result' ? this.ids.claim(given.result) : null;
    const item: OutputItem = claimed ? { kind: 'result', result: claimed.result } : given;
    await this.writer.write(item, claimed?.key);
    if (item.kind === 'result') {
      this.merger.add(item.result);
      this.articles++;
      this.quotes += item.result.quotes.length;
      const damage = damageOf(item.result.article);
      if (damage) this.damaged.push(damage);
      const note = noteOf(item.result.article);
      if (note) this.notes.push(note);
    } else this.errors.push(item.error);
  }

  async finish(): Promise<void> {
    await this.writer.finish({ people: this.merger.peopleRows(), films: this.merger.filmRows(), outlets: this.merger.outletRows() });
  }

  abort(): Promise<void> {
    return this.writer.abort();
  }
}
