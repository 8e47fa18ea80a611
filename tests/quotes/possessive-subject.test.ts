import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { ownPossessiveAfterVerb } from '../../src/quotes/possessive-subject.js';
import type { Token } from '../../src/types.js';

const EARLIER = 'Marcus Webb said the tour was over. “Nobody else would book us,” he told Billboard.\n\n';

describe('a lone surname whose verb takes "his"/"her" is a person of that gender, the next pronoun\'s antecedent', () => {
  test('"Brandt packed his guitar. “…,” he said": Brandt, not the earlier speaker, and no carried outlet', () => {
    const text = EARLIER + 'Brandt packed his guitar. “I missed every birthday,” he said.';
    expect(quote(text, 'I missed')).toMatchObject({
      type: 'direct', text: 'I missed every birthday,', speaker: 'Brandt', speaker_kind: 'person', speaker_mention: 'he',
      speaker_start: text.lastIndexOf('he said'), cue: 'said', cue_start: text.lastIndexOf('said'), outlet: null,
    });
  });

  test('after an opening subordinate clause too: "After the encore ended, Brandt packed his guitar."', () => {
    const text = EARLIER + 'After the encore ended, Brandt packed his guitar. “I missed every birthday,” he said.';
    expect(quote(text, 'I missed')).toMatchObject({ speaker: 'Brandt', speaker_start: text.lastIndexOf('he said'), outlet: null });
  });

  test('near miss: with no possessive of the pronoun\'s gender the unknown word is no antecedent ("Brandt thanked the crew")', () => {
    const text = EARLIER + 'Brandt thanked the crew. “I missed every birthday,” he said.';
    expect(quote(text, 'I missed')).toMatchObject({ speaker: 'Marcus Webb', speaker_start: text.lastIndexOf('he said'), outlet: 'Billboard' });
  });

  test('ownPossessiveAfterVerb: the verb (past an auxiliary or adverb) must take the gender\'s possessive next', () => {
    const toks = (spec: string): Token[] => spec.split(' ').map((w, i) => { const [text, pos] = w.split('/'); return { text: text!, normal: text!.toLowerCase(), pos: pos!, start: i, end: i + 1 } as unknown as Token; });
    expect(ownPossessiveAfterVerb(toks('Brandt/PROPN kissed/VERB his/PRON daughter/NOUN'), 1, 4, 'male')).toBe(true);
    expect(ownPossessiveAfterVerb(toks('Brandt/PROPN had/AUX kissed/VERB his/PRON daughter/NOUN'), 1, 5, 'male')).toBe(true);
    expect(ownPossessiveAfterVerb(toks('Brandt/PROPN kissed/VERB his/PRON daughter/NOUN'), 1, 4, 'female')).toBe(false);
    expect(ownPossessiveAfterVerb(toks('Brandt/PROPN kissed/VERB the/DET bride/NOUN'), 1, 4, 'male')).toBe(false);
  });
});

// "Marlowe's previous best was …": a known person's thing opening the sentence keeps that person the topic, so the
// "she" right after it is hers, not the last speaker's.
describe('a known name\'s possessive opening the sentence before a pronoun', () => {
  test('"Kestrel\'s fastest lap was …. “…,” she said" → Ines Kestrel, not the steward quoted before', () => {
    const text = 'Ines Kestrel took pole. Marta Quillon said she expected a clean race. Kestrel’s fastest lap was 1:31.402. “The car felt alive,” she said.';
    expect(quote(text, 'The car felt alive')).toMatchObject({
      type: 'direct', text: 'The car felt alive,', start: at(text, 'The car'), speaker: 'Ines Kestrel', speaker_mention: 'she',
      speaker_start: at(text, 'she said'), speaker_kind: 'person', cue: 'said', outlet: null,
    });
  });

  test('near miss: the possessive\'s person ("Kestrel\'s engineer") is someone else; the pronoun stays with the last speaker', () => {
    const text = 'Ines Kestrel took pole. Marta Quillon said she expected a clean race. Kestrel’s engineer was delighted. “The car felt alive,” she said.';
    expect(quote(text, 'The car felt alive')).toMatchObject({ speaker: 'Marta Quillon', speaker_mention: 'she' });
  });

  test('near miss: a pronoun of the other gender is not the possessor', () => {
    const text = 'Ines Kestrel took pole. Marc Quillon said he expected a clean race. Kestrel’s fastest lap was 1:31.402. “The car felt alive,” he said.';
    expect(quote(text, 'The car felt alive')).toMatchObject({ speaker: 'Marc Quillon', speaker_mention: 'he' });
  });
});
