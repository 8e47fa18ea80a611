import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe('a lone name that says in a statement "it was <feeling>" is a body, not a person', () => {
  test('"In a statement, Brightloom said it was “delighted to join.”": an organisation, no person', () => {
    const text = 'In a statement, Brightloom said it was “delighted to join.”';
    expect(quote(text, 'delighted')).toMatchObject({ text: 'delighted to join.', start: at(text, 'delighted'), end: at(text, 'delighted') + 18, type: 'partial', speaker: 'Brightloom', speaker_kind: 'organization', cue: 'said', outlet: null });
    expect(people(text)).not.toContain('Brightloom');
  });

  test('"Brightloom said in a statement that it was proud of the deal": the same without quotation marks', () => {
    const text = 'Brightloom said in a statement that it was proud of the deal.';
    expect(quote(text, 'it was proud')).toMatchObject({ speaker: 'Brightloom', speaker_kind: 'organization', cue: 'said' });
  });

  test('near miss: an empty "it" ("it was a sad day") leaves the name a person\'s', () => {
    const text = 'In a statement, Okafor said it was a sad day for the town.';
    expect(quote(text, 'it was a sad day')).toMatchObject({ speaker: 'Okafor', speaker_kind: 'person', cue: 'said' });
  });
});
