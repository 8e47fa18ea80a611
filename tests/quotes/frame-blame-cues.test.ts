import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

// "blame", "condemn" and "denounce" are weak cues (cues.json weak): the words quoted inside their
// clause are their subject's, as with "accuse" or "criticize".
describe('blaming, condemning and denouncing in quoted words', () => {
  test('"Vance blamed the council for “…”": Vance\'s partial quote, cue "blamed"', () => {
    const text = 'Senator Rita Vance blamed the council for “years of neglect.”';
    expect(quote(text, 'years of neglect')).toMatchObject({
      type: 'partial', text: 'years of neglect.', start: at(text, 'years'), speaker: 'Rita Vance', speaker_mention: 'Rita Vance', speaker_start: at(text, 'Rita'), cue: 'blamed', cue_start: at(text, 'blamed'),
    });
  });

  test('a subordinate clause\'s own cue wins over the main clause\'s "called": "… after she blamed prices on “…”"', () => {
    const text = 'Governor Dale Hume called Senator Rita Vance a “disgrace” after she blamed rising prices on “corporate greed.”';
    expect(quote(text, 'corporate greed')).toMatchObject({
      type: 'partial', speaker: 'Rita Vance', speaker_mention: 'she', speaker_start: at(text, 'she blamed'), cue: 'blamed', cue_start: at(text, 'blamed'),
    });
    expect(quote(text, 'disgrace')).toMatchObject({ speaker: 'Dale Hume', cue: 'called' });
  });

  test('"condemned the plan as “…”" and "denounced the “…”"', () => {
    const condemned = 'Rita Vance condemned the plan as “cruel and lazy.”';
    expect(quote(condemned, 'cruel')).toMatchObject({ type: 'partial', speaker: 'Rita Vance', cue: 'condemned', cue_start: at(condemned, 'condemned') });
    const denounced = 'Dale Hume denounced the “reckless spending spree” at the town hall.';
    expect(quote(denounced, 'reckless')).toMatchObject({ type: 'partial', speaker: 'Dale Hume', cue: 'denounced' });
  });

  test('negative: "is to blame for" blames no one in words (not_cues_when_followed_by)', () => {
    const text = 'The wet spring is partly to blame for the thin harvest, but so is this “careless pricing by the mills.”';
    expect(quotesOf(text).some((q) => q.cue === 'blame')).toBe(false);
  });
});

describe('"called for “…”": the demand\'s words right after "for", the verb and particle the cue', () => {
  test('after a first predicate ("condemned the raid and called for “…”") the partial takes "called for" and the subject', () => {
    const text = 'Mayor Ines Lark condemned the raid and called for “a full and open inquiry.”';
    expect(quote(text, 'a full and open')).toMatchObject({
      type: 'partial', speaker: 'Ines Lark', speaker_mention: 'Ines Lark', cue: 'called for', cue_start: at(text, 'called for'), cue_end: at(text, 'called for') + 'called for'.length,
    });
  });

  test('in a relative clause after an inverted frame, too', () => {
    const text = '“We need quiet,” said Ines Lark, who called for “a week of patience.”';
    expect(quote(text, 'a week of patience')).toMatchObject({ type: 'partial', speaker: 'Ines Lark', speaker_mention: 'who', cue: 'called for' });
  });

  test('negative: "called for" with words between it and the quotation is no cue of the quotation', () => {
    const text = 'Ines Lark said the jury she was called for in May was “a farce.”';
    expect(quote(text, 'a farce')).toMatchObject({ type: 'partial', speaker: 'Ines Lark', cue: 'said' });
  });
});
