// Epithets as speakers: "the Spaniard", "the Frenchwoman", "the 23-year-old" name someone named before,
// never a person called "Spaniard". Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const people = (text: string) => extractArticle(text, { id: 'e' }).entities.people.map((p) => p.name);

describe('a noun for one of a nation is an epithet, not a name', () => {
  const text = 'Marco Ibañez beat the top seed in three sets on Sunday.\n\n“I felt good from the first ball,” the Spaniard said.';

  test('"the Spaniard said" gives the player named before', () => {
    expect(quote(text, 'I felt good')).toMatchObject({ type: 'direct', speaker: 'Marco Ibañez', speaker_mention: 'the Spaniard', speaker_start: at(text, 'the Spaniard'), speaker_kind: 'person', cue: 'said' });
  });

  test('no person is called "Spaniard"', () => {
    expect(people(text)).toEqual(['Marco Ibañez']);
  });

  test('"the Frenchwoman" is a woman: the woman named before, not the man who spoke last', () => {
    const t = 'Claire Marchand lost in the final. “She served well,” said her coach, Tomas Ebbe.\n\n“Grass is not my surface,” the Frenchwoman said.';
    expect(quote(t, 'Grass is not')).toMatchObject({ speaker: 'Claire Marchand', speaker_mention: 'the Frenchwoman', cue: 'said' });
  });

  test('a two-word nation: "the New Zealander"', () => {
    const t = 'Aroha Penn finished fourth. “The wind was brutal out there,” the New Zealander said.';
    expect(quote(t, 'The wind')).toMatchObject({ speaker: 'Aroha Penn', speaker_mention: 'the New Zealander' });
  });

  test('a nation\'s name in a body\'s is no epithet (negative case): "the American Red Cross said"', () => {
    const t = 'The American Red Cross said its shelters in Dunmore were full.';
    expect(quote(t, 'its shelters')).toMatchObject({ speaker: 'American Red Cross', speaker_kind: 'organization' });
  });
});

describe('an epithet continues the previous sentence\'s named subject', () => {
  test('"His opponent, NAME, was gracious. “…,” said the 23-year-old": the opponent, not the last speaker', () => {
    const text = 'Marco Ibañez won in straight sets.\n\n“I felt good from the first ball,” Ibañez said.\n\nHis opponent, Lars Vedder, was gracious. “He was better today,” said the 23-year-old.';
    expect(quote(text, 'He was better')).toMatchObject({ speaker: 'Lars Vedder', speaker_mention: 'the 23-year-old', cue: 'said' });
  });

  test('with no named subject before it, the epithet is the latest speaker (negative case)', () => {
    const text = 'Marco Ibañez won in straight sets.\n\n“I felt good from the first ball,” Ibañez said. “The crowd helped,” added the 23-year-old.';
    expect(quote(text, 'The crowd')).toMatchObject({ speaker: 'Marco Ibañez', speaker_mention: 'the 23-year-old' });
  });
});

describe('a playing position is a role that names someone named before', () => {
  test('"“…,” the former midfielder said" after a pundit\'s report on a channel: the pundit, on that channel', () => {
    const text = 'Owen Pratt said on Sky Sports that the sacking was harsh. “He kept them up on no budget,” the former midfielder said.';
    expect(quote(text, 'He kept them up')).toMatchObject({ speaker: 'Owen Pratt', speaker_mention: 'the former midfielder', cue: 'said', outlet: 'Sky Sports' });
    expect(people(text)).toEqual(['Owen Pratt']);
  });
});

describe('a name we do not list, then "he" or "she" in the next sentence', () => {
  test('"Odile Marchand lost … . “…,” she said": the pronoun is hers, and she is a person', () => {
    const text = 'Odile Marchand lost the final in three sets.\n\n“Grass is not my surface,” she said.';
    expect(quote(text, 'Grass is not')).toMatchObject({ speaker: 'Odile Marchand', speaker_mention: 'she', speaker_kind: 'person', cue: 'said' });
    expect(people(text)).toEqual(['Odile Marchand']);
  });

  test('with another woman named between them, the pronoun is hers (negative case)', () => {
    const text = 'Odile Marchand lost the final in three sets. Claire Dunn won it. “It was close,” she said.';
    expect(quote(text, 'It was close').speaker).toBe('Claire Dunn');
  });

  test('a place opening the sentence is no person (negative case)', () => {
    const text = 'New Harbor flooded again on Monday. “It is the worst in years,” she said.';
    expect(quote(text, 'It is the worst').speaker).toBeNull();
  });
});

describe('epithets and unlisted names: what they must not take (review)', () => {
  test('a nation\'s noun is not the coach named in the sentence before: the description speaks', () => {
    const text = 'Dutch rider Joost Brinkman won the stage. Coach Marta Silva embraced him at the line. “My legs were empty,” said the Dutchman.';
    expect(quote(text, 'My legs')).toMatchObject({ speaker: null, speaker_mention: 'the Dutchman', speaker_kind: 'anonymous' });
  });

  test('a storm, an operation or a camp before "she" is no person', () => {
    const text = 'Hurricane Odalys hit the coast overnight. “The whole roof just went,” she said.';
    expect(quote(text, 'The whole roof').speaker).toBeNull();
    expect(people(text)).toEqual([]);
  });
});


describe('"the 29-year-old from PLACE": an age or one of a nation from a place describes someone, the place never speaks', () => {
  test('"The 31-year-old from Tampere said …" is the golfer named before, mention the whole description', () => {
    const text = 'Jonas Berglund leads by three shots. The 31-year-old from Tampere said he was “not worried” about the weather.';
    expect(quote(text, 'not worried')).toMatchObject({
      type: 'partial', text: 'not worried', start: at(text, 'not worried'), speaker: 'Jonas Berglund', speaker_kind: 'person',
      speaker_mention: 'The 31-year-old from Tampere', speaker_start: at(text, 'The 31-year-old'), speaker_end: at(text, ' said he'), cue: 'said',
    });
    expect(people(text)).toEqual(['Jonas Berglund']);
  });

  test('"The Finn from Tampere said …" is the same', () => {
    const text = 'Jonas Berglund leads by three shots. The Finn from Tampere said he was “not worried” about the weather.';
    expect(quote(text, 'not worried')).toMatchObject({ speaker: 'Jonas Berglund', speaker_mention: 'The Finn from Tampere', cue: 'said' });
  });

  test('with no one named before, the description itself, anonymous', () => {
    const text = 'The 31-year-old from Tampere said he was “not worried” about the weather.';
    expect(quote(text, 'not worried')).toMatchObject({ speaker: null, speaker_kind: 'anonymous', speaker_mention: 'The 31-year-old from Tampere', speaker_start: 0 });
    expect(people(text)).toEqual([]);
  });

  test('near miss: a name from a place is still the name ("Aino Virtanen from Tampere said")', () => {
    const text = 'Aino Virtanen from Tampere said she was “not worried” about the weather.';
    expect(quote(text, 'not worried')).toMatchObject({ speaker: 'Aino Virtanen', speaker_mention: 'Aino Virtanen', speaker_kind: 'person' });
  });
});
