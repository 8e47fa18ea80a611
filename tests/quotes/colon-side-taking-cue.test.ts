import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"disagreed:" before a quotation introduces its speaker\'s words, as "shrugged:" does', () => {
  test('after a described name in apposition', () => {
    const text = '“The bridge is safe,” engineer Tom Hale said. His deputy, Rosa Lind, disagreed: “It needs new cables.”';
    expect(quote(text, 'It needs')).toMatchObject({ type: 'direct', text: 'It needs new cables.', speaker: 'Rosa Lind', speaker_start: at(text, 'Rosa Lind'), cue: 'disagreed', cue_start: at(text, 'disagreed:') });
  });
});
