// Titles written "HEAD: SUBTITLE": the subtitled form, and the kind it takes from its head.
import type { FilmEntity } from '../types.js';
import { type FilmFact, films, key } from './film-gazetteer.js';
import { type Established } from './established-titles.js';

/**
 * "Maple Hollis: Night Shift": a title written as a named work, a colon and a capitalised subtitle is that
 * work's sequel or spin-off, a work of its own (not when the first part is a known title: the gazetteer
 * names its sequels).
 */
export function establishSubtitledTitles(text: string, found: Established, establish: (surface: string, fact: FilmFact | null) => void): void {
  // One pass over the text's "…: Subtitle" spots and a lookup of the titles ending at each colon, by their last
  // word: a pattern per title, each scanning the whole text, made a page of quoted titles quadratic.
  const byLastWord = new Map<string, string[]>();
  for (const entry of found.values()) {
    if (entry.fact) continue;
    for (const surface of entry.surface) {
      const last = LAST_WORD.exec(surface)?.[0];
      if (last) byLastWord.set(last, [...(byLastWord.get(last) ?? []), surface]);
    }
  }
  if (byLastWord.size === 0) return;
  for (const m of text.matchAll(SUBTITLE_AFTER_COLON)) {
    const before = text.slice(Math.max(0, m.index - LONGEST_TITLE), m.index);
    for (const surface of byLastWord.get(LAST_WORD.exec(before)?.[0] ?? '') ?? []) {
      const start = m.index - surface.length;
      if (!before.endsWith(surface) || (start > 0 && /[\p{L}'’-]/u.test(text[start - 1]!))) continue;
      const whole = text.slice(start, m.index + m[0].length);
      if (!found.has(key(whole))) establish(whole, null);
    }
  }
}

const LAST_WORD = /\S+$/u;
const LONGEST_TITLE = 300;
const SUBTITLE_AFTER_COLON = /:[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:of|the|in|on|at|and|a)[ \t]+)?\p{Lu}[\p{L}'’-]*){0,4}(?![\p{L}'’-])/gu;

/** A subtitled title with no kind of its own ("Maple Hollis: Night Shift") is of its first part's kind. */
export function withSubtitledKinds(result: FilmEntity[]): FilmEntity[] {
  // (The head looked up by title, not by comparing every pair: a page of titles has thousands.)
  const firstWithTitle = new Map<string, number>();
  result.forEach((f, i) => { if (!firstWithTitle.has(f.title)) firstWithTitle.set(f.title, i); });
  return result.map((f) => {
    const at = subtitleHeads(f.title).map((t) => firstWithTitle.get(t) ?? Infinity).filter((i) => result[i] !== f);
    const head = at.length ? result[Math.min(...at)] : undefined;
    return head && head.kind !== f.kind && !films().byName.get(key(f.title)) ? { ...f, kind: head.kind } : f;
  });
}

/** Every "HEAD" of a title written "HEAD: SUBTITLE". */
function subtitleHeads(title: string): string[] {
  const heads: string[] = [];
  for (let at = title.indexOf(': '); at > 0; at = title.indexOf(': ', at + 1)) heads.push(title.slice(0, at));
  return heads;
}
