import { readDataFile } from './data-file.js';

interface ReplyData { lemmas: string[]; back_particle: string[] }

let data: { lemmas: Set<string>; back: Set<string> } | undefined;

function load() {
  if (data) return data;
  const raw = readDataFile<ReplyData>('reply-verbs.json');
  return (data = { lemmas: new Set(raw.lemmas), back: new Set(raw.back_particle) });
}

/** A verb of answering by its lemma, `next` the word after it: "reply", "counter", "shoot" + "back" (data/reply-verbs.json). */
export function isReplyVerb(lemma: string, next: string): boolean {
  const d = load();
  return d.lemmas.has(lemma) || (next === 'back' && d.back.has(lemma));
}
