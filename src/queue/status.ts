import { Queue, type Redis } from './clients.js';
import type { InputError } from '../types.js';
import { loadSettings } from './enqueue.js';
import { keys, type BatchStats } from './job.js';
import type { redisOptions } from './redis.js';

export interface JobStatus {
  job: string;
  batches: number;
  waiting: number;
  active: number;
  done: number;
  failed: number;
  articles: number;
  quotes: number;
  /** Articles per second over the job so far (first batch start to last batch end). */
  articlesPerSecond: number | null;
  /** Seconds until every batch is done at the rate so far. */
  etaSeconds: number | null;
  badInputs: InputError[];
  /** Articles read from damaged input (a truncated WARC record): collected with the damage on their row. */
  damaged: InputError[];
  failures: { batch: number; reason: string }[];
}

/** Where a job stands, from its queue's counts and the statistics its workers recorded. */
export async function jobStatus(redis: Redis, connection: ReturnType<typeof redisOptions>, job: string): Promise<JobStatus> {
  const settings = await loadSettings(redis, job);
  const queue = new Queue(keys.queue(job), { connection });
  queue.on('error', () => {}); // a lost connection fails the count that needed it
  try {
    const counts = await queue.getJobCounts('waiting', 'delayed', 'prioritized', 'waiting-children', 'active', 'completed', 'failed');
    const failedJobs = await queue.getFailed(0, 99);
    const stats = Object.entries(await redis.hgetall(keys.stats(job)))
      .map(([batch, json]) => ({ batch: Number(batch), ...(JSON.parse(json) as BatchStats) }))
      .sort((a, b) => a.batch - b.batch);
    const articles = stats.reduce((n, s) => n + s.articles, 0);
    const first = Math.min(...stats.map((s) => s.startedAt));
    const last = Math.max(...stats.map((s) => s.finishedAt));
    const seconds = stats.length ? Math.max(0.001, (last - first) / 1000) : 0;
    const done = counts.completed ?? 0;
    const remaining = Math.max(0, settings.batches - done - (counts.failed ?? 0));
    return {
      job,
      batches: settings.batches,
      waiting: (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0) + (counts['waiting-children'] ?? 0),
      active: counts.active ?? 0,
      done,
      failed: counts.failed ?? 0,
      articles,
      quotes: stats.reduce((n, s) => n + s.quotes, 0),
      articlesPerSecond: seconds ? articles / seconds : null,
      etaSeconds: seconds && done ? (remaining * seconds) / done : null,
      badInputs: stats.flatMap((s) => s.errors),
      damaged: stats.flatMap((s) => s.damaged ?? []),
      failures: failedJobs.map((j) => ({ batch: (j.data as { index: number }).index, reason: j.failedReason })).sort((a, b) => a.batch - b.batch),
    };
  } finally {
    await queue.close();
  }
}
