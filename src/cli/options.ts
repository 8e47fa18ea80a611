import { access, constants } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { ensureDir } from '../export/ensure-dir.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../export/writers.js';
import type { InputError } from '../types.js';
import type { RepeatedIds } from '../batch/article-ids.js';
import { knownFsReason } from '../ingest/fs-reason.js';
import { red, yellow } from './style.js';
import { problemLines, repeatedIdLines } from './problem-lines.js';
import { plural } from '../plural.js';

/** Flag values shared by the commands, checked with messages fit for the user. */
export const repeatable = (value: string, previous: string[]) => [...previous, value];

export function parseFormats(list: string): OutputFormat[] {
  const formats = list.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  for (const f of formats) {
    if (!OUTPUT_FORMATS.includes(f as OutputFormat)) throw new Error(`--format: unknown format "${f}" (csv, json, jsonl)`);
  }
  if (!formats.length) throw new Error('--format: name at least one of csv, json, jsonl');
  return formats as OutputFormat[];
}

export function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} takes a whole number ≥ 1, not "${value}"`);
  return n;
}

export function nonNegativeInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} takes a whole number ≥ 0, not "${value}"`);
  return n;
}

/**
 * One worker thread per core but one: the main thread reads the input and writes the outputs beside
 * them. On two cores that is one worker, which runs in the main thread; two worker threads there ran
 * slower than one (bench: e/d 0.8 to 0.9), the three threads taking turns on two cores.
 */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

export async function ensureWritable(dir: string): Promise<void> {
  try {
    await ensureDir(dir);
    await access(dir, constants.W_OK);
  } catch (error) {
    // In words, without Node's repeat of the path ("ENOENT: no such file or directory, mkdir '/proc/x'").
    throw new Error(`cannot write to output directory ${dir}: ${knownFsReason(error) ?? (error as Error).message}`);
  }
}

/** The closing lines of a run on stderr: what was written, then its rejected inputs and damaged articles by name. */
export function reportRun(summary: { articles: number; quotes: number; errors: InputError[]; damaged?: InputError[]; notes?: InputError[]; repeatedIds?: RepeatedIds }, seconds: number, outDir: string, extra = ''): void {
  const folder = outDir.endsWith('/') ? outDir : `${outDir}/`; // "--out results/" reads "→ results/", not "results//"
  process.stderr.write(`quotewire: ${plural(summary.articles, 'article')}, ${plural(summary.quotes, 'quote')} in ${seconds.toFixed(1)} s${extra} → ${folder}\n`);
  for (const line of repeatedIdLines(summary.repeatedIds, yellow)) process.stderr.write(`${line}\n`);
  const lines = problemLines(summary.errors, summary.damaged ?? [], {
    fullListIn: "the output's articles list",
    header: (line) => yellow(`quotewire: ${line}`),
    rejectedPlace: red,
    notes: summary.notes,
  });
  for (const line of lines) process.stderr.write(`${line}\n`);
}

