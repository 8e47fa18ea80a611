import { setFlagsFromString } from 'node:v8';

/**
 * Functions with more bytecode than this are left to V8's baseline compiler. The pipeline's few
 * long functions (indirect speech, people, films) met a new object shape now and then while warming
 * up, and each time the optimizing compiler threw their code away and compiled them again, 6 to 12
 * times at 100–500 ms each: over polnear_train, more compiler time than the pipeline's own work.
 * The small functions they call still get optimized, and that is where their time goes. One pass
 * took 9.9–13.7 s of CPU instead of 17–21 s, two workers 14–17 s instead of 23–26, with 30 MB less
 * peak memory, and a warm pass runs as fast as before.
 */
const MAX_OPTIMIZED_BYTECODE = 4500;

/** Process-wide (every worker thread shares V8's flags): call once, before the pipeline runs. */
export function limitOptimizedFunctionSize(): void {
  setFlagsFromString(`--max-optimized-bytecode-size=${MAX_OPTIMIZED_BYTECODE}`);
}
