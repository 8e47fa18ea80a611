import { describe, expect, test } from 'vitest';
import { at, quote } from '../../helpers/quotes.js';

describe('a single-quoted name at the end of reported content', () => {
  test('the content runs through its closing mark', () => {
    const text = 'Mara Okafor spoke on the Harbour Gazette podcast. She told the host that her fans call themselves the ‘Night Shift’.';
    expect(quote(text, 'her fans call')).toMatchObject({ text: 'her fans call themselves the ‘Night Shift’', end: at(text, '’.') + 1 });
  });

  test('an apostrophe after the content is no closing mark', () => {
    const text = 'Mara Okafor said the pier belongs to the ferry workers’ union.';
    expect(quote(text, 'the pier belongs')).toMatchObject({ text: 'the pier belongs to the ferry workers’ union' });
  });
});
