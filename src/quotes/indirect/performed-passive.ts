import type { Token } from '../../types.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { isNamedThingNoun } from '../../lexicon/named-things.js';
import { isActorDescription, isArchetypeNoun, namesVoicedWork } from '../../lexicon/voiced-parts.js';

const RELATIVE_OPENERS = /^(which|who|whom|whose|that|where|when)$/;

/**
 * "The fox is voiced by a newcomer": the passive of a cue (cues.json view_passives) that names a performer in a
 * part, so it reports nothing. Real news voices views far more often than parts ("A similar warning was voiced by
 * the mayor"), so it is a part only on a sign: its subject is a name or a character, creature or part noun, the
 * agent is a performer ("newcomer Ada Ruiz"), or the sentence is about a screen work ("In the English version").
 * A view as its subject ("Concerns were voiced by residents") is always speech. tokens[cue] is a passive cue.
 */
export function performedPassive(tokens: Token[], cue: number, lo: number, sentence: string): boolean {
  const views = cueLexicon().viewPassives.get(tokens[cue]!.lemma);
  if (!views) return false;
  let k = cue - 1;
  while (k >= lo && (tokens[k]!.lemma === 'be' || /^(AUX|ADV|PART)$/.test(tokens[k]!.pos))) k--;
  // (Over a relative clause between the subject and its verb: "Support for the measure, which passed in May, was …".)
  if (tokens[k]?.text === ',') {
    let open = k - 1;
    while (open > lo && tokens[open]!.text !== ',') open--;
    if (tokens[open]?.text === ',' && RELATIVE_OPENERS.test(tokens[open + 1]?.normal ?? '')) k = open - 1;
    // (Else an apposition ends the subject: "The villain, the gull Captain Marrow, is voiced by …" — its last word.)
    else k--;
  }
  const head = tokens[k];
  if (!head || k < lo) return false;
  // (Over the subject's own phrases back to its clause's start: "Concerns about the budget were voiced by …".)
  for (let j = k; j >= lo && !/^[,;:—–(]$/.test(tokens[j]!.text); j--) if (views.has(tokens[j]!.normal)) return false;
  const partNouns = cueLexicon().objectCueOtherSenses.get(tokens[cue]!.lemma);
  if (head.pos === 'PROPN' && tokens[k + 1]?.normal !== "'s") return true;
  if (head.pos === 'NOUN' && (partNouns?.has(head.normal) || isArchetypeNoun(head.normal) || isNamedThingNoun(head.normal))) return true;
  // (The agent described as a performer right before a name: "by newcomer Lia Farrant", "by veteran actor Tom Hale".)
  let a = cue + 2;
  if (tokens[cue + 1]?.normal === 'by') {
    while (tokens[a] && isActorDescription(tokens[a]!.normal)) a++;
    if (a > cue + 2 && tokens[a]?.pos === 'PROPN') return true;
  }
  return namesVoicedWork(sentence);
}
