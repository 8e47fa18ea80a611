import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const quotes = (text: string) => extractArticle(text, { id: 't' }).quotes.map((q) => [q.text, q.type, q.speaker, q.speaker_kind, q.speaker_mention, q.cue, q.outlet, q.start, q.end]);
const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe('a name in apposition after a definite kind of body is that body', () => {
  test('"The insurer, Calloway Mutual," speaks as an organisation', () => {
    const text = 'The insurer, Calloway Mutual, said in a statement that it would pay every claim.';
    expect(quotes(text)).toEqual([['it would pay every claim', 'indirect', 'Calloway Mutual', 'organization', 'Calloway Mutual', 'said', null, 55, 79]]);
    expect(people(text)).toEqual([]);
  });

  test('"The games studio, Brightfen Works," too, past a modifier', () => {
    const text = 'The games studio, Brightfen Works, said on Monday that it had cancelled the sequel.';
    expect(quotes(text)).toEqual([['it had cancelled the sequel', 'indirect', 'Brightfen Works', 'organization', 'Brightfen Works', 'said', null, 55, 82]]);
  });

  test('negative: a given name after the kind is a person ("The band, Tom Reyes,")', () => {
    const text = 'The band, Tom Reyes, said the tour was over.';
    expect(quotes(text)).toEqual([['the tour was over', 'indirect', 'Tom Reyes', 'person', 'Tom Reyes', 'said', null, 26, 43]]);
  });
});
