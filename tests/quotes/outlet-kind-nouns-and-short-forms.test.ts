import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('an outlet named before, taken up by its kind, its short form or its call sign', () => {
  test('"told the station" after a hyphenated call sign', () => {
    const text = 'Dora Pike told KQRN-TV that the roof had caved in. A neighbour, Ivo Lund, told the station that he had heard a crack.';
    expect(quote(text, 'he had heard')).toMatchObject({
      type: 'indirect', text: 'he had heard a crack', start: at(text, 'he had heard'), speaker: 'Ivo Lund', speaker_start: at(text, 'Ivo Lund'),
      cue: 'told', cue_start: at(text, 'told the station'), outlet: 'KQRN-TV',
    });
  });

  test('"told the publication": the outlet named last, not an earlier interview', () => {
    const text = 'Tarn told CNBC, "We were blindsided." According to The Information, the board was divided. Three people close to the talks told the publication that the chair had resigned.';
    const quotes = quotesOf(text);
    expect(quotes[0]).toMatchObject({ type: 'direct', text: 'We were blindsided.', speaker: 'Tarn', cue: 'told', outlet: 'CNBC' });
    expect(quotes[1]).toMatchObject({ type: 'indirect', text: 'the board was divided', speaker: 'The Information', speaker_kind: 'outlet', cue: 'According to', outlet: 'The Information' });
    expect(quotes[2]).toMatchObject({ type: 'indirect', text: 'the chair had resigned', start: at(text, 'the chair'), speaker: null, speaker_mention: 'Three people close to the talks', cue: 'told', outlet: 'The Information' });
  });

  test('a short form of an outlet the article named in full is that outlet', () => {
    const text = 'Lina Orth was a guest on Sky News. "Nothing is settled," Orth told Sky.';
    expect(quote(text, 'Nothing')).toMatchObject({ type: 'direct', text: 'Nothing is settled,', start: at(text, 'Nothing'), speaker: 'Lina Orth', cue: 'told', cue_start: at(text, 'told Sky'), outlet: 'Sky News' });
  });

  test('near miss: the short form alone stays as written', () => {
    const text = '"Nothing is settled," Orth told Sky.';
    expect(quote(text, 'Nothing')).toMatchObject({ speaker: 'Orth', cue: 'told', outlet: 'Sky' });
  });

  test('an unknown station acronym with "radio" after it', () => {
    const text = 'In an interview with DWXR radio, Pedro Lacson said that the bridge had collapsed.';
    expect(quote(text, 'the bridge')).toMatchObject({
      type: 'indirect', text: 'the bridge had collapsed', start: at(text, 'the bridge'), speaker: 'Pedro Lacson', speaker_start: at(text, 'Pedro Lacson'), cue: 'said', outlet: 'DWXR',
    });
  });

  test('near miss: an acronym before "radio" where no words are given to it', () => {
    const text = 'Pedro Lacson said NASA radio signals had been lost.';
    expect(quote(text, 'NASA')).toMatchObject({ speaker: 'Pedro Lacson', cue: 'said', outlet: null });
  });
});
