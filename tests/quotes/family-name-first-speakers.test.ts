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
    // (No reports before: "said prices fell." is one now, and "Li Na, a banker, said" is read as "Li" alone, a bug of its own.)
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
});
