import { setFlagsFromString } from 'node:v8';

/**
 * Functions with more bytecode than this are left to V8's baseline compiler. The pipeline once had a
 * few long functions (indirect speech, people, films) that met a new object shape now and then while
 * warming up; each time the optimizing compiler threw their code away and compiled them again, 6 to 12
 * times at 100–500 ms each: over polnear_train, more compiler time than the pipeline's own work. They
 * are now split into functions under this size, which are optimized as before; the budget stays as a
 * guard, so a function that grows past it costs its own speed instead of a compile storm on every
 * worker. `node --print-bytecode --print-bytecode-filter=NAME` prints a function's size ("Bytecode
 * length"). Set by the CLI and the bench, not by the library: tests and library users get V8's default.
 */
const MAX_OPTIMIZED_BYTECODE = 4500;

/** Process-wide (every worker thread shares V8's flags): call once, before the pipeline runs. */
export function limitOptimizedFunctionSize(): void {
  setFlagsFromString(`--max-optimized-bytecode-size=${MAX_OPTIMIZED_BYTECODE}`);
  // The optimizing compiler also inlines the small rule functions into their callers, so a rule branch
  // first met mid-run threw away the caller's code too. Without inlining, over polnear_train, deopts
  // fell from 334 to 191 and compile time by half; a run took 10–25% less CPU with one worker and with
  // two, and the warm pass was no slower.
  setFlagsFromString('--no-turbo-inlining');
  // Most of the deopts left were "insufficient type feedback": a function optimized after a few articles
  // meets a branch none of them took, is thrown away and compiled again (registerNames, analyzeArticle,
  // findRuns 3 times each over polnear_dev). Twice V8's interrupt budget lets a function run longer
  // before it is optimized, so its feedback covers more of the rules. Over polnear_dev with one worker,
  // the compiler threads' CPU fell from 2.2–2.7 to 1.6–2.0 s and the run's CPU from 9.2 to 7.9 s (median
  // of 3); with two workers 13.1 to 12.3 s. Four times the budget kept the code unoptimized too long.
  setFlagsFromString(`--interrupt-budget=${2 * V8_INTERRUPT_BUDGET}`);
}

/** V8's default interrupt budget (node --v8-options), the bytecode run between tiering checks. */
const V8_INTERRUPT_BUDGET = 67584;
