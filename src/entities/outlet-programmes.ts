import type { FilmEntity, OutletEntity } from '../types.js';
import { isRadioProgramme } from '../lexicon/outlets.js';

/**
 * A radio programme named where it is an outlet (NPR's “Morning Edition” after "an interview with") is no film:
 * it is dropped from the films. (A TV talk show the words went out on is listed as a work too: “Jimmy Kimmel Live”.)
 */
export function withoutOutletProgrammes(films: FilmEntity[], outlets: OutletEntity[]): FilmEntity[] {
  const outletSpans = new Set(outlets.flatMap((o) => o.mentions.map((m) => `${m.start}:${m.end}`)));
  return films.filter((f) => !isRadioProgramme(f.title) || !f.mentions.every((m) => outletSpans.has(`${m.start}:${m.end}`)));
}
