import { damageOf } from '../batch/damage.js';
import { plural } from '../plural.js';
import { damagedCount, rejectedCount } from '../batch/problem-names.js';
import type { OutputItem } from '../types.js';
import type { BatchStats } from './job.js';

/**
 * What a finished batch recorded for `status`: its articles and quotes, its rejected inputs, and the
 * articles read from damaged input, counted and named as a local `extract` run counts them.
 */
export function batchStats(items: OutputItem[], run: Pick<BatchStats, 'startedAt' | 'finishedAt' | 'worker'>): BatchStats {
  const stats: BatchStats = { articles: 0, quotes: 0, bytes: 0, errors: [], damaged: [], ...run };
  for (const item of items) {
    if (item.kind === 'error') {
      stats.errors.push(item.error);
      continue;
    }
    const { article } = item.result;
    stats.articles++;
    stats.quotes += item.result.quotes.length;
    stats.bytes += article.sourceBytes ?? article.text.length;
    const damage = damageOf(article);
    if (damage) stats.damaged!.push(damage);
  }
  return stats;
}

/** The worker's log line for a batch: "3 articles, 5 quotes, 1 input rejected, 1 article read from damaged input". */
export function describeBatch(stats: BatchStats): string {
  const damaged = stats.damaged?.length ?? 0;
  return `${plural(stats.articles, 'article')}, ${plural(stats.quotes, 'quote')}, ${rejectedCount(stats.errors.length)}` +
    (damaged ? `, ${damagedCount(damaged)}` : '');
}
