import type { Token } from '../types.js';
import { wordSetFrom } from '../lexicon/data-file.js';
import type { SpeakerPhrase } from './speaker.js';

let nouns: ReadonlySet<string> | undefined;

/**
 * "Fans started an online campaign calling for the ending to be released": an effort with "a" or "an", the object
 * of the verb before it, is what its starters did (data/started-activity-nouns.json); the participle after it is
 * no report of the effort as a speaker. `at` is the phrase's first token. (A campaign named as a body, "the Reyes
 * campaign said", is read elsewhere.)
 */
export function startedActivity(tokens: readonly Token[], sp: SpeakerPhrase, at: number): boolean {
  nouns ??= wordSetFrom('started-activity-nouns.json', 'nouns');
  const words = sp.name.toLowerCase().split(/\s+/);
  return /^(a|an)$/.test(words[0]!) && nouns.has(words[words.length - 1]!) && tokens[at - 1]?.pos === 'VERB';
}
