import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { entityNames } from '../helpers/entities.js';

const run = (text: string) => extractArticle(text, { id: 'test' }).entities;
const entities = entityNames;

describe('a show named by the network that airs it', () => {
  test('"TITLE: Subtitle premieres on NETWORK" opening a sentence names a show, with its offsets', () => {
    const text = 'Lakeside Ladies: Desert Summer premieres on Bravo in June. The cast signed on last year.';
    const films = run(text).films;
    expect(films.map((f) => `${f.title}:${f.kind}`)).toEqual(['Lakeside Ladies: Desert Summer:tv']);
    expect(films[0]!.mentions).toEqual([{ start: 0, end: 30, text: 'Lakeside Ladies: Desert Summer' }]);
  });

  test('"TITLE returns on STREAMER" with a show word in the sentence names a show; the streamer opening a sentence is none', () => {
    const e = entities('The Quiet Orchard returns on Netflix for a second season. Netflix premieres on Friday a new slate of comedies.');
    expect(e.films).toEqual(['The Quiet Orchard:tv']);
  });

  test('without a subtitle or a show word, "NAME returns on NETWORK" names no show', () => {
    expect(entities('The Quiet Orchard returns on Netflix next spring.').films).toEqual([]);
  });

  test('a surname the article writes after a given name, or a contest, before "airs on" is no title', () => {
    expect(entities('Jonah Pelt hosts the late show. Pelt returns on ABC in March.').films).toEqual([]);
    expect(entities('The Harwell Cup final airs on CBS on Sunday.').films).toEqual([]);
  });
});

describe('a quoted title after a film or show word and "titled" or "called"', () => {
  test('"The film, titled “…,”" names a film', () => {
    const text = 'The film, titled “Wait for Morning,” opens in May.';
    const films = run(text).films;
    expect(films.map((f) => `${f.title}:${f.kind}`)).toEqual(['Wait for Morning:film']);
    expect(films[0]!.mentions).toEqual([{ start: 18, end: 34, text: 'Wait for Morning' }]);
  });

  test('"the series, called “…,”" names a show; "a program called “…”" names neither', () => {
    expect(entities('The series, called “Copper Coast,” was renewed on Monday.').films).toEqual(['Copper Coast:tv']);
    expect(entities('The city began a program called “Clean Blocks” in April.').films).toEqual([]);
  });

  test('the kind word right before the title decides: a series is a show, a film series is films', () => {
    expect(entities('He stars in the series “Low Tide Clinic.”').films).toEqual(['Low Tide Clinic:tv']);
    expect(entities('He stars in the film “Low Tide Clinic.”').films).toEqual(['Low Tide Clinic:film']);
  });
});

describe('a team played is no part', () => {
  test('"played the CITY PLURAL" names a side, not a character', () => {
    expect(entities('The Rams played the Tacoma Gulls on Sunday and lost.').characters).toEqual([]);
    expect(entities('Reed has played the Harbor Point Kings twice this season.').characters).toEqual([]);
  });

  test('a part after "played the" stays a part', () => {
    expect(entities('Lena Marsh played the Wicked Witch in “Emerald Road.”').characters).toEqual(['Wicked Witch']);
  });
});

describe('a nickname in quotation marks inside a name', () => {
  test('"Given “Nickname” Surname" is the person Given Surname, the mention running over the nickname', () => {
    const text = 'Marco “The Anvil” Bellandi said he would box again. Bellandi, 33, trains in Genoa.';
    const people = run(text).people;
    expect(people.map((p) => p.name)).toEqual(['Marco Bellandi']);
    expect(people[0]!.mentions[0]).toEqual({ start: 0, end: 26, text: 'Marco “The Anvil” Bellandi' });
    expect(people[0]!.gender).toBe('male');
  });
});

describe('an agency written in capitals', () => {
  test('a capitalised given name spelled like the agency, before a surname, is no outlet', () => {
    const e = entities('Efe Adeyemi, the chief executive of Tallis Books, said sales had doubled.');
    expect(e.outlets).toEqual([]);
    expect(e.people).toEqual(['Efe Adeyemi']);
  });

  test('the agency itself is still an outlet', () => {
    expect(entities('EFE reported the strike on Monday, the union said.').outlets).toEqual(['EFE']);
  });
});
