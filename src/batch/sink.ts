import { EntityMerger } from '../entities/merge.js';
import { OutputWriter, type RunInfo, type WriterOptions } from '../export/writers.js';
import type { InputError, OutputItem } from '../types.js';

/**
 * Where a run's items go, in corpus order: every per-article file, and the corpus-wide entity merge
 * that becomes people.csv, films.csv and outlets.csv at the end. Shared by `extract` and `collect`.
 */
export class OutputSink {
  articles = 0;
  quotes = 0;
  readonly errors: InputError[] = [];
  private readonly merger = new EntityMerger();

  private constructor(private readonly writer: OutputWriter) {}

  static async open(outDir: string, options: WriterOptions, run: RunInfo): Promise<OutputSink> {
    return new OutputSink(await OutputWriter.open(outDir, options, run));
  }

  async write(item: OutputItem): Promise<void> {
    await this.writer.write(item);
    if (item.kind === 'result') {
      this.merger.add(item.result);
      this.articles++;
      this.quotes += item.result.quotes.length;
    } else this.errors.push(item.error);
  }

  async finish(): Promise<void> {
    await this.writer.finish({ people: this.merger.peopleRows(), films: this.merger.filmRows(), outlets: this.merger.outletRows() });
  }

  abort(): Promise<void> {
    return this.writer.abort();
  }
}
