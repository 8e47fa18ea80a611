// Builds data/films.json from the hand-kept facts in data/sources/films.tsv
// (title, year, kind film|tv, aliases separated by |, and "word" when a one-word title is also an ordinary
// word or a given name; lines starting with # are comments).
// Run: npx tsx scripts/build-films.ts
import { readFileSync, writeFileSync } from 'node:fs';

const source = readFileSync(new URL('../data/sources/films.tsv', import.meta.url), 'utf8');
const films: { title: string; year: number | null; kind: 'film' | 'tv'; aliases: string[]; ordinary?: true }[] = [];
const seen = new Set<string>();
for (const [n, line] of source.split('\n').entries()) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [title, year, kind, aliases = '', ordinary = ''] = line.split('\t');
  if (!title || !/^\d{4}$/.test(year ?? '') || (kind !== 'film' && kind !== 'tv')) throw new Error(`films.tsv line ${n + 1}: expected title, year, kind`);
  if (seen.has(title)) throw new Error(`films.tsv line ${n + 1}: duplicate title ${title}`);
  seen.add(title);
  if (ordinary && ordinary !== 'word') throw new Error(`films.tsv line ${n + 1}: the fifth column is "word" or empty`);
  films.push({ title, year: Number(year), kind, aliases: aliases.split('|').map((a) => a.trim()).filter(Boolean), ...(ordinary ? { ordinary: true as const } : {}) });
}
writeFileSync(new URL('../data/films.json', import.meta.url), JSON.stringify({ _about: 'Built by scripts/build-films.ts from data/sources/films.tsv', films }, null, 0) + '\n');
console.log(`${films.length} titles`);
