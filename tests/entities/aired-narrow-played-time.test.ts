import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { entityNames } from '../helpers/entities.js';

const run = (text: string) => extractArticle(text, { id: 'test' }).entities;
const entities = entityNames;

describe('"NAME airs on NETWORK" names a show only when the name looks like a show', () => {
  test('a person the article goes on to name by surname, age or quote is no show', () => {
    const a = entities('Delphine Quenby returns on ABC next week. “I missed the studio,” Quenby said.');
    expect(a.films).toEqual([]);
    expect(a.people).toEqual(['Delphine Quenby']);
    const b = entities('Torvald Hesk returns on Hulu for a new season. Hesk, 52, said he was ready.');
    expect(b.films).toEqual([]);
    expect(b.people).toEqual(['Torvald Hesk']);
  });

  test('an event, a firm or a school airing on a network is no show; a longer network name is matched whole', () => {
    for (const text of [
      'The Lakemont Open airs on CBS on Sunday.',
      'The Harbor Marathon airs on NBC Sports on Monday.',
      'The Midwinter Parade airs on NBC this year.',
      'Westbrook High School debuts on PBS in a new season of profiles.',
      'Calder Dynamics airs on Fox Business at noon.',
      'Pellham Motor returns on Fox after a year.',
    ]) expect(entities(text).films).toEqual([]);
  });

  test('a colon\'s subtitle still names a show, with its offsets', () => {
    const films = run('Ranch Rivals: Second Harvest premieres on Hulu in May.').films;
    expect(films.map((f) => `${f.title}:${f.kind}`)).toEqual(['Ranch Rivals: Second Harvest:tv']);
    expect(films[0]!.mentions).toEqual([{ start: 0, end: 28, text: 'Ranch Rivals: Second Harvest' }]);
  });
});

describe('a film word before a title wins over the network airing it', () => {
  test('"The film “…” premieres on Netflix" is a film; so is "her movie …"', () => {
    expect(entities('The film “Iron Bloom” premieres on Netflix on Friday.').films).toEqual(['Iron Bloom:film']);
    expect(entities('Her movie Dust Orchard debuts on Hulu on Friday.').films).toEqual(['Dust Orchard:film']);
  });
});

describe('"show/series, titled/called “…”" needs a screen word in its sentence', () => {
  test('a trade show, a fashion show, an air show or a lecture series named in quotation marks is no screen work', () => {
    for (const text of [
      'The trade show, titled “Grain Tech West,” opens Monday.',
      'The fashion show, titled “Paper Tides,” closed the week.',
      'The show, called “Autumn Threads,” features 300 quilts.',
      'The lecture series, called “Rivers Without Dams,” starts in May.',
      'The air show, called “Wings Over Pellston,” drew a crowd.',
    ]) expect(entities(text).films).toEqual([]);
  });

  test('with a screen word the series is a show; a film titled “…” is a film', () => {
    expect(entities('The TV series, called “Salt Marsh Clinic,” was renewed on Monday.').films).toEqual(['Salt Marsh Clinic:tv']);
    expect(entities('The film, titled “Lanterns at Noon,” opens in May.').films).toEqual(['Lanterns at Noon:film']);
  });

  test('a film adaptation, retitled ‘…’, is a film whose title is no quote', () => {
    const text = 'The studio said the film adaptation, retitled ‘Harbour Lights’, would begin shooting in March.';
    expect(entities(text).films).toEqual(['Harbour Lights:film']);
  });
});

describe('"played the PLURAL" is a side only in a sentence of a match', () => {
  test('a group part played in a pageant or a play stays a part', () => {
    expect(entities('In the pageant, the boys played the Three Kings and the girls sang.').characters).toEqual(['Three Kings']);
    expect(entities('The children played the Seven Dwarfs in the school play.').characters).toEqual(['Seven Dwarfs']);
  });

  test('a side played on a day, with a score or a result is no part', () => {
    expect(entities('The Herons played the Tacoma Gulls on Sunday and lost.').characters).toEqual([]);
    expect(entities('The Owls played the Harbor Point Kings in a 3-1 win.').characters).toEqual([]);
  });
});

describe('an unquoted title keeps its time words when its own verb follows', () => {
  test('"The film Ten Nights in June won …" keeps "in June"; "opens the thriller … on Friday" cuts "on Friday"', () => {
    expect(entities('The film Ten Nights in June won the jury prize.').films).toEqual(['Ten Nights in June:film']);
    expect(entities('The studio opens the thriller Cold Water Run on Friday.').films).toEqual(['Cold Water Run:film']);
  });
});
