import type { FilmEntity, OutletEntity } from '../types.js';
import { lookupOutlet } from '../lexicon/outlets.js';

/**
 * A programme the outlets data knows ("Morning Edition"), named only where it is an outlet (NPR's “Morning Edition”
 * after "an interview with"), is a news programme, not a film: a film of that title is dropped. (A title read as a
 * TV series is left: talk shows are listed both ways.)
 */
export function withoutOutletProgrammes(films: FilmEntity[], outlets: OutletEntity[]): FilmEntity[] {
  const outletSpans = new Set(outlets.flatMap((o) => o.mentions.map((m) => `${m.start}:${m.end}`)));
  return films.filter((f) => f.kind !== 'film' || !lookupOutlet(f.title) || !f.mentions.every((m) => outletSpans.has(`${m.start}:${m.end}`)));
}
