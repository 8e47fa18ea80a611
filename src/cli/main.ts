#!/usr/bin/env -S node --max-old-space-size=1024 --max-semi-space-size=4
// The heap cap makes V8 collect the main thread's garbage early: with the default cap (a quarter of the
// machine's memory) `extract --workers 2` peaked at ~500 MB RSS, with this one at ~370 MB. The young
// generation of 4 MB semi-spaces is the pool threads' own (batch/processor.ts): V8's default grew the main
// thread's to 2 × 16 MB, 24 MB more at peak for a thread that mostly writes rows (with 8 MB semi-spaces
// a 100 MB run peaked at 344 MB, with 4 at 307–311). A one-worker run's pipeline, in this thread, gets the
// pool threads' young generation too; on a busy machine it measured 0–8% slower. Pool threads get their
// own limits.
import { Command, CommanderError } from 'commander';
import { limitOptimizedFunctionSize } from '../batch/compiler-budget.js';
import { packageVersion } from './version.js';
import { register as registerExtract } from './commands/extract.js';
import { register as registerSchema } from './commands/schema.js';
import { register as registerEval } from './commands/eval.js';
import { register as registerReport } from './commands/report.js';
import { register as registerEnqueue } from './commands/enqueue.js';
import { register as registerWorker } from './commands/worker.js';
import { register as registerStatus } from './commands/status.js';
import { register as registerCollect } from './commands/collect.js';

/** Exit statuses: 0 all articles ok, 2 some inputs rejected, 1 fatal. */
export async function main(argv: string[]): Promise<number> {
  limitOptimizedFunctionSize();
  const program = new Command('quotewire')
    .description('Find who said what in news articles: quotes with speaker, cue and outlet; people, films and outlets.')
    .version(packageVersion(), '-V, --version')
    .exitOverride()
    // Commander's own errors (an unknown option, a missing argument) read like the CLI's others and
    // say where the options are; subcommands inherit both settings.
    .showHelpAfterError('(add --help to see the options)')
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      writeOut: (s) => process.stdout.write(s),
      outputError: (s, write) => write(s.replace(/^error: /, 'quotewire: ')),
    });
  const status = { code: 0 };
  registerExtract(program, status);
  registerSchema(program, status);
  registerEval(program, status);
  registerReport(program);
  registerEnqueue(program);
  registerWorker(program);
  registerStatus(program);
  registerCollect(program, status);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 1;
    }
    process.stderr.write(`quotewire: ${(error as Error).message}\n`);
    return 1;
  }
  return status.code;
}

main(process.argv).then((code) => {
  process.exitCode = code;
});
