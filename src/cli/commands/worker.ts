import type { Command } from 'commander';
import { positiveInt, repeatable } from '../options.js';
import { giveUpWithoutRedis } from '../redis-grace.js';

interface WorkerFlags {
  redis?: string;
  concurrency: string;
  workers: string;
  stalledTimeout: string;
  redisGrace: string;
  job: string[];
  exitWhenDone?: boolean;
  quiet?: boolean;
}

export function register(program: Command): void {
  program
    .command('worker')
    .description('take batches of enqueued jobs from Redis and process them (SIGTERM finishes the batches in hand, then exits)')
    .option('--redis <url>', 'Redis URL (default: $QUOTEWIRE_REDIS or redis://127.0.0.1:6379)')
    .option('-c, --concurrency <n>', 'batches processed at once by this process', '1')
    .option('-w, --workers <n>', 'pipeline threads in this process (1: in the main thread)', '1')
    .option('--stalled-timeout <seconds>', "seconds after which a dead worker's batch is handed to another", '30')
    .option('--redis-grace <seconds>', 'on SIGTERM, give up the batches in hand (exit 1) once Redis has been unreachable this long', '10')
    .option('--job <name>', 'serve only this job (repeatable); default: every job in this Redis', repeatable, [])
    .option('--exit-when-done', 'exit once every batch of the jobs served is done or failed (for batch schedulers)')
    .option('-q, --quiet', 'no per-batch log lines on stderr')
    .action(async (flags: WorkerFlags) => {
      const { startWorker } = await import('../../queue/worker.js');
      const { redisUrl } = await import('../../queue/redis.js');
      const log = (line: string) => {
        if (!flags.quiet || line.startsWith('redis:') || line.includes(' failed ')) process.stderr.write(`quotewire worker: ${line}\n`);
      };
      const redisGrace = positiveInt(flags.redisGrace, '--redis-grace');
      const worker = await startWorker({
        redis: redisUrl(flags.redis),
        concurrency: positiveInt(flags.concurrency, '--concurrency'),
        workers: positiveInt(flags.workers, '--workers'),
        stalledSeconds: positiveInt(flags.stalledTimeout, '--stalled-timeout'),
        jobs: flags.job.length ? flags.job : undefined,
        exitWhenDone: flags.exitWhenDone,
        log,
      });
      log(`${worker.identity} ready`);
      let cancelGrace = () => {};
      const shutdown = (signal: string) => {
        log(`${signal}: finishing the batches in hand`);
        cancelGrace = giveUpWithoutRedis(worker, redisGrace, (unfinished) => {
          const batches = unfinished.length ? `unfinished batches: ${unfinished.join(', ')}` : 'no batch in hand';
          process.stderr.write(`quotewire worker: ${signal}: gave up after Redis was unreachable for ${redisGrace} s; ${batches}\n`);
          // The stop is still waiting on Redis (and ioredis keeps reconnecting): only exit() ends it.
          process.exit(1);
        });
        void worker.stop();
      };
      process.once('SIGTERM', () => shutdown('SIGTERM'));
      process.once('SIGINT', () => shutdown('SIGINT'));
      await worker.stopped;
      cancelGrace();
      const usage = process.resourceUsage();
      const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
      process.stderr.write(`quotewire worker: stopped (peak RSS ${Math.round(usage.maxRSS / 1024)} MB, ${cpuSeconds.toFixed(1)} CPU seconds)\n`);
    });
}
