import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Small deterministic articles for the distributed tests: a town-council beat with named speakers,
// an outlet, a continuation quote and a pronoun, so every stage of the pipeline has work to do.
const FIRST = [['Maria', 'she'], ['Daniel', 'he'], ['Priya', 'she'], ['Tomasz', 'he'], ['Grace', 'she'], ['Oluwaseun', 'he'], ['Hannah', 'she'], ['Marco', 'he']] as const;
const LAST = ['Okafor', 'Lindqvist', 'Haddad', 'Moreau', 'Kowalski', 'Ferreira', 'Nakamura', 'Brennan', 'Abernathy', 'Castillo'];
const ROLES = ['mayor', 'council member', 'spokesperson', 'engineer', 'director'];
const PLACES = ['Riverton', 'Ashford', 'Millbrook', 'Eastwick', 'Harlow'];
const OUTLETS = ['Reuters', 'the Associated Press', 'NPR', 'Bloomberg'];
const THINGS = ['the new bridge', 'the library extension', 'the bus depot', 'the flood barrier', 'the school roof'];

export function article(i: number): { id: string; title: string; text: string } {
  const [first, pronoun] = FIRST[i % FIRST.length]!;
  const last = LAST[(i * 7) % LAST.length]!;
  const role = ROLES[i % ROLES.length]!;
  const place = PLACES[(i * 3) % PLACES.length]!;
  const outlet = OUTLETS[i % OUTLETS.length]!;
  const thing = THINGS[(i * 5) % THINGS.length]!;
  const other = `${FIRST[(i + 3) % FIRST.length]![0]} ${LAST[(i * 3 + 1) % LAST.length]}`;
  const text = [
    `${place} will spend ${(i % 9) + 2} million dollars on ${thing}, the council decided on Tuesday after a long debate.`,
    `“We have waited ${(i % 6) + 2} years for this and the residents deserve it,” said ${first} ${last}, the town's ${role}. ${last} told ${outlet} that work would start in the spring.`,
    `“It will not be cheap, and it will not be quick,” ${pronoun} added.`,
    `Not everyone agreed. ${other}, who chairs the budget committee, said the money should go to road repairs first.`,
    `“Every winter the same potholes come back,” ${other.split(' ')[1]} said. “People notice that more than a ribbon cutting.”`,
  ].join('\n\n');
  return { id: `gen-${String(i).padStart(4, '0')}`, title: `${place} approves ${thing.replace(/^the /, '')}`, text };
}

/** `jsonl` articles in one JSONL file and `txt` more as text files, under dir. */
export function writeGeneratedCorpus(dir: string, jsonl: number, txt: number): void {
  mkdirSync(join(dir, 'texts'), { recursive: true });
  const lines: string[] = [];
  for (let i = 0; i < jsonl; i++) lines.push(JSON.stringify(article(i)));
  writeFileSync(join(dir, 'feed.jsonl'), lines.join('\n') + '\n');
  for (let i = jsonl; i < jsonl + txt; i++) writeFileSync(join(dir, 'texts', `${article(i).id}.txt`), article(i).text + '\n');
}
