// Builds eval/own_dev.jsonl: the articles of corpus/ (all written for this project) with hand-made
// entity gold in the format of ../shared/eval/ent_dev.jsonl. The annotations live here; the texts are
// read from corpus/ through the ingest stage, so they are exactly what the extractor sees.
// Run: npm run build && npx tsx scripts/build-own-gold.ts
import { writeFileSync } from 'node:fs';
import { readCorpus } from '../src/ingest/index.js';

type Gold = { people: [string, string[]][]; films?: [string, string[]][]; outlets?: string[]; characters?: string[]; topic: string };

const GOLD: Record<string, Gold> = {
  'archive/crawl.warc.gz@601': { topic: 'film', people: [['Anika Sorensen', ['Sorensen']], ['Benedict Amos', ['Amos']]], films: [['Night Ferry', []], ['The Quiet Coast', []]], characters: ['Elias Crane'] },
  'archive/crawl.warc.gz@2022': { topic: 'sport', people: [['Tom Alvarez', []], ['Ruth Kimani', ['Kimani']]], outlets: ["Runner's World"] },
  'entertainment/festival-interview.md': { topic: 'film', people: [['Priya Raman', []], ['Ruth Okafor', ['Okafor']], ['Leon Marsh', ['Marsh']]], films: [['Salt and Iron', []]], outlets: ['IndieWire', 'Screen Daily'] },
  'entertainment/harbor-lights-sequel.txt': { topic: 'film', people: [['Marisol Vega', ['Vega', 'Marisol']], ['Tomas Brandt', ['Brandt']], ['Oliver Haines', ['Haines']], ['Dana Whitfield', []]], films: [['Harbor Lights 2', []], ['The Glass Orchard', []], ['Harbor Lights', []]], outlets: ['Variety', 'Deadline', 'The Hollywood Reporter'], characters: ['Captain Rusk'] },
  'news/city-council-budget.html': { topic: 'politics', people: [['Alicia Reyes', ['Reyes']], ['Martin Dube', ['Dube']], ['Gloria Pineda', []]], outlets: ['The Millbrook Courier'] },
  'news/harvest-festival-cp1252.txt': { topic: 'local', people: [['Fiona McRae', ['McRae']]], outlets: ['Redbridge Gazette'] },
  'obituary-hal-berger': { topic: 'obituary', people: [['Hal Berger', ['Berger']], ['Ellen Berger', []], ['Walt Simms', ['Simms']]], outlets: ['Radio Weekly', 'WKRB'] },
  'science-desk-comet': { topic: 'science', people: [['Grace Whitaker', ['Whitaker']], ['Howard Lin', ['Lin', 'Dr. Howard Lin']]], outlets: ['Science Desk'] },
  'science-desk-bees': { topic: 'science', people: [['Nadia Kaplan', ['Kaplan']]] },
  'news/transit-strike.txt.gz': { topic: 'labour', people: [['Carla Jiménez', ['Jiménez']], ['Peter Vos', ['Vos']]], outlets: ['Lakeview Ledger'] },
  'wire-2024-0412-senate': { topic: 'politics', people: [['Margaret Doyle', ['Doyle']], ['Craig Whitman', []]] },
  'wire-2024-0412-derby': { topic: 'sport', people: [['Luca Ferrante', ['Ferrante']], ['Ian Calloway', ['Calloway']], ['Sofia Brandt', ['Brandt']], ['Amara Osei', []]], outlets: ['BBC'] },
  'wire-2024-0413-merger': { topic: 'business', people: [['Daniel Park', ['Park']], ['Renee Holt', []]] },
};

const lines: string[] = [];
for await (const item of readCorpus(['corpus'])) {
  if (item.kind !== 'article') continue;
  const gold = GOLD[item.article.id];
  if (!gold) throw new Error(`no gold for ${item.article.id}`);
  lines.push(JSON.stringify({
    id: item.article.id, source: 'quotewire corpus', topic: gold.topic, text: item.article.text, quotes: [],
    people: gold.people.map(([name, aliases]) => ({ name, aliases })),
    films: (gold.films ?? []).map(([title, aliases]) => ({ title, aliases, kind: 'film' })),
    outlets: gold.outlets ?? [], characters: gold.characters ?? [],
  }));
}
writeFileSync(new URL('../eval/own_dev.jsonl', import.meta.url), lines.join('\n') + '\n');
console.log(`${lines.length} articles`);
