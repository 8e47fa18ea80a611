import { describe, expect, test } from 'vitest';
import { addressesAudience } from '../../src/quotes/audience.js';
import { quote } from '../helpers/quotes.js';

describe('words said in person to a group', () => {
  test('"told the contestants", "addressing the crowd", "told her fellow jurors"', () => {
    expect(addressesAudience('she told the contestants')).toBe(true);
    expect(addressesAudience('he said, addressing the crowd')).toBe(true);
    expect(addressesAudience('she told her fellow jurors')).toBe(true);
    expect(addressesAudience('she addresses the assembled pilots')).toBe(true);
  });

  test('not a name, a medium\'s audience or a singular noun: "told the Times", "told the viewers", "told the news site"', () => {
    expect(addressesAudience('she told the Times')).toBe(false);
    expect(addressesAudience('he told the viewers')).toBe(false);
    expect(addressesAudience('she told the news site')).toBe(false);
    expect(addressesAudience('she praised the contestants')).toBe(false);
  });

  test('an outlet carried to a pronoun does not reach words told to a group in person', () => {
    const text = 'Dr. Amal Greer told the BBC that teasing "still hurts."\n\n"It is cruel," she said. "That was not okay," she told the contestants.';
    expect(quote(text, 'It is cruel')).toMatchObject({ type: 'direct', speaker: 'Amal Greer', speaker_mention: 'she', cue: 'said', outlet: 'BBC' });
    expect(quote(text, 'That was not okay')).toMatchObject({ type: 'direct', speaker: 'Amal Greer', speaker_mention: 'she', cue: 'told', outlet: null });
  });

  test('told the viewers of a programme: the programme is still the outlet', () => {
    const text = 'Comedian Lucy Harmon appeared on “Jimmy Kimmel Live” on Monday. “I sold shoes for a year,” Harmon told the viewers.';
    expect(quote(text, 'I sold shoes')).toMatchObject({ speaker: 'Lucy Harmon', cue: 'told', outlet: 'Jimmy Kimmel Live' });
  });
});

describe('a programme\'s presenters are heard on air', () => {
  test('"told the hosts", "told the presenters" are no group heard in person; "told the guests" is (negative case)', () => {
    expect(addressesAudience('she told the hosts')).toBe(false);
    expect(addressesAudience('he told the presenters')).toBe(false);
    expect(addressesAudience('she told the guests')).toBe(true);
  });
});

describe('the possessive before an audience (nlp/words THIRD_PERSON_POSSESSIVES, and "our")', () => {
  test('"told its shareholders", "told our members": a group addressed', () => {
    expect(addressesAudience('the firm told its shareholders')).toBe(true);
    expect(addressesAudience('she told our members')).toBe(true);
  });

  test('negative: "told your members" (the reader\'s) is no group the speaker faced', () => {
    expect(addressesAudience('she told your members')).toBe(false);
  });
});

