import { describe, expect, test } from 'vitest';
import { quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

describe('a word with a contracted verb is never a person\'s name', () => {
  test('"I’m told …" inside a quotation: no person, the quote unchanged', () => {
    const text = '“I’m told the roof will hold,” he said.';
    expect(quote(text, 'I’m told')).toMatchObject({ type: 'direct', start: 1, end: 29, text: 'I’m told the roof will hold,', cue: 'said', outlet: null });
    expect(entityNames(text).people).toEqual([]);
  });

  test('"We’ve heard …" opening a sentence: no person', () => {
    expect(entityNames('We’ve heard nothing since March, Tom Reyes said.').people).toEqual(['Tom Reyes']);
  });

  test('near miss: an apostrophe inside a surname keeps the name', () => {
    const text = '“I’m told the roof will hold,” Dana O’Neill said.';
    expect(quote(text, 'I’m told')).toMatchObject({ speaker: 'Dana O’Neill', speaker_kind: 'person', speaker_start: 31, speaker_end: 43, cue: 'said' });
    expect(entityNames(text).people).toEqual(['Dana O’Neill']);
  });
});
