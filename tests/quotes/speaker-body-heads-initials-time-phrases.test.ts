import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"NAME, the head of BODY (in PLACE), who …": the name the body-head description follows speaks', () => {
  test('with a place after the body', () => {
    const text = 'The levy was attacked by Greta Lund, the head of the chamber in Upper Bavaria, who argued that the fee was too high.';
    expect(quote(text, 'the fee')).toMatchObject({
      text: 'the fee was too high', type: 'indirect', speaker: 'Greta Lund', speaker_mention: 'who',
      speaker_start: at(text, 'who'), cue: 'argued', cue_start: at(text, 'argued'), outlet: null,
    });
  });

  test('"the boss of the firm" without a place', () => {
    const text = 'The merger was praised by Idris Vale, the boss of the bakery, who said that prices would fall.';
    expect(quote(text, 'prices')).toMatchObject({
      text: 'prices would fall', type: 'indirect', speaker: 'Idris Vale', speaker_mention: 'who',
      speaker_start: at(text, 'who'), cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });
});

describe('a given name and an initial before a force\'s plural end a sentence', () => {
  test('"… Nathan Q. Officers said": the officers speak', () => {
    const text = 'The file named only Nathan Q. Officers said the van was stolen.';
    expect(quote(text, 'the van')).toMatchObject({
      text: 'the van was stolen', type: 'indirect', speaker_mention: 'Officers',
      speaker_start: at(text, 'Officers'), cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('a plural surname after a middle initial stays the name\'s: "Lena P. Neighbors said"', () => {
    const text = 'Lena P. Neighbors said the road was closed.';
    expect(quote(text, 'the road')).toMatchObject({ speaker: 'Lena P. Neighbors', speaker_mention: 'Lena P. Neighbors', speaker_start: 0 });
  });
});

describe('a time phrase between a perfect\'s "have" and its participle is no speaker', () => {
  test('"Historians have for years written that …"', () => {
    const text = 'Historians have for years written that the treaty was a mistake.';
    expect(quote(text, 'the treaty')).toMatchObject({
      text: 'the treaty was a mistake', type: 'indirect', speaker_mention: 'Historians', speaker_start: 0,
      cue: 'written', cue_start: at(text, 'written'), outlet: null,
    });
  });

  test('"The union has this week said that …"', () => {
    const text = 'The union has this week said that talks would resume.';
    expect(quote(text, 'talks')).toMatchObject({
      text: 'talks would resume', type: 'indirect', speaker_mention: 'The union', speaker_start: 0,
      cue: 'said', cue_start: at(text, 'said'),
    });
  });
});
