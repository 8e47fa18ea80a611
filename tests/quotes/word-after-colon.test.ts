import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

// "said the crew had a name for the storm: “the beast.”": a word or two in small letters after a colon name what the
// reported clause announced; the clause is the report and the quoted words its partial.
describe('a quoted word after a colon closing a report', () => {
  const text = 'Ravi Menon said the kitchen staff had a name for the new oven: “the dragon.”';

  test('the clause before the colon is the report', () => {
    expect(quote(text, 'the kitchen staff')).toMatchObject({
      text: 'the kitchen staff had a name for the new oven', type: 'indirect', start: at(text, 'the kitchen staff'), end: at(text, ': “'),
      speaker: 'Ravi Menon', speaker_start: at(text, 'Ravi Menon'), cue: 'said', outlet: null,
    });
  });

  test('the quoted words are its partial', () => {
    expect(quote(text, 'the dragon')).toMatchObject({
      text: 'the dragon.', type: 'partial', start: at(text, 'the dragon'), end: at(text, '”'),
      speaker: 'Ravi Menon', cue: 'said', outlet: null,
    });
  });

  test('near miss: a sentence of speech after the colon stays direct, its clause unreported', () => {
    const near = 'Ravi Menon said his advice to new cooks was always the same: “Taste everything twice.”';
    expect(quotesOf(near).map((q) => [q.text, q.type, q.speaker])).toEqual([
      ['Taste everything twice.', 'direct', 'Ravi Menon'],
    ]);
  });

  test('near miss: quoted words the writer\'s clause runs on after are left to the other rules', () => {
    const near = 'Ravi Menon said the kitchen staff had a name for the new oven: “the dragon” among the junior cooks.';
    expect(quotesOf(near).map((q) => [q.text, q.type])).toEqual([['the dragon', 'direct']]);
  });
});
