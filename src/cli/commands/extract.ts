import { Option, type Command } from 'commander';
import { inShard, parseShard } from '../../batch/shard.js';
import { ArticleIds } from '../../batch/article-ids.js';
import { damageOf, noteOf } from '../../batch/damage.js';
import type { InputError } from '../../types.js';
import { red, yellow } from '../style.js';
import { problemLines, repeatedIdLines } from '../problem-lines.js';
import type { ArticleProcessor } from '../../batch/processor.js';
import { packageVersion } from '../version.js';
import { defaultWorkers, ensureWritable, nonNegativeInt, parseFormats, positiveInt, repeatable, reportRun } from '../options.js';
import { join } from 'node:path';
import { refuseAllMissing } from '../missing-inputs.js';

interface ExtractFlags {
  out: string;
  format: string;
  workers: string;
  concurrency: string;
  include: string[];
  exclude: string[];
  shard?: string;
  resume?: boolean;
  emitText?: boolean;
  quiet?: boolean;
  formulaSafe: boolean;
  pullquotes: string;
  clean?: boolean;
  report?: boolean;
}

const EXTRACT_HELP_AFTER = `
Exit status:
  0  every input was read
  2  some inputs were rejected: each is listed with status=error in the articles
     output and on stderr; everything else was exported
  1  a fatal error: bad arguments, no named input exists, an output folder that
     cannot be written (nothing is written)

Examples:
  quotewire extract ~/news --out results/        a folder, walked recursively
  quotewire extract feed.jsonl.gz --out -        quote JSONL on stdout
  cat feed.jsonl | quotewire extract - -o res/   JSONL on stdin
  quotewire extract ~/news --shard 3/16 -o out-3 shard 3 of 16 (for array jobs)
`;

export function register(program: Command, status: { code: number }): void {
  program
    .command('extract')
    .description('extract quotes and entities from files and directories (walked recursively); - reads JSONL from stdin')
    .argument('<paths...>', 'files or directories; .txt .md .html .htm .json .jsonl .ndjson .warc (any of them .gz)')
    .option('-o, --out <dir>', 'output directory, or - for quote JSONL on stdout', 'output')
    .option('-f, --format <list>', 'comma-separated: csv, json, jsonl', 'csv,json')
    .addOption(new Option('-w, --workers <n>', 'worker threads for the pipeline (1 runs it in the main thread)').default(String(defaultWorkers()), `${defaultWorkers()}, the cores but one`))
    .option('-c, --concurrency <n>', 'articles read ahead and in flight at once', '64')
    .addOption(new Option('--include <glob>', 'only files matching the glob (relative to the input root, or the file name; repeatable)').argParser(repeatable).default([], 'all'))
    .addOption(new Option('--exclude <glob>', 'skip files matching the glob (repeatable)').argParser(repeatable).default([], 'none'))
    .option('--shard <I/N>', 'process only shard I of N (by a hash of the article id)')
    .option('--resume', 'reuse results of an earlier run in the same output directory')
    .option('--emit-text', 'write each article text, as offsets index it, to texts/<id>.txt')
    .option('-q, --quiet', 'no progress and no summary on stderr')
    .option('--pullquotes <n>', 'pull-quotes per article (and overall) in pullquotes.csv; 0 for none', '3')
    .option('--clean', 'leave quotes flagged for profanity out of pullquotes.csv')
    .option('--report', 'also write report.html, the browsable HTML report (implies the json format)')
    .addOption(new Option('--no-formula-safe', 'do not neutralise CSV cells starting with = + - @ (spreadsheet formulas)'))
    .addHelpText('after', EXTRACT_HELP_AFTER)
    .action(async (paths: string[], flags: ExtractFlags, command: Command) => {
      // Imported here, not at the top: the CLI's other commands start without the pipeline's modules.
      const { runExtract } = await import('../../batch/run.js');
      const { writeReport } = await import('../../report/index.js');
      // "-o -q" takes "-q" as the folder name; a run then writes into a folder nobody meant to make.
      if (flags.out !== '-' && flags.out.startsWith('-')) throw new Error(`--out: "${flags.out}" looks like an option, not a folder (write ./${flags.out} for a folder of that name)`);
      const formats = parseFormats(flags.format);
      if (flags.report && !formats.includes('json')) formats.push('json');
      const workers = positiveInt(flags.workers, '--workers');
      const concurrency = positiveInt(flags.concurrency, '--concurrency');
      const shard = flags.shard ? parseShard(flags.shard) : undefined;
      await refuseAllMissing(paths);
      if (flags.out === '-') {
        refuseFolderFlags(flags, command.getOptionValueSource('format') === 'cli');
        status.code = await extractToStdout(paths, { include: flags.include, exclude: flags.exclude, shard, quiet: flags.quiet });
        return;
      }
      await ensureWritable(flags.out);
      const { removeStalePartials } = await import('../../export/atomic.js');
      await removeStalePartials(flags.out);
      const summary = await runExtract({
        paths, outDir: flags.out, formats, workers, concurrency, shard,
        include: flags.include, exclude: flags.exclude,
        resume: flags.resume, emitText: flags.emitText, quiet: flags.quiet,
        formulaSafe: flags.formulaSafe, stdin: process.stdin, version: packageVersion(),
        pullquotes: nonNegativeInt(flags.pullquotes, '--pullquotes'), clean: flags.clean,
      });
      if (flags.report) await writeReport({ input: flags.out, out: join(flags.out, 'report.html') });
      if (!flags.quiet) reportRun(summary, summary.seconds, flags.out, summary.reused ? ` (${summary.reused} reused from an earlier run)` : '');
      status.code = summary.errors.length || summary.damaged.length ? 2 : 0;
    });
}

/**
 * `--out -` writes quote JSONL and nothing else: a flag that asks for a file in an output folder
 * would otherwise be dropped without a word.
 */
function refuseFolderFlags(flags: ExtractFlags, formatGiven: boolean): void {
  if (formatGiven && flags.format.split(',').some((f) => f.trim() && f.trim().toLowerCase() !== 'jsonl')) {
    throw new Error(`--out - writes quote JSONL to stdout; --format ${flags.format} needs an output folder (--out DIR)`);
  }
  const needFolder = [flags.report && '--report', flags.emitText && '--emit-text', flags.resume && '--resume'].filter(Boolean);
  if (needFolder.length) throw new Error(`--out - writes quote JSONL to stdout; ${needFolder.join(', ')} need${needFolder.length > 1 ? '' : 's'} an output folder (--out DIR)`);
}

/** Where `--out -` writes, and what runs the pipeline (tests hand in their own). */
export interface StdoutExtraction {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  processor?: ArticleProcessor;
}

/**
 * `--out -`: quote JSONL on stdout, in corpus order; at the end, unless quiet, the rejected inputs and
 * damaged articles on stderr, counted and named as a folder run names them. Returns the exit status.
 */
export async function extractToStdout(
  paths: string[],
  options: { include: string[]; exclude: string[]; shard?: ReturnType<typeof parseShard>; quiet?: boolean },
  io: StdoutExtraction = { out: process.stdout, err: process.stderr },
): Promise<number> {
  const { readCorpus } = await import('../../ingest/index.js');
  const { inProcessProcessor, processOrReport } = await import('../../batch/processor.js');
  const { quoteRecord } = await import('../../export/writers.js');
  const processor = io.processor ?? inProcessProcessor();
  const rejected: InputError[] = [];
  const damaged: InputError[] = [];
  const notes: InputError[] = [];
  const ids = new ArticleIds();
  for await (const item of readCorpus(paths, { include: options.include, exclude: options.exclude, stdin: process.stdin })) {
    const id = item.kind === 'article' ? item.article.id : item.error.id;
    if (options.shard && !inShard(id, options.shard)) continue;
    // An article the pipeline fails on is reported like one that could not be read; the run goes on.
    const output = item.kind === 'article' ? await processOrReport(processor, item.article) : item;
    if (output.kind === 'error') {
      rejected.push(output.error);
      continue;
    }
    const { result } = ids.claim(output.result);
    const damage = damageOf(result.article);
    if (damage) damaged.push(damage);
    const note = noteOf(result.article);
    if (note) notes.push(note);
    for (const quote of result.quotes) {
      if (!io.out.write(JSON.stringify(quoteRecord(quote)) + '\n')) {
        await new Promise((resolve) => io.out.once('drain', resolve));
      }
    }
  }
  if (!options.quiet) {
    // No "all are in …": stdout holds quotes only, so the first SHOWN_PROBLEMS of each are all there is to read.
    const lines = [...repeatedIdLines(ids.summary(), yellow), ...problemLines(rejected, damaged, { header: (l) => yellow(`quotewire: ${l}`), rejectedPlace: red, notes })];
    for (const line of lines) io.err.write(`${line}\n`);
  }
  return rejected.length || damaged.length ? 2 : 0;
}
