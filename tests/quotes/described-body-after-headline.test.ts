import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const people = (text: string) => extractArticle(text, { id: 'h' }).entities.people.map((p) => p.name);

describe('"the company" stands for a one-word name opening the sentence, a headline above or not', () => {
  test('a title-case headline line neither hides the name nor lengthens it', () => {
    const text = 'Corvexa Profits Soar As Orders Climb\n\nCorvexa sold 3 million handsets, the company said on Monday.';
    expect(quote(text, 'Corvexa sold')).toMatchObject({
      type: 'indirect', text: 'Corvexa sold 3 million handsets', start: at(text, 'Corvexa sold'),
      speaker: 'Corvexa', speaker_kind: 'organization', speaker_mention: 'the company', speaker_start: at(text, 'the company'),
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    expect(people(text)).toEqual([]);
  });

  test('a name the article calls "the company" is no person', () => {
    const text = 'Corvexa sold 3 million handsets, the company said on Monday.';
    expect(quote(text, 'Corvexa sold')).toMatchObject({ speaker: 'Corvexa', speaker_kind: 'organization', speaker_mention: 'the company' });
    expect(people(text)).toEqual([]);
  });

  test('near miss: a surname after a given name on the same line is still a person', () => {
    const text = 'Ana Corvell sold 3 million handsets last year.\n\nCorvell said the phones were cheap.';
    expect(quote(text, 'the phones')).toMatchObject({ speaker: 'Ana Corvell', speaker_kind: 'person', cue: 'said' });
    expect(people(text)).toEqual(['Ana Corvell']);
  });
});
