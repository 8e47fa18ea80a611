import type { Token } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { NOUN_PHRASE_OPENERS } from '../nlp/words.js';
import { passiveAgent } from './passive.js';
import type { SpeakerPhrase } from './speaker.js';

/**
 * "“…,” said in a speech by Senator Ned Park": a cue right after a quotation, then the medium of the words
 * and its agent ("in a speech by", "in a statement by"). The words are the agent's, who is the speaker; null
 * when the cue is followed by anything else. (A participle between the medium and "by" makes the agent a
 * go-between, no author: "in a statement read out by her brother" is the statement's words. An interview's
 * agent is the one who asked, so "in an interview by Reuters" names no speaker.)
 */
export function mediumAgent(tokens: Token[], cue: number, last: number): SpeakerPhrase | null {
  // (The medium opens with an article or a possessive: "in a speech", "in her address", "in the statement".)
  if (tokens[cue + 1]?.normal !== 'in' || !NOUN_PHRASE_OPENERS.has(tokens[cue + 2]?.normal ?? '')) return null;
  let noun = cue + 3;
  while (noun <= last && tokens[noun]!.pos === 'ADJ') noun++;
  const lex = cueLexicon();
  const word = tokens[noun]?.normal ?? '';
  if (noun > last || !(lex.occasionWords.has(word) || lex.speechActNouns.has(word))) return null;
  return passiveAgent(tokens, noun, last);
}
