import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('an unnamed staff member known by an outlet\'s possessive ("Variety’s critic") speaks for that outlet', () => {
  test('"Variety’s critic described it as “…”": the partial gets the outlet', () => {
    const text = 'Variety’s critic described the sequel as “louder but somehow smaller.”';
    expect(quote(text, 'louder')).toMatchObject({ text: 'louder but somehow smaller.', start: at(text, 'louder'), type: 'partial', speaker: null, speaker_mention: 'Variety’s critic', cue: 'described', outlet: 'Variety' });
  });

  test('with a word before the job: "the Guardian’s film reviewer called it …"', () => {
    const text = 'The Guardian’s film reviewer called the sequel “louder but somehow smaller.”';
    expect(quote(text, 'louder')).toMatchObject({ type: 'partial', speaker_mention: 'The Guardian’s film reviewer', cue: 'called', outlet: 'The Guardian' });
  });

  test('near miss: an outlet\'s owner, or a critic\'s partner, is no staff member speaking for it', () => {
    const owner = 'Variety’s owner called the sequel “louder but somehow smaller.”';
    expect(quote(owner, 'louder')).toMatchObject({ cue: 'called', outlet: null });
    const partner = 'Variety’s critic’s partner called the sequel “louder but somehow smaller.”';
    expect(quote(partner, 'louder')).toMatchObject({ cue: 'called', outlet: null });
  });
});
