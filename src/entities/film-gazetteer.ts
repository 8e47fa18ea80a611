// The gazetteer of known films and shows (data/films.json), its lookups, and the key titles compare by.
import { filmFacts, type FilmFact } from '../lexicon/films.js';
import { endsCode } from '../text/openings.js';

export type { FilmFact };

interface Gazetteer {
  byName: Map<string, FilmFact>;
  /** Characters other than spaces in the longest name: a longer span can be no known title. */
  longestName: number;
  /** endsCode of every key. */
  ends: Set<number>;
}

let gazetteer: Gazetteer | undefined;

export function films(): Gazetteer {
  if (gazetteer) return gazetteer;
  const byName = new Map<string, FilmFact>();
  let longestName = 0;
  for (const f of filmFacts()) {
    for (const name of [f.title, ...f.aliases]) {
      byName.set(key(name), f);
      longestName = Math.max(longestName, name.replace(/\s/g, '').length);
    }
  }
  gazetteer = { byName, longestName, ends: new Set([...byName.keys()].map((k) => endsCode(k))) };
  return gazetteer;
}

/** Whether a known title opens and ends as text[from, to) does (see endsCode). */
export function mayBeKnownTitle(text: string, from: number, to: number): boolean {
  const code = endsCode(text, from, to);
  return code < 0 || films().ends.has(code);
}

/** A gazetteer title or alias written exactly so, in lower case (“mother!”). */
export function isStyledTitle(surface: string): boolean {
  const fact = films().byName.get(key(surface));
  return !!fact && /^\p{Ll}/u.test(surface) && [fact.title, ...fact.aliases].includes(surface);
}

/** The runs of first and of last words of a title, shorter than it: "american idol live" → american, american idol, idol live, live. */
export function headsAndTails(title: string): string[] {
  const words = title.split(' ');
  const out: string[] = [];
  for (let i = 1; i < words.length; i++) out.push(words.slice(0, i).join(' '), words.slice(i).join(' '));
  return out;
}

/** A gazetteer title or alias, in any case. */
export function isKnownTitle(surface: string): boolean {
  return films().byName.has(key(surface));
}

/** Titles compare case-insensitively with typographic dashes and quotes folded. */
export function key(name: string): string {
  // Printable ASCII words with single spaces between have nothing to fold but their case (most names).
  if (PLAIN_WORDS.test(name)) return name.toLowerCase();
  return name.toLowerCase().replace(/[–—]/g, '-').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

const PLAIN_WORDS = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;
