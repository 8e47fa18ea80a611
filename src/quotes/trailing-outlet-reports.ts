import type { ExtractedQuote, Token } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { cueLemma } from './find-cue.js';
import type { SentencePlace } from './occasion-shift.js';
import { isKnownOrganisation } from '../lexicon/organisations.js';
import { lookupOutlet } from '../lexicon/outlets.js';
import { isOrganisationByNameWord } from '../entities/organisation-name-words.js';
import { tokensStartingBefore } from '../nlp/token-search.js';

/**
 * "Marlowe said the menu was written by “a chef who never tastes anything,” Variety reported.": a partial
 * given to a trailing "OUTLET reported" whose sentence opens with a named subject and its own speech verb
 * belongs to that subject; the trailing outlet is only where the words appeared, so it stays the outlet.
 * ("“…,” Variety reported." alone keeps the outlet as speaker: nothing else in the sentence speaks.)
 */
export function giveTrailingOutletPartialsTheirSubject(quotes: ExtractedQuote[], tokens: Token[], place: SentencePlace): void {
  const lex = cueLexicon();
  for (const q of quotes) {
    if (q.type !== 'partial' || !q.outlet || q.speaker !== q.outlet || q.cue_start === null || q.cue_start < q.end) continue;
    const sentence = place.sentenceAt(q.start);
    let i = tokensStartingBefore(tokens, sentence.start);
    if (i >= tokens.length) continue;
    const first = i;
    // A subject of capitalised names only, opening the sentence ("Marlowe", "Dana Whitfield").
    while (i < tokens.length && tokens[i]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[i]!.text)) i++;
    const verb = tokens[i];
    if (i === first || !verb || verb.end > q.start || verb.pos !== 'VERB') continue;
    const lemma = cueLemma(verb);
    if (!lex.speech.has(lemma) && !lex.report.has(lemma)) continue;
    const name = tokens.slice(first, i);
    const speaker = name.map((t) => t.text).join(' ');
    if (speaker === q.outlet) continue;
    q.speaker = speaker;
    q.speaker_mention = speaker;
    q.speaker_start = name[0]!.start;
    q.speaker_end = name[name.length - 1]!.end;
    q.speaker_kind = subjectKind(speaker, name);
    q.speaker_role = null;
    q.cue = verb.text;
    q.cue_start = verb.start;
    q.cue_end = verb.end;
  }
}

/** What the named subject is: an outlet, a body ("Apple", "Castell Holdings") or, by default, a person. */
function subjectKind(speaker: string, name: readonly Token[]): ExtractedQuote['speaker_kind'] {
  if (lookupOutlet(speaker)) return 'outlet';
  return isKnownOrganisation(speaker) || isOrganisationByNameWord(name) ? 'organization' : 'person';
}
