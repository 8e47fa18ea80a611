import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

describe('a name with an age set off by commas is a person, though its given name is not one we list', () => {
  test('"Marisol Quintanar, 67, waited …" is the next "she" and a person in the entities', () => {
    const text = 'Cyclone Ivara flattened the harbour overnight. Marisol Quintanar, 67, waited by her collapsed porch. "The water came too fast," she said.';
    expect(quote(text, 'The water')).toMatchObject({
      type: 'direct', text: 'The water came too fast,', start: at(text, 'The water'), speaker: 'Marisol Quintanar', speaker_kind: 'person', speaker_mention: 'she', speaker_start: at(text, 'she said'), cue: 'said', outlet: null,
    });
    expect(entityNames(text).people).toContain('Marisol Quintanar');
  });

  test('negative: a number after a name that is no age set off by commas ("Cyclone Ivara, 2019") registers no person', () => {
    const text = 'Cyclone Ivara flattened the harbour overnight, said Ines Dorado. Harbour Road, 2019 edition, was closed. "The water came too fast," she said.';
    expect(quote(text, 'The water')).toMatchObject({ type: 'direct', speaker: 'Ines Dorado', speaker_mention: 'she', cue: 'said' });
    expect(entityNames(text).people).not.toContain('Harbour Road');
  });
});
