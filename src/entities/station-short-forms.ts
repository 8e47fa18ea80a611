import type { OutletEntity } from '../types.js';
import { lookupOutlet } from '../lexicon/outlets.js';
import { numberedStation } from '../lexicon/numbered-stations.js';

/**
 * A local station named later by brand and number alone ("News 12" after "News 12 New Jersey", "NBC 5" after
 * "NBC 5 Chicago") is the station named in full: its mentions join the full name's entry. Not when two full
 * names open so, nor for a brand and number known as an outlet of its own.
 */
export function foldStationNumberForms(byName: Map<string, OutletEntity>): void {
  const full = new Map<string, OutletEntity | null>();
  for (const o of byName.values()) {
    const words = o.name.split(/\s+/);
    if (words.length < 3 || !/^\d{1,2}$/.test(words[1]!) || !numberedStation(o.name)) continue;
    const short = words.slice(0, 2).join(' ');
    full.set(short, full.has(short) ? null : o);
  }
  for (const [k, o] of byName) {
    const target = full.get(o.name);
    if (!target || target === o || lookupOutlet(o.name)) continue;
    for (const m of o.mentions) if (!target.mentions.some((x) => x.start === m.start)) target.mentions.push(m);
    byName.delete(k);
  }
}
