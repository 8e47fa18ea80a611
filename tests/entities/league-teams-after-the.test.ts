// A major-league nickname after a city that is also a given name ("the Orlando Magic") names the team where
// "the" opens it. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe('the + given-name city + league nickname is a team', () => {
  test('"the Orlando Magic" is a team; the speaker stays a person', () => {
    const text = 'The Hawks beat the Orlando Magic on Friday, Dunmore said.';
    expect(people(text)).toEqual(['Dunmore']);
    expect(quote(text, 'The Hawks')).toMatchObject({
      type: 'indirect', text: 'The Hawks beat the Orlando Magic on Friday', start: 0, speaker: 'Dunmore', speaker_kind: 'person',
      speaker_start: at(text, 'Dunmore'), cue: 'said', outlet: null,
    });
  });

  test('near miss: without "the" and with an age the name stays a person\'s', () => {
    expect(people('Orlando Magic, 34, a juggler, performed in the square.')).toEqual(['Orlando Magic']);
  });
});
