import { join } from 'node:path';
import type { ArticleResult, Quote } from '../types.js';
import { rankPullquotes } from '../pullquotes/index.js';
import { CsvFile } from './csv.js';

export const PULLQUOTE_COLUMNS = ['scope', 'rank', 'quote_id', 'article_id', 'pullquote', 'pullquote_text', 'speaker', 'speaker_role', 'outlet', 'type', 'profanity', 'pullquote_reasons'] as const;

export interface PullquoteOptions {
  /** Best N per article (and overall). */
  perArticle: number;
  /** Leave out quotes flagged for profanity. */
  clean: boolean;
  formulaSafe?: boolean;
}

/** pullquotes.csv: the best N quotes of each article, in corpus order, then the best N overall. */
export class PullquoteFile {
  private overall: Quote[] = [];

  private constructor(private readonly file: CsvFile, private readonly options: PullquoteOptions) {}

  static async open(outDir: string, options: PullquoteOptions): Promise<PullquoteFile> {
    return new PullquoteFile(await CsvFile.open(join(outDir, 'pullquotes.csv'), PULLQUOTE_COLUMNS, { formulaSafe: options.formulaSafe }), options);
  }

  async add(result: ArticleResult): Promise<void> {
    const best = rankPullquotes(result.quotes, { limit: this.options.perArticle, clean: this.options.clean });
    for (const [i, q] of best.entries()) await this.file.write(row('article', i + 1, q));
    // Keep only the running best overall: memory stays flat however large the corpus.
    this.overall = rankPullquotes([...this.overall, ...best], { limit: this.options.perArticle, clean: this.options.clean });
  }

  async commit(): Promise<void> {
    for (const [i, q] of this.overall.entries()) await this.file.write(row('overall', i + 1, q));
    await this.file.commit();
  }

  async discard(): Promise<void> {
    await this.file.discard();
  }
}

function row(scope: string, rank: number, q: Quote): Record<string, unknown> {
  return {
    scope, rank, quote_id: q.id, article_id: q.article_id, pullquote: q.pullquote, pullquote_text: q.pullquote_text,
    speaker: q.speaker, speaker_role: q.speaker_role, outlet: q.outlet, type: q.type, profanity: q.profanity, pullquote_reasons: q.pullquote_reasons,
  };
}
