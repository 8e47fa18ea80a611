import type { ArticleResult, FilmRow, Gender, OutletRow, PersonRow } from '../types.js';
import { key as filmKey } from './films.js';
import { lookupOutlet } from '../lexicon/outlets.js';

interface PersonAcc {
  row: PersonRow;
  names: Set<string>;
  votes: Record<Gender, number>;
}

/**
 * Merges per-article entities into corpus-wide rows (people.csv, films.csv, outlets.csv): the same
 * person, film or outlet is one row whatever form each article used, with aliases and counts.
 * Rows come out sorted by name, so the files do not depend on the order articles finished in.
 */
export class EntityMerger {
  private readonly people = new Map<string, PersonAcc>();
  private readonly films = new Map<string, { row: FilmRow; names: Set<string>; people: Set<string> }>();
  private readonly outlets = new Map<string, { row: OutletRow; names: Set<string> }>();

  add(result: ArticleResult): void {
    for (const p of result.entities.people) {
      const k = personKey(p.name);
      const acc = this.people.get(k) ?? { row: { name: p.name, aliases: [], gender: 'unknown', roles: [], article_count: 0, mention_count: 0, quote_count: 0 }, names: new Set<string>(), votes: { male: 0, female: 0, unknown: 0 } };
      if (p.name.length > acc.row.name.length) acc.row.name = p.name;
      for (const a of [p.name, ...p.aliases]) acc.names.add(a);
      for (const r of p.roles ?? []) if (!acc.row.roles.includes(r)) acc.row.roles.push(r);
      acc.votes[p.gender ?? 'unknown']++;
      acc.row.article_count++;
      acc.row.mention_count += p.mentions.length;
      const names = new Set([p.name, ...p.aliases]);
      acc.row.quote_count += result.quotes.filter((q) => q.speaker !== null && names.has(q.speaker)).length;
      this.people.set(k, acc);
    }
    for (const f of result.entities.films) {
      const k = filmKey(f.title);
      const acc = this.films.get(k) ?? { row: { title: f.title, year: f.year ?? null, aliases: [], article_count: 0, mention_count: 0, people: [] }, names: new Set<string>(), people: new Set<string>() };
      acc.row.year ??= f.year ?? null;
      for (const a of f.aliases) acc.names.add(a);
      for (const p of f.people ?? []) acc.people.add(`${p.name} (${p.relation})`);
      acc.row.article_count++;
      acc.row.mention_count += f.mentions.length;
      this.films.set(k, acc);
    }
    for (const o of result.entities.outlets) {
      // An unlisted outlet keeps its name as written ("The Herald", as the quotes name it); "Herald" and
      // "The Herald" are one row, named by the fuller form whichever article came first.
      const canonical = lookupOutlet(o.name) ?? o.name;
      const k = outletKey(canonical);
      const acc = this.outlets.get(k) ?? { row: { name: canonical, article_count: 0, mention_count: 0, quote_count: 0 }, names: new Set<string>() };
      if (canonical.length > acc.row.name.length || (canonical.length === acc.row.name.length && canonical < acc.row.name)) acc.row.name = canonical;
      acc.names.add(o.name);
      acc.row.article_count++;
      acc.row.mention_count += o.mentions.length;
      acc.row.quote_count += result.quotes.filter((q) => (q.outlet && outletKey(lookupOutlet(q.outlet) ?? q.outlet) === k) || (q.speaker_kind === 'outlet' && q.speaker && outletKey(lookupOutlet(q.speaker) ?? q.speaker) === k)).length;
      this.outlets.set(k, acc);
    }
  }

  peopleRows(): PersonRow[] {
    // An article that names someone by surname only ("Sarr") means the one person of the corpus with that
    // full surname ("Amadou Sarr"), when exactly one has it: the rows are joined.
    const accs = [...this.people.values()];
    const merged = new Set<PersonAcc>();
    // Full names by their last word: one lookup per surname-only row, not a scan of every row (a
    // corpus of millions of articles names hundreds of thousands of people).
    const bySurname = new Map<string, PersonAcc[]>();
    for (const a of accs) {
      if (!/\s/.test(a.row.name)) continue;
      const key = personKey(a.row.name);
      const last = key.slice(key.lastIndexOf(' ') + 1);
      const same = bySurname.get(last);
      if (same) same.push(a);
      else bySurname.set(last, [a]);
    }
    for (const single of accs) {
      if (/\s/.test(single.row.name)) continue;
      const hosts = bySurname.get(personKey(single.row.name)) ?? [];
      if (hosts.length !== 1) continue;
      const host = hosts[0]!;
      for (const n of single.names) host.names.add(n);
      for (const r of single.row.roles) if (!host.row.roles.includes(r)) host.row.roles.push(r);
      for (const g of ['male', 'female', 'unknown'] as const) host.votes[g] += single.votes[g];
      host.row.article_count += single.row.article_count;
      host.row.mention_count += single.row.mention_count;
      host.row.quote_count += single.row.quote_count;
      merged.add(single);
    }
    return sorted(accs.filter((a) => !merged.has(a)).map(({ row, names, votes }) => ({
      ...row,
      aliases: [...names].filter((n) => n !== row.name).sort(),
      gender: votes.male > votes.female ? 'male' : votes.female > votes.male ? 'female' : 'unknown',
    })), (r) => r.name);
  }

  filmRows(): FilmRow[] {
    return sorted([...this.films.values()].map(({ row, names, people }) => ({
      ...row,
      aliases: [...names].filter((n) => n !== row.title).sort(),
      people: [...people].sort(),
    })), (r) => r.title);
  }

  outletRows(): OutletRow[] {
    return sorted([...this.outlets.values()].map(({ row }) => row), (r) => r.name);
  }
}

/** Outlets merge by name without a leading "the", case folded: "The Herald" and "Herald" are one paper. */
function outletKey(name: string): string {
  return name.replace(/^the\s+/i, '').toLowerCase();
}

/** People merge across articles by their full name, case and spacing folded. */
function personKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

function sorted<T>(rows: T[], by: (row: T) => string): T[] {
  return rows.sort((a, b) => (by(a) < by(b) ? -1 : by(a) > by(b) ? 1 : 0));
}
