import type { Token } from '../../types.js';
import { hasVerb } from '../frame.js';
import { classify } from '../speaker.js';
import { isReactionVerb } from '../../lexicon/reaction-verbs.js';

/**
 * "Farrow told them that Hollywood needed larger studios, and Ashby backed him": after the reported clause,
 * ", and" and a named person (or "he"/"she") doing a past-tense act that is no report is the writer
 * going on to what someone did, not more of what the speaker said ("…, and Ruiz agreed" too; "…, and Ruiz said
 * B" is then Ruiz's report by its own cue). Returns the last token of the content tokens[from, to] before it.
 * A common-noun subject stays in the report: "said prices rose, and wages fell"; so does a named person's act
 * that is no reaction to the speaker (data/reaction-verbs.json): "said Smith entered the bank, and Jones followed him".
 */
export function endBeforeOtherPersonAct(tokens: Token[], from: number, to: number): number {
  for (let k = from + 2; k + 3 <= to; k++) {
    // (Only "and": "noted A offered B, but Chaffetz declined" sets a contrast inside what was noted, as PolNeAR reads it.)
    if (tokens[k]!.text !== ',' || tokens[k + 1]!.normal !== 'and' || !hasVerb(tokens, from, k - 1)) continue;
    const subject = k + 2;
    let verb = subject;
    const pronoun = /^(he|she)$/.test(tokens[subject]!.normal);
    if (pronoun) verb++;
    else {
      while (verb < subject + 3 && tokens[verb]?.pos === 'PROPN') verb++;
      if (verb === subject || classify(tokens, subject, verb)?.kind !== 'person') continue;
    }
    if (verb <= to && pastAct(tokens, verb) && (pronoun || isReactionVerb(tokens[verb]!.lemma))) return k - 1;
  }
  return to;
}

/** A simple past verb: "backed", "left" (not "had", "would", "backs"). */
function pastAct(tokens: Token[], k: number): boolean {
  const verb = tokens[k]!;
  return verb.pos === 'VERB' && verb.normal !== verb.lemma && !/(s|ing)$/.test(verb.normal);
}
