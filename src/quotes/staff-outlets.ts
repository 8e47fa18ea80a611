import { isOutletStaffJob, STAFF_PREPOSITIONS } from '../lexicon/outlets.js';
import { outletOpening } from './leaked-documents.js';

/** One of an outlet's staff named in the text: the outlet as written and the length of the words naming them. */
export interface StaffOutlet {
  outlet: string;
  length: number;
}

/** A staff job and the word joining it to its outlet: "reporter from ", "critic for ". */
const JOB_THEN_PREPOSITION = new RegExp(String.raw`^(\p{Ll}+)\s+(?:${STAFF_PREPOSITIONS.join('|')})\s+`, 'u');
/** The word right after an outlet's name: its staff job in "Variety reporter". */
const WORD_AFTER = /^\s+(\p{Ll}+)/u;
/** An article opening one of an outlet's staff: "a", "an", "one", "the" (any case: "A Variety reporter asked"). */
const ARTICLE = /\b(?:a|an|one|the)\s+/giu;

/**
 * One of an outlet's staff (data: outlets.json staffWords) opening `s`: "Variety reporter", "reporter from
 * Access Hollywood", "critic for the Ledger"; the outlet, known or recognisable by its shape, and the length
 * of the words through the job or the name. Null for anything else, a bare outlet too.
 */
export function staffOutletOpening(s: string): StaffOutlet | null {
  const job = JOB_THEN_PREPOSITION.exec(s);
  if (job && isOutletStaffJob(job[1]!)) {
    const rest = s.slice(job[0].length);
    const outlet = outletOpening(rest);
    return outlet ? { outlet, length: job[0].length + rest.indexOf(outlet) + outlet.length } : null;
  }
  const outlet = outletOpening(s);
  if (!outlet) return null;
  const end = s.indexOf(outlet) + outlet.length;
  const after = WORD_AFTER.exec(s.slice(end));
  return after && isOutletStaffJob(after[1]!) ? { outlet, length: end + after[0].length } : null;
}

/**
 * The outlet whose staff member, with an article, ends `s` (white space after it allowed): "… when a Variety
 * reporter ", "A reporter from Access Hollywood "; null otherwise.
 */
export function staffOutletEnding(s: string): string | null {
  const words = s.trimEnd();
  for (const m of words.matchAll(ARTICLE)) {
    const rest = words.slice(m.index! + m[0].length);
    const staff = staffOutletOpening(rest);
    if (staff && staff.length === rest.length) return staff.outlet;
  }
  return null;
}
