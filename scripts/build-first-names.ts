// Builds data/first-names.json: the hand-curated given names of data/sources/first-names.curated.json plus
// the gendered given names of compromise's lexicon (MaleName / FemaleName; compromise leaves out names that
// are also ordinary words, such as "Will" or "Rose"). Curated entries win: a name curated under one gender
// is never added under the other. Capitalised, sorted, deterministic.
// compromise keeps its given names that are also ordinary words ("alma", "ruby", "gene") and its unisex ones
// ("casey") without a gender, as tagger switches (Person|Noun, Person|Verb, …) and FirstName entries, so they
// can only come in by hand: the script lists those in neither list, to be curated or left out on purpose
// (surnames such as "banks", words such as "summer" or "dawn", months, places, unisex names).
// Run: npx tsx scripts/build-first-names.ts
import { readFileSync, writeFileSync } from 'node:fs';
import nlp from 'compromise';
import { NOT_NAMES } from '../src/nlp/words.js';

const curated = JSON.parse(readFileSync(new URL('../data/sources/first-names.curated.json', import.meta.url), 'utf8')) as { male: string[]; female: string[]; both: string[] };
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const male = new Set(curated.male);
const female = new Set(curated.female);
const cap = (w: string) => w.replace(/(^|[-'])(\p{Ll})/gu, (_, p: string, c: string) => p + c.toUpperCase());
for (const [word, tags] of Object.entries(lexicon)) {
  const list = Array.isArray(tags) ? tags : [tags];
  const gender = list.includes('MaleName') ? male : list.includes('FemaleName') ? female : null;
  if (!gender || word.length < 2 || /[^\p{L}'-]/u.test(word) || NOT_NAMES.has(word)) continue;
  const name = cap(word);
  if (male.has(name) || female.has(name)) continue;
  gender.add(name);
}
const model = nlp.model() as unknown as { two: { switches: Record<string, string> } };
const ungendered = Object.entries(model.two.switches).filter(([, sw]) => sw.startsWith('Person|')).map(([w]) => w)
  .concat(Object.entries(lexicon).filter(([, tags]) => [tags].flat().includes('FirstName')).map(([w]) => w));
const uncurated = [...new Set(ungendered.map(cap))].filter((n) => !male.has(n) && !female.has(n)).sort();
const sorted = (s: Set<string>) => [...s].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const about = 'Given names by usual gender, used as weak name and gender evidence after pronouns and honorifics; "both": names widely used for both sexes (also on the list of their more usual gender, or on none). Built by scripts/build-first-names.ts from data/sources/first-names.curated.json (hand-curated) and the MaleName/FemaleName entries of the compromise lexicon (MIT).';
writeFileSync(new URL('../data/first-names.json', import.meta.url), JSON.stringify({ _about: about, male: sorted(male), female: sorted(female), both: sorted(new Set(curated.both)) }, null, 0).replace(/","/g, '",\n"').replace(/\[/g, '[\n').replace(/\]/g, '\n]').replace(/,"/g, ',\n"') + '\n');
console.log(`first names: ${male.size} male, ${female.size} female`);
console.log(`compromise's ungendered given names in neither list (curate by hand if wanted): ${uncurated.join(' ')}`);
