import { readFileSync } from 'node:fs';

interface ReplyData { lemmas: string[]; back_particle: string[] }

let data: { lemmas: Set<string>; back: Set<string> } | undefined;

function load() {
  if (data) return data;
  const raw = JSON.parse(readFileSync(new URL('../../data/reply-verbs.json', import.meta.url), 'utf8')) as ReplyData;
  return (data = { lemmas: new Set(raw.lemmas), back: new Set(raw.back_particle) });
}

/** A verb of answering by its lemma, `next` the word after it: "reply", "counter", "shoot" + "back" (data/reply-verbs.json). */
export function isReplyVerb(lemma: string, next: string): boolean {
  const d = load();
  return d.lemmas.has(lemma) || (next === 'back' && d.back.has(lemma));
}
