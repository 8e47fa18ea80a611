import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

// A name of an outlet's shape told the words at the end of a tag: the gazetteer need not know it.
describe('an unknown outlet of an outlet\'s shape after "told"', () => {
  test('a known outlet and a place, "told Eater London.", is that edition, and no person', () => {
    const text = 'Bakery reopens\n\n“The bread is still the best in town,” Ola Brandt told Eater London.';
    expect(quote(text, 'The bread')).toMatchObject({
      text: 'The bread is still the best in town,', type: 'direct', start: at(text, 'The bread'), speaker: 'Ola Brandt', cue: 'told', cue_start: at(text, 'told'), outlet: 'Eater London',
    });
    const entities = extractArticle(text, { id: 't' }).entities;
    expect(entities.people.map((p) => p.name)).toEqual(['Ola Brandt']);
  });

  test('a name ending in a word outlets end in, "told Cork Live through an interpreter"', () => {
    const text = 'Bakery reopens\n\n“We baked all night,” Ola Brandt told Cork Live through an interpreter.';
    expect(quote(text, 'We baked')).toMatchObject({ type: 'direct', speaker: 'Ola Brandt', cue: 'told', outlet: 'Cork Live' });
  });

  test('near miss: a person told, her given name a known outlet\'s ("told Elle Brandt.")', () => {
    const text = 'Bakery reopens\n\n“We baked all night,” Ola Brandt told Elle Brandt.';
    expect(quote(text, 'We baked')).toMatchObject({ type: 'direct', cue: 'told', outlet: null });
  });
});
