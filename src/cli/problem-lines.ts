import type { InputError } from '../types.js';
import { placeWords } from '../ingest/place.js';
import { damagedCount, DAMAGED_NOTE, rejectedCount } from '../batch/problem-names.js';
import { printable } from './style.js';
import { repeatedIdMessage, type RepeatedIds } from '../batch/article-ids.js';
import { plural } from '../plural.js';

/**
 * Rejected inputs and damaged articles listed by name; the rest are counted. A binary file named .jsonl is
 * rejected line by line, and a thousand lines of it would bury the summary's first line.
 */
export const SHOWN_PROBLEMS = 50;

export interface ProblemListing {
  /** Where the whole list can be read ("the output's articles list"), said after "… and N more". */
  fullListIn?: string;
  /** Say "0 inputs rejected" rather than nothing (status, a progress report, always says it). */
  countNone?: boolean;
  /** Dress a header line (extract: "quotewire: " and yellow) and a rejected input's place (red). */
  header?: (line: string) => string;
  rejectedPlace?: (place: string) => string;
  /** Articles read by a guess (an encoding), listed last: exported, no problem for the exit status. */
  notes?: InputError[];
}

/**
 * The lines naming a run's rejected inputs, then its articles read from damaged input, as every
 * command prints them: a count header, up to SHOWN_PROBLEMS "  place: reason" lines, "  … and N more".
 */
export function problemLines(errors: InputError[], damaged: InputError[], listing: ProblemListing = {}): string[] {
  const header = listing.header ?? ((line: string) => line);
  const lines: string[] = [];
  if (errors.length || listing.countNone) {
    lines.push(header(rejectedCount(errors.length) + (errors.length ? ':' : '')));
    lines.push(...named(errors, listing.rejectedPlace ?? ((place) => place), listing.fullListIn));
  }
  if (damaged.length) {
    lines.push(header(`${damagedCount(damaged.length)} (${DAMAGED_NOTE}):`));
    lines.push(...named(damaged, (place) => place, listing.fullListIn));
  }
  const notes = listing.notes ?? [];
  if (notes.length) {
    lines.push(header(`${plural(notes.length, 'article')} read with a guessed encoding (exported, noted in the error column):`));
    lines.push(...named(notes, (place) => place, listing.fullListIn));
  }
  return lines;
}

/**
 * The lines naming a run's repeated article ids, as every way of running extract closes with them: a
 * count header (dressed by `header`), the ids kept to show, "  … and N more". None when no id repeats.
 */
export function repeatedIdLines(repeated: RepeatedIds | undefined, header: (line: string) => string = (line) => line): string[] {
  if (!repeated?.count) return [];
  const lines = [header(`quotewire: ${plural(repeated.count, 'article id')} repeated (all articles are exported):`)];
  for (const r of repeated.shown) lines.push(`  ${repeatedIdMessage(r)}`);
  if (repeated.count > repeated.shown.length) lines.push(`  … and ${repeated.count - repeated.shown.length} more`);
  return lines;
}

function named(problems: InputError[], dressPlace: (place: string) => string, fullListIn?: string): string[] {
  const lines = problems.slice(0, SHOWN_PROBLEMS).map((p) => `  ${dressPlace(printable(placeWords(p)))}: ${printable(p.reason)}`);
  const more = problems.length - SHOWN_PROBLEMS;
  if (more > 0) lines.push(`  … and ${more} more` + (fullListIn ? ` (all are in ${fullListIn})` : ''));
  return lines;
}
