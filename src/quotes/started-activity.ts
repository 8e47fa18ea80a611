import type { Token } from '../types.js';
import { wordSetFrom } from '../lexicon/data-file.js';
import type { SpeakerPhrase } from './speaker.js';

let nouns: ReadonlySet<string> | undefined;
let posted: ReadonlySet<string> | undefined;

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

/**
 * "A petition on Change.org calling on the studio to …", "a post on Facebook urging …": a site after an effort or a
 * post and on/at/via is where the petition is, no speaker; the participle describes the petition, which is no
 * speaker either (data/started-activity-nouns.json). `at` is the site's first token.
 */
export function effortSite(tokens: readonly Token[], at: number): boolean {
  nouns ??= wordSetFrom('started-activity-nouns.json', 'nouns');
  posted ??= wordSetFrom('started-activity-nouns.json', 'postedNouns');
  // (The tagger may read a capitalised head opening the sentence as a name: "Petitions on Reddit …".)
  const head = tokens[at - 2];
  if (!/^(on|at|via)$/.test(tokens[at - 1]?.normal ?? '') || !head || !/^(NOUN|PROPN)$/.test(head.pos)) return false;
  const singular = head.normal.replace(/s$/, '');
  return nouns.has(singular) || posted.has(singular);
}
