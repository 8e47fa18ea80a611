import { Option, type Command } from 'commander';
import { nonNegativeInt, parseFormats, positiveInt, repeatable } from '../options.js';
import { packageVersion } from '../version.js';
import { plural } from '../../plural.js';

interface EnqueueFlags {
  redis?: string;
  job: string;
  out: string;
  batchSize: string;
  format: string;
  include: string[];
  exclude: string[];
  emitText?: boolean;
  pullquotes: string;
  clean?: boolean;
  report?: boolean;
  formulaSafe: boolean;
}

export function register(program: Command): void {
  program
    .command('enqueue')
    .description('plan a distributed job over files and directories and put its batches on a Redis queue (run `quotewire worker` on any number of machines)')
    .argument('<paths...>', 'files or directories, at the same paths on every worker machine')
    .requiredOption('--job <name>', 'job name (letters, digits, . _ -); enqueueing the same job again adds nothing')
    .option('--redis <url>', 'Redis URL (default: $QUOTEWIRE_REDIS or redis://127.0.0.1:6379)')
    .option('-o, --out <dir>', "the job's output directory on a shared filesystem (partials go under <dir>/.quotewire/jobs/<name>)", 'output')
    .option('--batch-size <n>', 'articles per batch (large JSONL and WARC files are split into ranges of this many records)', '100')
    .option('-f, --format <list>', 'formats `collect` writes: csv, json, jsonl', 'csv,json')
    .option('--include <glob>', 'only files matching the glob (repeatable)', repeatable, [])
    .option('--exclude <glob>', 'skip files matching the glob (repeatable)', repeatable, [])
    .option('--emit-text', 'collect also writes texts/<id>.txt')
    .option('--pullquotes <n>', 'pull-quotes per article in pullquotes.csv; 0 for none', '3')
    .option('--clean', 'leave quotes flagged for profanity out of pullquotes.csv')
    .addOption(new Option('--no-formula-safe', 'do not neutralise CSV cells starting with = + - @'))
    .action(async (paths: string[], flags: EnqueueFlags) => {
      const { enqueueJob } = await import('../../queue/enqueue.js');
      const { redisUrl } = await import('../../queue/redis.js');
      const summary = await enqueueJob({
        redis: redisUrl(flags.redis), job: flags.job, paths, outDir: flags.out,
        batchSize: positiveInt(flags.batchSize, '--batch-size'), formats: parseFormats(flags.format),
        include: flags.include, exclude: flags.exclude, formulaSafe: flags.formulaSafe, emitText: flags.emitText ?? false,
        pullquotes: nonNegativeInt(flags.pullquotes, '--pullquotes'), clean: flags.clean ?? false, version: packageVersion(),
      });
      process.stderr.write(
        summary.existing
          ? `quotewire: job ${flags.job} was already enqueued (${plural(summary.batches, 'batch', 'batches')}); nothing added` + (summary.retried ? `, ${plural(summary.retried, 'failed batch', 'failed batches')} retried` : '') + '\n'
          : `quotewire: job ${flags.job}: ${plural(summary.batches, 'batch', 'batches')} (${plural(summary.units, 'file or file range', 'files and file ranges')}) enqueued; partials → ${summary.partialsDir}\n`,
      );
    });
}
