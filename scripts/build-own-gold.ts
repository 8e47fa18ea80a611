// Builds eval/own_dev.jsonl: the articles of corpus/ and of eval/own-articles/ (all written for this
// project) with hand-made entity gold in the format of ../shared/eval/ent_dev.jsonl. The annotations live
// here; the texts are read through the ingest stage, so they are exactly what the extractor sees.
// eval/own-articles/ holds news outside entertainment written and annotated before the extractor was run
// on them (an independent check of the entity rules).
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
  // eval/own-articles/
  'politics-coalition-vote.txt': { topic: 'politics', people: [['Helena Marchetti', ['Marchetti', 'Prime Minister Helena Marchetti']], ['Gareth Pryce-Owen', ['Pryce-Owen']], ['Yusuf al-Rashidi', ['al-Rashidi', 'Al-Rashidi']], ['Ingrid Solheim', ['Solheim']]], outlets: ['Daily Telegraph', 'Politico'] },
  'sport-tour-stage.txt': { topic: 'sport', people: [['Jan van der Berg', ['van der Berg', 'Van der Berg']], ['Tadej Kovač', ['Kovač']], ['Luis Echeverría', ['Echeverría']], ['Tom Ashworth', ['Ashworth']]], outlets: ['NOS', "L'Équipe"] },
  'business-chipmaker-results.txt': { topic: 'business', people: [['Priyanka Deshmukh', ['Deshmukh', 'Ms Deshmukh']], ['Marcus Lindqvist', ['Lindqvist']], ['Fiona Gallagher', ['Gallagher']]], outlets: ['Bloomberg', 'Financial Times'] },
  'science-glacier-study.txt': { topic: 'science', people: [['Anneliese Huber', ['Huber', 'Dr Huber', 'Dr Anneliese Huber']], ['Matteo Rinaldi', ['Rinaldi']], ['Sophie Lambert', ['Lambert']], ['Kenji Watanabe', ['Watanabe', 'Professor Kenji Watanabe']]], outlets: ['New Scientist'] },
  'health-hospital-waits.txt': { topic: 'health', people: [['Rebecca Osei', ['Osei', 'Ms Osei']], ['Samuel Achebe', ['Achebe', 'Dr Achebe', 'Dr Samuel Achebe']], ['Claire Dunmore', ['Dunmore']], ['Margaret Fenwick', ['Fenwick']]], outlets: ['BBC', 'Guardian'] },
  'tech-antitrust-ruling.txt': { topic: 'technology', people: [['Eleanor Whitcombe', ['Whitcombe', 'Judge Eleanor Whitcombe']], ['Daniel Okoye', ['Okoye']], ['Victoria Hale', ['Hale']], ['Rahul Mehta', ['Mehta']]], outlets: ['Wall Street Journal', 'CNBC', 'Reuters'] },
  // eval/own-articles/heldout-*: written and annotated after the rules above were settled, scored once as a held-out check.
  'heldout-football-derby.txt': { topic: 'sport', people: [['Mateus Carvalho', ['Carvalho']], ['Kwame Boateng', ['Boateng']], ['Siobhan Keane', ['Keane']], ['Henrik Dahl', ['Dahl']], ['Lewis Okafor-Grant', ['Okafor-Grant']], ['Paul Tierney', ['Tierney']]], outlets: ['Sky Sports'] },
  'heldout-central-bank.txt': { topic: 'economics', people: [['Margarethe Vollmer', ['Vollmer', 'Governor Margarethe Vollmer']], ['Olusegun Adeyemi', ['Adeyemi']], ['Catarina Lopes', ['Lopes']], ['Tomasz Zielinski', ['Zielinski']], ['Rupert Hale', ['Hale']]], outlets: ['Reuters', 'Wall Street Journal'] },
  'heldout-mars-sample.txt': { topic: 'science', people: [['Ayesha Rahman', ['Rahman', 'Dr Ayesha Rahman']], ['Javier Montoya', ['Montoya', 'Professor Javier Montoya']], ['Nicola Fox', ['Fox']]], outlets: ['Science News'] },
  'heldout-mayor-race.txt': { topic: 'politics', people: [['Rosa Delgado-Muñoz', ['Delgado-Muñoz']], ["Desmond O'Connell", ["O'Connell", "Mayor Desmond O'Connell"]], ['Grant Whitfield', ['Whitfield']], ['Li Wei', ['Li']]], outlets: ['Adelaide Advertiser', 'Sunday Mail'] },
  'heldout-startup-funding.txt': { topic: 'business', people: [['Amara Nwosu', ['Nwosu']], ['Felix Brandauer', ['Brandauer']], ['Meredith Sloane', ['Sloane']]], outlets: ['TechCrunch', 'Financial Times'] },
  // eval/own-articles/heldout2-*: written and annotated after the fixes prompted by the first held-out set; scored once.
  'heldout2-tennis-final.txt': { topic: 'sport', people: [['Daria Sabalenko', ['Sabalenko']], ['Élodie Moreau', ['Moreau']], ['Viktor Haas', ['Haas']], ['Ana Ivanovic', []], ['Craig Tiley', []]], outlets: ['ESPN'] },
  'heldout2-school-funding.txt': { topic: 'education', people: [['Bridget Ndlovu', ['Ndlovu']], ['Jonathan Pike', ['Pike', 'Mr Pike']], ['Aoife Brennan', ['Brennan']], ['Raj Patel', ['Patel']]], outlets: ['Times Educational Supplement', 'BBC Radio 4'] },
  'heldout2-fraud-trial.txt': { topic: 'crime', people: [['Gerald Ashcombe', ['Ashcombe']], ['Miriam Okonkwo', ['Okonkwo', 'Judge Miriam Okonkwo']], ['Philip Grantham', ['Grantham', 'Philip Grantham KC']], ['Patricia Doyle', ['Doyle', 'Mrs Doyle']], ['Nick Ephgrave', ['Ephgrave']]], outlets: ['Evening Standard'] },
  'heldout2-phone-launch.txt': { topic: 'technology', people: [['Park Ji-hoon', ['Park']], ['Sandra Olsen', ['Olsen']], ['Ben Wood', ['Wood']]], outlets: ['The Verge'] },
  // eval/own-articles/heldout3-*: written and annotated with the final rules in place; scored once, no changes after.
  'heldout3-flood-response.txt': { topic: 'environment', people: [['Maureen Collingwood', ['Collingwood']], ['Thomas Ridley', ['Ridley']], ['Nadia Rahimi', ['Rahimi', 'Ms Rahimi']], ['Philip Duffy', ['Duffy']]], outlets: ['ITV News', 'Shropshire Star'] },
  'heldout3-airline-strike.txt': { topic: 'transport', people: [['Andreas Kóvacs', ['Kóvacs']], ['Sinead Gallagher-Moore', ['Gallagher-Moore']], ['Aurelio Bianchi', ['Bianchi']], ['Eamon Walsh', ['Walsh']]], outlets: ['Reuters', 'Irish Times'] },
  'heldout3-album-review.txt': { topic: 'music', people: [['Jess Okonedo', ['Okonedo']], ['Calum MacLeod', ['MacLeod']], ['Kofi Asante', ['Asante']]], outlets: ['NME'] },
  'heldout3-vaccine-trial.txt': { topic: 'health', people: [['Adrian Hill', ['Hill', 'Professor Adrian Hill']], ['Halidou Tinto', ['Tinto', 'Dr Halidou Tinto']], ['Tedros Adhanom Ghebreyesus', ['Tedros']]], outlets: ['BBC'] },
};

const lines: string[] = [];
for await (const item of readCorpus(['corpus', 'eval/own-articles'])) {
  if (item.kind !== 'article') continue;
  const gold = GOLD[item.article.id];
  if (!gold) throw new Error(`no gold for ${item.article.id}`);
  lines.push(JSON.stringify({
    id: item.article.id, source: 'quotewire corpus', topic: gold.topic, ...(item.article.outlet ? { outlet: item.article.outlet } : {}), text: item.article.text, quotes: [],
    people: gold.people.map(([name, aliases]) => ({ name, aliases })),
    films: (gold.films ?? []).map(([title, aliases]) => ({ title, aliases, kind: 'film' })),
    outlets: gold.outlets ?? [], characters: gold.characters ?? [],
  }));
}
writeFileSync(new URL('../eval/own_dev.jsonl', import.meta.url), lines.join('\n') + '\n');
console.log(`${lines.length} articles`);
