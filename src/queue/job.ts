import type { EntryRange } from '../ingest/index.js';
import type { OutputFormat } from '../export/writers.js';
import type { InputError } from '../types.js';

/** Part of a batch: a whole file, a range of a file's entries, or an input rejected while walking. */
export type BatchUnit =
  | { kind: 'file'; file: string; relative: string; range?: EntryRange }
  | { kind: 'error'; error: InputError };

export interface Batch {
  index: number;
  units: BatchUnit[];
}

/** What a job's user chose for the files and the walk, as for `extract`. */
export interface JobChoices {
  formats: OutputFormat[];
  include: string[];
  exclude: string[];
  formulaSafe: boolean;
  emitText: boolean;
  pullquotes: number;
  clean: boolean;
  batchSize: number;
}

/** A distributed job as `enqueue` records it in Redis; workers and `collect` read it back. */
export interface JobSettings extends JobChoices {
  name: string;
  version: string;
  /** The inputs as given, for the run record (so the collected files equal a local run's). */
  inputs: string[];
  /** Relative input paths are opened from here on every machine. */
  cwd: string;
  /** Where workers write the batches' partial results: a directory on a shared filesystem. */
  partialsDir: string;
  batches: number;
  /** Hash of the whole plan: re-enqueueing the same job is recognised, a different one refused. */
  fingerprint: string;
}

/** What a worker records in Redis for each finished batch (status sums these). */
export interface BatchStats {
  articles: number;
  quotes: number;
  bytes: number;
  errors: InputError[];
  /** Articles read from damaged input (a truncated WARC record); absent in statistics of workers before it was counted. */
  damaged?: InputError[];
  startedAt: number;
  finishedAt: number;
  worker: string;
}

const JOB_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** Job names become queue names and file names: letters, digits, '.', '_' and '-'. */
export function checkJobName(name: string): string {
  if (!JOB_NAME.test(name)) throw new Error(`--job: "${name}" is not a job name (letters, digits, '.', '_', '-'; up to 100)`);
  return name;
}

export const keys = {
  jobs: 'quotewire:jobs',
  settings: (job: string) => `quotewire:job:${job}`,
  stats: (job: string) => `quotewire:job:${job}:stats`,
  queue: (job: string) => `quotewire-${job}`,
};

/** BullMQ job id of a batch (custom ids may not contain ':' or be integers). */
export function batchJobId(job: string, index: number): string {
  return `${job}-b${index}`;
}
