import type { Token } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { isStatedViewNoun } from '../lexicon/stated-view-nouns.js';
import { sentenceSubject } from './sentence-subject.js';
import { titleAfterColon } from './title-after-colon.js';
import { personLike, type SpeakerPhrase } from './speaker.js';
import type { TokenView } from './frame.js';

/** Degree words that may stand before the manner adjective: "was more direct", "was even blunter". */
const DEGREE = /^(more|less|even|far|much|rather|very|typically|characteristically|again)$/;

/**
 * "His captain, Tariq Osei, was blunter: “…”" / "She put it bluntly: “…”": a clause whose predicate says how
 * its subject spoke (cues.json manner_of_speaking_adjectives, after was/were/is/are or as "put it …ly"; also any
 * stance adjective, "was less forgiving", or a stated view, "had a different view"), ending at
 * the colon tokens[colon] that introduces the quotation. The subject speaks it; a thing never does ("The sky
 * was clear: …"). Null unless the words read so.
 */
export function mannerOfSpeakingSubject(view: TokenView, lo: number, colon: number): SpeakerPhrase | null {
  const tokens = view.tokens;
  const predicate = mannerPredicateBefore(tokens, lo, colon);
  if (!predicate) return null;
  // (A stance says nothing of speaking itself: what follows it must read as words said, not a title.)
  if (predicate === 'stance' && titleAfterColon(view.doc.article.text, tokens[colon]!.end)) return null;
  const subject = sentenceSubject(view, colon);
  if (!subject || subject.end > tokens[colon]!.start) return null;
  if (subject.kind === 'pronoun') return /^(he|she)$/.test(subject.name) ? subject : null;
  return personLike(subject) ? subject : null;
}

/** The words right before the colon are "was/were/is/are [degree] ADJ", "put it [degree] ADV-ly" (in the manner list: 'manner'), or any adjective or a stated view ('stance'). */
function mannerPredicateBefore(tokens: Token[], lo: number, colon: number): 'manner' | 'stance' | null {
  const manner = cueLexicon().mannerOfSpeakingAdjectives;
  const last = tokens[colon - 1];
  if (!last || colon - 1 <= lo) return null;
  let k = colon - 2;
  while (k > lo && DEGREE.test(tokens[k]!.normal)) k--;
  // (Any adjective after the copula: with a person as subject the clause is a stance that introduces what they
  // said, "was less forgiving:", "was furious:"; a thing's subject is turned away by the caller.)
  // (A participle after a degree word is an adjective too, whatever the tagger says: "was less forgiving:".)
  const adjective = last.pos === 'ADJ' || (k < colon - 2 && last.pos === 'VERB' && /(?:ing|ed)$/.test(last.normal));
  if (/^(was|were|is|are)$/.test(tokens[k]!.normal)) return manner.has(last.normal) ? 'manner' : adjective && /^\p{Ll}/u.test(last.text) ? 'stance' : null;
  if (statedViewBefore(tokens, lo, colon)) return 'stance';
  // "put it bluntly", "put it more simply": the adverb's adjective is in the list.
  const base = /ly$/.test(last.normal) ? [last.normal.slice(0, -2), last.normal.replace(/ly$/, 'le')] : [];
  return k - 1 > lo && tokens[k]!.normal === 'it' && tokens[k - 1]!.lemma === 'put' && base.some((w) => manner.has(w)) ? 'manner' : null;
}

/** "had a different view", "took a harder line", "offered a blunt warning": a stated view as the object before the colon. */
function statedViewBefore(tokens: Token[], lo: number, colon: number): boolean {
  if (!isStatedViewNoun(tokens[colon - 1]!.normal)) return false;
  let k = colon - 2;
  while (k > lo && (tokens[k]!.pos === 'ADJ' || DEGREE.test(tokens[k]!.normal)) && colon - k <= 4) k--;
  if (!/^(a|an|the|his|her|their)$/.test(tokens[k]!.normal) || k - 1 <= lo) return false;
  return /^(have|take|offer|give)$/.test(tokens[k - 1]!.lemma);
}
