import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quotesOf } from '../helpers/quotes.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe('a name introduced by a noun for a kind of company is the body at every mention', () => {
  test('"X, an AI translation start-up, said" and a later "X said": both the organisation, no person', () => {
    const text = 'Lexora, an AI translation start-up, said it had not been told of the ban. By Friday, Lexora said it would appeal.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'it had not been told of the ban', start: at(text, 'it had'), end: at(text, ' By Friday') - 1, speaker: 'Lexora', speaker_kind: 'organization', speaker_mention: 'Lexora', speaker_start: 0, speaker_end: 6, speaker_role: null, cue: 'said', outlet: null },
      { type: 'indirect', text: 'it would appeal', start: at(text, 'it would'), speaker: 'Lexora', speaker_kind: 'organization', speaker_mention: 'Lexora', speaker_start: at(text, 'Lexora said'), speaker_role: null, cue: 'said', outlet: null },
    ]);
    expect(people(text)).toEqual([]);
  });

  test('"the start-up X said" makes a later bare "X said" the organisation too', () => {
    const text = 'The delivery start-up Parcelo said it would cut 80 jobs. Two weeks later, Parcelo said the cuts were final.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'it would cut 80 jobs', start: at(text, 'it would'), speaker: 'Parcelo', speaker_kind: 'organization', speaker_start: at(text, 'Parcelo'), speaker_end: at(text, 'Parcelo') + 7, cue: 'said', outlet: null },
      { type: 'indirect', text: 'the cuts were final', start: at(text, 'the cuts'), speaker: 'Parcelo', speaker_kind: 'organization', speaker_mention: 'Parcelo', speaker_start: at(text, 'Parcelo said the'), cue: 'said', outlet: null },
    ]);
    expect(people(text)).toEqual([]);
  });

  test('near miss: "the actor X" describes a person, who stays one at every mention', () => {
    const text = 'The actor Dravon said he had not seen the script. Later, Dravon said he would read it.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'he had not seen the script', speaker: 'Dravon', speaker_kind: 'person', speaker_role: 'actor', cue: 'said' },
      { type: 'indirect', text: 'he would read it', start: at(text, 'he would'), speaker: 'Dravon', speaker_kind: 'person', speaker_start: at(text, 'Dravon said he would'), cue: 'said', outlet: null },
    ]);
    expect(people(text)).toEqual(['Dravon']);
  });

  test('near miss: the subject of a clause after "the company" is the founder, a person', () => {
    const text = 'The company Oduya founded in 2009 was sold last year. Oduya said he had no regrets.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'he had no regrets', start: at(text, 'he had'), speaker: 'Oduya', speaker_kind: 'person', speaker_start: at(text, 'Oduya said'), cue: 'said', outlet: null }]);
  });
});

describe('a capitalised name ending in a business’s line of trade is a company', () => {
  test('"Norvik Electronics said it …": an organisation, no person', () => {
    const text = 'Tarnby Electronics said it would recall 30,000 chargers.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'it would recall 30,000 chargers', start: at(text, 'it would'), end: text.length - 1, speaker: 'Tarnby Electronics', speaker_kind: 'organization', speaker_mention: 'Tarnby Electronics', speaker_start: 0, speaker_end: 18, cue: 'said', outlet: null }]);
    expect(people(text)).toEqual([]);
  });

  test('"X Therapeutics" too', () => {
    const text = 'Calder Therapeutics said the trial had been paused.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the trial had been paused', speaker: 'Calder Therapeutics', speaker_kind: 'organization', speaker_start: 0, speaker_end: 19, cue: 'said', outlet: null }]);
  });

  test('near miss: a person’s name with no trade word stays a person', () => {
    const text = 'Tarnby Elkins said she would recall the chargers.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'she would recall the chargers', speaker: 'Tarnby Elkins', speaker_kind: 'person', speaker_start: 0, speaker_end: 13, cue: 'said', outlet: null }]);
  });
});
