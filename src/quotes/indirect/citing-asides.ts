import type { Token } from '../../types.js';
import { isCitingParticiple } from '../../lexicon/citing-participles.js';

/**
 * "Agence France-Presse, citing the Health Ministry, said 11 were hurt": a citing participle set off by
 * commas between a subject and its verb names where the report came from; the verb after the aside
 * reports, the source cited is no content. tokens[i] is the participle, `last` the sentence's last token.
 */
export function citingAsideBeforeVerb(tokens: Token[], i: number, last: number): boolean {
  if (!isCitingParticiple(tokens[i]!.normal) || tokens[i - 1]?.text !== ',') return false;
  for (let k = i + 1; k <= last; k++) {
    const t = tokens[k]!;
    if (t.text === ',') {
      // The aside closes and the clause's verb follows at once (an adverb or auxiliary may come first).
      let v = k + 1;
      while (v <= last && /^(ADV|AUX|PART)$/.test(tokens[v]!.pos)) v++;
      return v <= last && tokens[v]!.pos === 'VERB' && !/ing$/.test(tokens[v]!.normal);
    }
    if (/^[.;:!?]$/.test(t.text) || t.normal === 'that') return false;
  }
  return false;
}

/**
 * "…, Bloomberg reported, citing a draft it had seen.": a citing participle right after "reported" ending its clause
 * at the comma names the source of the outlet's report, whether or not the report before it was found; the source
 * cited is no content of its own. (Not after "said": "“…,” he said, citing the audit" is his report of the audit,
 * as PolNeAR annotates it.)
 */
export function citingAfterSpeechVerb(tokens: Token[], i: number): boolean {
  if (!isCitingParticiple(tokens[i]!.normal) || tokens[i - 1]?.text !== ',') return false;
  const verb = tokens[i - 2];
  return verb?.pos === 'VERB' && verb.lemma === 'report' && verb.normal !== 'reporting';
}
