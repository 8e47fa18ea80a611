import type { ArticleResult, FilmRow, OutletRow, PersonRow } from '../types.js';

/**
 * Merges per-article entities into corpus-wide rows (people.csv, films.csv, outlets.csv).
 * Placeholder until the entity stage lands: merges by exact name only.
 */
export class EntityMerger {
  private readonly peopleByName = new Map<string, PersonRow>();
  private readonly filmsByTitle = new Map<string, FilmRow>();
  private readonly outletsByName = new Map<string, OutletRow>();

  add(result: ArticleResult): void {
    for (const p of result.entities.people) {
      const row = this.peopleByName.get(p.name) ?? { name: p.name, aliases: [], gender: p.gender ?? 'unknown', roles: [], article_count: 0, mention_count: 0, quote_count: 0 };
      row.article_count++;
      row.mention_count += p.mentions.length;
      row.quote_count += result.quotes.filter((q) => q.speaker === p.name).length;
      this.peopleByName.set(p.name, row);
    }
    for (const f of result.entities.films) {
      const row = this.filmsByTitle.get(f.title) ?? { title: f.title, year: f.year ?? null, aliases: [], article_count: 0, mention_count: 0, people: [] };
      row.article_count++;
      row.mention_count += f.mentions.length;
      this.filmsByTitle.set(f.title, row);
    }
    for (const o of result.entities.outlets) {
      const row = this.outletsByName.get(o.name) ?? { name: o.name, article_count: 0, mention_count: 0, quote_count: 0 };
      row.article_count++;
      row.mention_count += o.mentions.length;
      this.outletsByName.set(o.name, row);
    }
  }

  people(): PersonRow[] { return sortBy([...this.peopleByName.values()], (r) => r.name); }
  films(): FilmRow[] { return sortBy([...this.filmsByTitle.values()], (r) => r.title); }
  outlets(): OutletRow[] { return sortBy([...this.outletsByName.values()], (r) => r.name); }
}

function sortBy<T>(rows: T[], key: (row: T) => string): T[] {
  return rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
