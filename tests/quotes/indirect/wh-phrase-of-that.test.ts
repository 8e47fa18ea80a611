import { describe, expect, test } from 'vitest';
import { at, quote } from '../../helpers/quotes.js';

describe('"of that" inside a wh-phrase that opens the content', () => {
  test('"would not say how much of that …": the wh-phrase stays in the content', () => {
    const text = 'The treasurer would not say how much of that went to the new stadium.';
    expect(quote(text, 'how much')).toMatchObject({ text: 'how much of that went to the new stadium', start: at(text, 'how much'), type: 'indirect', speaker_mention: 'The treasurer', cue: 'say', outlet: null });
  });

  test('near miss: a clause "that" after the cue still opens the content', () => {
    const text = 'The treasurer said that most of the money went to the new stadium.';
    expect(quote(text, 'most of')).toMatchObject({ text: 'most of the money went to the new stadium', type: 'indirect', cue: 'said' });
  });
});

describe('"of that" closing a quantity phrase that is the content\'s subject', () => {
  test('"said the bulk of that was …": "that" is the pronoun after "of", not a complementizer', () => {
    const text = 'Dana Whitlow said the bulk of that was spent on lawyers.';
    expect(quote(text, 'the bulk')).toMatchObject({ text: 'the bulk of that was spent on lawyers', start: at(text, 'the bulk'), end: text.length - 1, type: 'indirect', speaker: 'Dana Whitlow', cue: 'said', outlet: null });
  });

  test('"said much of that is …" likewise', () => {
    const text = 'The harbour master said much of that is guesswork.';
    expect(quote(text, 'much of')).toMatchObject({ text: 'much of that is guesswork', type: 'indirect', speaker_mention: 'The harbour master', cue: 'said', outlet: null });
  });

  test('near miss: "because of that" before a clause with its own subject leaves the clause as content', () => {
    const text = 'Dana Whitlow said because of that the ferry was late.';
    expect(quote(text, 'the ferry')).toMatchObject({ text: 'the ferry was late', start: at(text, 'the ferry'), type: 'indirect', speaker: 'Dana Whitlow', cue: 'said' });
  });
});
