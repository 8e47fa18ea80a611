import type { Command } from 'commander';
import { join } from 'node:path';
import { ensureWritable, reportRun } from '../options.js';
import { plural } from '../../plural.js';

export function register(program: Command, status: { code: number }): void {
  program
    .command('collect')
    .description("merge a distributed job's batch results into the files `extract` writes (refuses while batches are missing)")
    .requiredOption('--job <name>', 'job name')
    .option('-o, --out <dir>', "output directory (default: the job's --out)")
    .option('--redis <url>', 'Redis URL (default: $QUOTEWIRE_REDIS or redis://127.0.0.1:6379)')
    .option('--partial', 'collect the batches that are done, leaving out the missing ones')
    .option('--wait', 'wait for the batches still running, merging each as soon as it and the ones before it are done')
    .option('--report', 'also write report.html')
    .option('-q, --quiet', 'no summary on stderr')
    .action(async (flags: { job: string; out?: string; redis?: string; partial?: boolean; wait?: boolean; report?: boolean; quiet?: boolean }) => {
      const started = Date.now();
      const { connectOnce, redisOptions, redisUrl } = await import('../../queue/redis.js');
      const { loadSettings } = await import('../../queue/enqueue.js');
      const { collectJob } = await import('../../queue/collect.js');
      const redis = await connectOnce(redisUrl(flags.redis));
      let settings;
      try {
        settings = await loadSettings(redis, flags.job);
      } finally {
        redis.disconnect();
      }
      const outDir = flags.out ?? join(settings.partialsDir, '..', '..', '..');
      await ensureWritable(outDir);
      const watch = flags.wait ? (await import('../../queue/batch-watch.js')).queueBatchWatch(redisOptions(redisUrl(flags.redis)), settings.name) : undefined;
      let summary;
      try {
        summary = await collectJob(settings, outDir, { partial: flags.partial, wait: watch });
      } finally {
        await watch?.close();
      }
      if (flags.report) await (await import('../../report/index.js')).writeReport({ input: outDir, out: join(outDir, 'report.html') });
      if (!flags.quiet) {
        reportRun(summary, (Date.now() - started) / 1000, outDir, summary.missing.length ? ` (${plural(summary.missing.length, 'batch', 'batches')} missing)` : '');
      }
      status.code = summary.errors.length || summary.damaged.length ? 2 : 0;
    });
}
