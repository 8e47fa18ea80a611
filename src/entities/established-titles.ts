// The titles an article is taken to name, by key, and how each stage adds one.
import { type TitleEvidence } from './quoted-title-kind.js';
import { type FilmFact, key } from './film-gazetteer.js';

export type QuotedTitle = { start: number; end: number; evidence?: TitleEvidence | null };

/** A title the article is taken to name, by key: its gazetteer fact (if known) and the forms written. */
export interface EstablishedTitle {
  fact: FilmFact | null;
  surface: Set<string>;
  title: string;
}

export type Established = Map<string, EstablishedTitle>;

export function establisher(found: Established): (surface: string, fact: FilmFact | null) => void {
  return (surface, fact) => {
    const title = fact?.title ?? surface;
    const entry = found.get(key(title)) ?? { fact, surface: new Set<string>(), title };
    entry.surface.add(surface);
    found.set(key(title), entry);
  };
}
