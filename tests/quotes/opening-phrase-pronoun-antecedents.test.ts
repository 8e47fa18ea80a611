import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a person introduced in a sentence with no quotation is the "she" after the next sentence\'s opening phrase', () => {
  test('"In a letter to Parliament, she wrote …": the capitalised word in the opener is no rival antecedent', () => {
    const text = 'Odalys Fenwick toured the flooded valley on Monday. In a letter to Parliament, she said the state would rebuild the bridges.';
    expect(quote(text, 'the state would')).toMatchObject({
      type: 'indirect', text: 'the state would rebuild the bridges', start: at(text, 'the state would'), speaker: 'Odalys Fenwick', speaker_kind: 'person', speaker_mention: 'she', speaker_start: at(text, 'she said'), cue: 'said', outlet: null,
    });
  });

  test('negative: a name that is the next sentence\'s own subject still speaks for itself', () => {
    const text = 'Odalys Fenwick toured the flooded valley on Monday. In a letter to Parliament, Tomas Brandt said the state would rebuild the bridges.';
    expect(quote(text, 'the state would')).toMatchObject({ type: 'indirect', speaker: 'Tomas Brandt', speaker_mention: 'Tomas Brandt', cue: 'said' });
  });
});

describe('a lone surname after an opening participle clause, with a verb only a person does, is the next "he"', () => {
  test('"Asked about the tour, Okonkwo chuckled. “…,” he said." is Okonkwo', () => {
    const text = 'Asked about the farewell tour, Okonkwo chuckled. "Nobody retires from the road for good," he said.';
    expect(quote(text, 'Nobody retires')).toMatchObject({
      type: 'direct', text: 'Nobody retires from the road for good,', start: at(text, 'Nobody retires'), speaker: 'Okonkwo', speaker_kind: 'person', speaker_mention: 'he', speaker_start: at(text, 'he said'), cue: 'said', outlet: null,
    });
  });

  test('negative: a verb a company does as well ("published") names no person', () => {
    const text = 'Asked about the farewell tour, Okonkwo published a schedule. "Nobody retires from the road for good," he said.';
    expect(quote(text, 'Nobody retires')).toMatchObject({ type: 'direct', speaker: null, speaker_mention: 'he', cue: 'said' });
  });
});
