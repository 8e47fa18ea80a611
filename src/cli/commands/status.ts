import type { Command } from 'commander';
import type { JobStatus } from '../../queue/status.js';
import { problemLines } from '../problem-lines.js';
import { plural } from '../../plural.js';

export function register(program: Command): void {
  program
    .command('status')
    .description('how far a distributed job is: batches waiting, active, done and failed, articles/s, ETA, rejected inputs and damaged articles')
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
    // Named as a local run's summary names them; the count of rejected inputs always, as progress.
    ...problemLines(s.badInputs, s.damaged, { fullListIn: '`status --json`', countNone: true }),
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
