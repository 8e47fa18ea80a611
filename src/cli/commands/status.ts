import type { Command } from 'commander';
import type { JobStatus } from '../../queue/status.js';
import { placeOf } from '../../ingest/place.js';
import { printable } from '../style.js';
import { plural } from '../../plural.js';

export function register(program: Command): void {
  program
    .command('status')
    .description('how far a distributed job is: batches waiting, active, done and failed, articles/s, ETA, bad inputs and damaged ones')
    .requiredOption('--job <name>', 'job name')
    .option('--redis <url>', 'Redis URL (default: $QUOTEWIRE_REDIS or redis://127.0.0.1:6379)')
    .option('--json', 'print the status as JSON')
    .action(async (flags: { job: string; redis?: string; json?: boolean }) => {
      const { jobStatus } = await import('../../queue/status.js');
      const { connectOnce, redisOptions, redisUrl } = await import('../../queue/redis.js');
      const url = redisUrl(flags.redis);
      const redis = await connectOnce(url);
      try {
        const status = await jobStatus(redis, redisOptions(url), flags.job);
        process.stdout.write(flags.json ? JSON.stringify(status, null, 2) + '\n' : formatStatus(status));
      } finally {
        redis.disconnect();
      }
    });
}

/** The status as lines for a terminal. */
export function formatStatus(s: JobStatus): string {
  const lines = [
    `job ${s.job}: ${plural(s.batches, 'batch', 'batches')}: ${s.waiting} waiting, ${s.active} active, ${s.done} done, ${s.failed} failed`,
    `${plural(s.articles, 'article')}, ${plural(s.quotes, 'quote')}` +
      (s.articlesPerSecond !== null ? `, ${s.articlesPerSecond.toFixed(1)} articles/s` : '') +
      (s.etaSeconds !== null && s.done < s.batches ? `, ETA ${duration(s.etaSeconds)}` : '') +
      (s.done === s.batches ? ' (complete: run `quotewire collect`)' : ''),
    `${plural(s.badInputs.length, 'bad input')}` + (s.badInputs.length ? ':' : ''),
    ...s.badInputs.map((e) => `  ${printable(placeOf(e))}: ${printable(e.reason)}`),
    // Only when there are some, as a local run's summary says them.
    ...(s.damaged.length ? [`${plural(s.damaged.length, 'article')} read from damaged input (collect exports each with the damage in its error column):`] : []),
    ...s.damaged.map((d) => `  ${printable(placeOf(d))}: ${printable(d.reason)}`),
    ...s.failures.map((f) => `failed batch ${f.batch}: ${f.reason}`),
  ];
  return lines.join('\n') + '\n';
}

function duration(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h ? `${h}h${String(m).padStart(2, '0')}m` : m ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}
