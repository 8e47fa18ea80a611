import { cueLexicon } from '../lexicon/cues.js';
import { cueLemma } from './find-cue.js';
import type { Frame, TokenView } from './frame.js';

/**
 * "Halden criticised the film, calling it “a fantasy”": a participle set off by a comma after a weak main
 * verb (cues.json weak, no speech verb: criticised, praised, mocked) is what gives the quoted words; the main
 * verb only judges its object. `participle` is the nearer frame (its speaker the sentence's subject), `main`
 * the cue further left. (Not after a speech verb: "said the film was weak, calling it “…”" stays "said".)
 */
export function participleAfterWeakVerb(view: TokenView, main: Frame, participle: Frame): boolean {
  const tokens = view.tokens;
  const lex = cueLexicon();
  const lemma = cueLemma(tokens[main.cueToken]!);
  if (!participle.distant || !lex.weak.has(lemma) || lex.speech.has(lemma)) return false;
  const first = view.tokenAtOrAfter(participle.cueStart);
  if (tokens[first - 1]?.text !== ',' || !/\p{Ll}ing$/u.test(tokens[first]!.text)) return false;
  // (The same subject: the participle shares the main clause's.)
  return main.speaker.start === participle.speaker.start && main.speaker.end === participle.speaker.end;
}
