// A seat of government named for the government housed there ("the Élysée declined to comment", "Zhongnanhai
// said") is a body, never a person. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe('seats of government are no people', () => {
  test('the Élysée, Zhongnanhai and the Quai d\'Orsay declining or speaking', () => {
    expect(people('The Élysée declined to comment on the leaked memo.')).toEqual([]);
    expect(people('The Elysee did not answer questions about the trip.')).toEqual([]);
    expect(people('Zhongnanhai declined to comment on the talks, and the Quai d\'Orsay was silent.')).toEqual([]);
  });

  test('a quote said by the Élysée is the body\'s', () => {
    const text = '"The president has full confidence in the minister," the Élysée said on Tuesday.';
    expect(quote(text, 'The president')).toMatchObject({
      type: 'direct', text: 'The president has full confidence in the minister,', start: 1, speaker: 'Élysée', speaker_kind: 'organization',
      speaker_start: at(text, 'Élysée'), cue: 'said', outlet: null,
    });
  });

  test('near miss: a person beside a seat of government stays a person', () => {
    expect(people('Marion Fabre, 52, a former adviser at the Élysée, declined to comment.')).toEqual(['Marion Fabre']);
  });
});
