import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

describe('a body\'s "X of (the) …" name runs whole', () => {
  test('a plural possessive after the body\'s head and "of the" stays inside the name', () => {
    const text = 'The National Federation of the Harbour Pilots’ Trade said fees had doubled.';
    const name = 'National Federation of the Harbour Pilots’ Trade';
    expect(quote(text, 'fees had')).toMatchObject({
      type: 'indirect', text: 'fees had doubled', start: at(text, 'fees had'),
      speaker: name, speaker_mention: name, speaker_kind: 'organization', speaker_role: null,
      speaker_start: at(text, name), speaker_end: at(text, name) + name.length, cue: 'said', outlet: null,
    });
    expect(entityNames(text).people).toEqual([]);
  });

  test('"of the" between a body\'s head and its name', () => {
    const text = 'The Central Association of the Hill Farmers said prices had fallen.';
    expect(quote(text, 'prices had')).toMatchObject({ speaker: 'Central Association of the Hill Farmers', speaker_kind: 'organization', speaker_start: at(text, 'Central'), cue: 'said' });
  });

  test('a chamber\'s name before a participle aside keeps its "of": the aside\'s cue has the whole body', () => {
    const text = 'The Eastvale Chamber of Commerce, calling the toll a burden on shops, said it would object.';
    const name = 'Eastvale Chamber of Commerce';
    for (const start of ['the toll', 'it would object']) {
      expect(quote(text, start)).toMatchObject({ speaker: name, speaker_mention: name, speaker_kind: 'organization', speaker_start: at(text, name), speaker_end: at(text, name) + name.length });
    }
    expect(quote(text, 'the toll')).toMatchObject({ type: 'indirect', cue: 'calling' });
  });

  test('near miss: a name\'s possessive before a person still ends at the possessive', () => {
    const text = 'The Rovers’ Dana Pell said prices fell.';
    expect(quote(text, 'prices fell')).toMatchObject({ speaker: 'Dana Pell', speaker_kind: 'person', speaker_start: at(text, 'Dana Pell') });
    const mayor = 'The Mayor of Dover said the road would close.';
    expect(quote(mayor, 'the road')).toMatchObject({ speaker_kind: 'anonymous', speaker_role: 'mayor' });
  });
});
