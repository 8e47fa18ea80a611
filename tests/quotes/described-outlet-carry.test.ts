import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a description that spoke to an outlet, and "the trade" for an outlet named before', () => {
  test('the same anonymous description in the next paragraph keeps its outlet', () => {
    const text = 'One league official told The Denver Post that the owners were angry.\n\n"Nobody expected this," the official said.';
    expect(quotesOf(text)[1]).toMatchObject({
      type: 'direct', text: 'Nobody expected this,', start: at(text, 'Nobody'), speaker: null, speaker_mention: 'the official',
      speaker_start: at(text, 'the official said'), cue: 'said', outlet: 'The Denver Post',
    });
  });

  test('near miss: one who spoke to no outlet gives none', () => {
    const text = 'One league official said the owners were angry.\n\n"Nobody expected this," the official said.';
    expect(quotesOf(text)[1]).toMatchObject({ speaker_mention: 'the official', outlet: null });
  });

  test('"according to the trade" after a one-word outlet', () => {
    const text = 'Deadline broke the story on Friday. The network passed on the pilot, according to the trade.';
    expect(quote(text, 'The network passed')).toMatchObject({
      type: 'indirect', text: 'The network passed on the pilot', start: 0 + at(text, 'The network passed'), speaker: 'Deadline', speaker_mention: 'the trade',
      speaker_kind: 'outlet', cue: 'according to', outlet: 'Deadline',
    });
  });

  test('near miss: a capitalised word opening a sentence is no outlet for "the magazine"', () => {
    const text = 'People close to the band said it was over. The tour was cancelled, the magazine said.';
    expect(quote(text, 'The tour')).toMatchObject({ speaker: null, speaker_mention: 'the magazine', outlet: null });
  });

  test('near miss: a one-word outlet that ends a longer name is not the one described', () => {
    const text = 'The study appeared in the journal Cardiology Today. The paper says that older patients "benefit most."';
    expect(quote(text, 'benefit')).toMatchObject({ speaker_mention: 'The paper', outlet: null });
  });

  test('"told host …" after the one podcast named before', () => {
    const text = 'Actor Nia Vos spoke about the casting on the podcast "Good Hang Time." "I wanted the part," Vos told host Ben Arlo.';
    expect(quote(text, 'I wanted')).toMatchObject({ type: 'direct', text: 'I wanted the part,', speaker: 'Nia Vos', cue: 'told', cue_start: at(text, 'told host'), outlet: 'Good Hang Time' });
  });
});
