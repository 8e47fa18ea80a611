import { readFileSync } from 'node:fs';
import type { Token } from '../types.js';
import type { Frame } from './frame.js';
import { classify } from './classify-phrase.js';
import { personLike } from './speaker.js';

interface SentDocumentData {
  nouns: string[];
  verbs: string[];
}

let lists: { nouns: ReadonlySet<string>; verbs: ReadonlySet<string> } | undefined;

/** data/sent-documents.json, read once. */
function sentDocuments(): { nouns: ReadonlySet<string>; verbs: ReadonlySet<string> } {
  if (lists) return lists;
  const data = JSON.parse(readFileSync(new URL('../../data/sent-documents.json', import.meta.url), 'utf8')) as SentDocumentData;
  return (lists = { nouns: new Set(data.nouns), verbs: new Set(data.verbs) });
}

/** Longest run of words between a document noun (and "that") and the writing verb: a name or a short description. */
const MAX_WRITER_WORDS = 5;

/**
 * "A text message that Kim sent Lee in May was shown on screen: “…”", "the note she left her sister read:
 * “…”", "The post Kim wrote that night: “…”": a piece of writing whose writer a relative clause names,
 * in the clause before the colon that opens its words. The writer speaks (cue: the writing verb), not its
 * addressee after the verb nor whoever shows or reads it. Null when no such clause is there.
 */
export function documentWriterBeforeColon(tokens: Token[], lo: number, colon: number): Frame | null {
  const { nouns, verbs } = sentDocuments();
  for (let k = lo; k < colon - 2; k++) {
    if (!nouns.has(tokens[k]!.normal) || tokens[k]!.pos !== 'NOUN') continue;
    const from = tokens[k + 1]?.normal === 'that' ? k + 2 : k + 1;
    for (let v = from + 1; v < colon && v <= from + MAX_WRITER_WORDS; v++) {
      if (!verbs.has(tokens[v]!.normal)) {
        if (/^[,.;:]$/.test(tokens[v]!.text) || tokens[v]!.pos === 'VERB' || tokens[v]!.pos === 'AUX') break;
        continue;
      }
      const writer = classify(tokens, from, v);
      if (!writer || !(writer.kind === 'pronoun' || personLike(writer))) break;
      const cue = tokens[v]!;
      return { cueStart: cue.start, cueEnd: cue.end, cue: cue.text, cueToken: v, speaker: writer, outlet: null, according: false };
    }
  }
  return null;
}
