import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { PersonRegistry } from '../../src/nlp/names.js';

describe('a family name written first, used alone later, is that person', () => {
  test('"Zhang Wei … “…,” Zhang said": the canonical full name, and the interview outlet carries to the participle', () => {
    const text = 'Zhang Wei, a professor of trade at a Beijing university, said tariffs would hurt exporters.\n\n'
      + '“This is a serious blow,” Zhang said in remarks to state broadcaster CCTV, saying the talks had stalled.';
    expect(quote(text, 'This is a serious blow')).toMatchObject({ text: 'This is a serious blow,', type: 'direct', speaker: 'Zhang Wei', speaker_start: at(text, 'Zhang said'), cue: 'said', outlet: 'CCTV' });
    expect(quote(text, 'the talks had stalled')).toMatchObject({ type: 'indirect', speaker: 'Zhang Wei', cue: 'saying', outlet: 'CCTV' });
  });

  test('negative: a Western surname alone stays the last word ("Tom Baker … Baker")', () => {
    const text = 'Tom Baker, a farmer, said the rain came late. “We lost a month,” Baker said.';
    expect(quote(text, 'We lost a month')).toMatchObject({ speaker: 'Tom Baker', speaker_start: at(text, 'Baker said') });
  });

  test('negative: two people opening with the same word leave the lone word as written', () => {
    // (No reports before: "said prices fell." is one now.)
    const text = 'Li Wei, a trader, sells rice. Li Na, a banker, lends money. “It is hard,” Li said.';
    expect(quote(text, 'It is hard')).toMatchObject({ speaker: 'Li' });
  });
});

describe('PersonRegistry.familyNameHolder', () => {
  test('the one two-word name opening with the word; none when a name ends with it or two open with it', () => {
    const r = new PersonRegistry();
    r.add('Zhang Wei');
    expect(r.familyNameHolder('Zhang')?.name).toBe('Zhang Wei');
    expect(r.add('Zhang').name).toBe('Zhang Wei');
    r.add('Li Wei');
    r.add('Li Na');
    expect(r.familyNameHolder('Li')).toBeUndefined();
    r.add('Chen Min');
    r.add('Ana Chen');
    expect(r.familyNameHolder('Chen')).toBeUndefined();
    // (A given name we know is no family name: "Tom" for "Tom Baker" is find()'s to judge.)
    r.add('Tom Baker');
    expect(r.familyNameHolder('Tom')).toBeUndefined();
  });

  test('a short given name after a family name is the name\'s ("Li Na", "Yu Na"), not a particle to drop', () => {
    const text = 'Li Na, a banker, said rates rose sharply. Li later left.';
    expect(quote(text, 'rates')).toMatchObject({
      type: 'indirect', text: 'rates rose sharply', start: at(text, 'rates'),
      speaker: 'Li Na', speaker_mention: 'Li Na', speaker_start: 0, speaker_kind: 'person', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    const other = 'Yu Na said the rink would open in May.';
    expect(quote(other, 'the rink')).toMatchObject({ text: 'the rink would open in May', speaker: 'Yu Na', speaker_mention: 'Yu Na', cue: 'said', outlet: null });
  });

  test('a capitalised particle opening a name stays in it ("Le Van", "De Niro")', () => {
    const text = 'Le Van, a banker, said the rates rose.';
    expect(quote(text, 'the rates')).toMatchObject({ text: 'the rates rose', speaker: 'Le Van', speaker_mention: 'Le Van', speaker_start: 0, cue: 'said', outlet: null });
    const other = 'De Niro said the film was long.';
    expect(quote(other, 'the film')).toMatchObject({ text: 'the film was long', speaker: 'De Niro', speaker_mention: 'De Niro', cue: 'said', outlet: null });
  });

  test('negative: a short function word after a family name is no given name ("Li So")', () => {
    const text = 'So Li said the rates rose.';
    expect(quote(text, 'the rates')).toMatchObject({ text: 'the rates rose', speaker: 'Li', speaker_mention: 'Li', cue: 'said' });
  });
});
