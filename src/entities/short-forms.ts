// Short forms of a title the article names in full, merged into it as aliases ("Idol" after "American Idol").
import type { FilmEntity } from '../types.js';
import { genderOfFirstName } from '../nlp/names.js';
import { key } from './film-gazetteer.js';
import { type Established } from './established-titles.js';

/**
 * A short form of a title the article names in full is an alias of it: "Idol" after "American Idol";
 * “Breakfast” after “Breakfast Table with Ann and Joe”, even when the short form is a title of its own, because the
 * long title came first (not after a subtitle's colon: "Alien" beside "Alien: Covenant" is the first film).
 * Titles by each run of their first and last words ("american idol" under "idol" as a tail), so a
 * short form finds its full titles without comparing every pair (an article listing thousands of titles).
 */
export function mergeShortForms(result: FilmEntity[], found: Established): FilmEntity[] {
  const keys = new Map(result.map((f) => [f, key(f.title)]));
  const heads = new Map<string, FilmEntity[]>();
  const tails = new Map<string, FilmEntity[]>();
  for (const f of result) {
    const words = keys.get(f)!.split(' ');
    for (let i = 1; i < words.length; i++) {
      const head = words.slice(0, i).join(' ');
      const tail = words.slice(i).join(' ');
      if (!heads.has(head)) heads.set(head, []);
      if (!tails.has(tail)) tails.set(tail, []);
      heads.get(head)!.push(f);
      tails.get(tail)!.push(f);
    }
  }
  const order = new Map(result.map((f, i) => [f, i]));
  const merged = new Set<FilmEntity>();
  for (const short of [...result]) {
    const shortKey = keys.get(short)!;
    const known = !!found.get(shortKey)?.fact;
    // Not after a host's name: "Today" is its own show beside "Megyn Kelly Today".
    const tail = (f: FilmEntity) => !known && genderOfFirstName(f.title.split(/\s+/)[0]!) === 'unknown';
    const head = (f: FilmEntity) => !f.title.includes(':') && f.title.split(/\s+/).length >= 3 && f.mentions[0]!.start <= short.mentions[0]!.start;
    const candidates = [...(tails.get(shortKey) ?? []).filter(tail), ...(heads.get(shortKey) ?? []).filter(head)]
      .filter((f) => f !== short && f.title.length > short.title.length && !merged.has(f));
    const full = candidates.sort((a, b) => order.get(a)! - order.get(b)!)[0];
    if (!full) continue;
    full.mentions = [...full.mentions, ...short.mentions.filter((m) => !full.mentions.some((n) => n.start <= m.start && n.end >= m.end))].sort((a, b) => a.start - b.start);
    if (!full.aliases.includes(short.title)) full.aliases = [...full.aliases, short.title];
    result.splice(result.indexOf(short), 1);
    merged.add(short);
  }
  return result;
}
