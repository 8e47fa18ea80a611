// "The ticketing company, Stagepass, said …": a name set off after "the … company/network/operator" is the body's
// throughout the article. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { extractArticle } from '../../src/pipeline/process.js';
import { entityNames } from '../helpers/entities.js';

describe('a name set off by commas after a body\'s description is that body at every quote', () => {
  test('"The booking company, Seatrix, said …. Seatrix later announced …": both the body', () => {
    const text = 'The booking company, Seatrix, said its fees were fair. Seatrix later announced it would lower its fees.';
    expect(quote(text, 'its fees were')).toMatchObject({ speaker: 'Seatrix', speaker_kind: 'organization', speaker_mention: 'Seatrix', cue: 'said' });
    expect(quote(text, 'it would lower')).toMatchObject({
      type: 'indirect', text: 'it would lower its fees', start: at(text, 'it would lower'), speaker: 'Seatrix', speaker_kind: 'organization',
      speaker_mention: 'Seatrix', speaker_start: at(text, 'Seatrix later'), cue: 'announced', outlet: null,
    });
  });

  test('a head a person may hold ("The operator,") with a name closed by a plural noun of trade: the body', () => {
    const text = 'The operator, North Sound Coaches, said it would add buses. North Sound Coaches said it had “no complaints” on file.';
    expect(quote(text, 'it would add')).toMatchObject({ speaker: 'North Sound Coaches', speaker_kind: 'organization', cue: 'said' });
    expect(quote(text, 'no complaints')).toMatchObject({
      type: 'partial', text: 'no complaints', speaker: 'North Sound Coaches', speaker_kind: 'organization',
      speaker_mention: 'North Sound Coaches', speaker_start: at(text, 'North Sound Coaches said it had'), cue: 'said', outlet: null,
    });
  });

  test('near miss: "The operator, Lena Brooks," with a given name stays a person', () => {
    const text = 'The operator, Lena Brooks, said the crane was safe. Brooks later said the site would reopen.';
    expect(quote(text, 'the site would')).toMatchObject({ speaker: 'Lena Brooks', speaker_kind: 'person', cue: 'said' });
  });
});

describe('the set-off description must open its clause and the name read as no person\'s', () => {
  test('near miss: "The head of the studio, Anouk Verhaar, said" is the head, a person', () => {
    const text = 'The head of the studio, Anouk Verhaar, said the slate was full. Verhaar later said two films would move.';
    expect(quote(text, 'the slate')).toMatchObject({ speaker: 'Anouk Verhaar', speaker_kind: 'person', cue: 'said' });
  });
});

describe('a service word and a body\'s description head right before a name', () => {
  const people = (text: string) => extractArticle(text, { id: 'b' }).entities.people.map((p) => p.name);

  test('"Ferry operator Northwind Lines said …": no person', () => {
    expect(people('Ferry operator Northwind Lines said crossings would resume on Monday.')).toEqual([]);
  });

  test('near miss: "Crane operator Tomas Bell said …" is a person', () => {
    expect(people('Crane operator Tomas Bell said the lift had failed.')).toEqual(['Tomas Bell']);
  });
});

describe('a name right after a union\'s or federation\'s kind word is that body\'s', () => {
  test('"The musicians\' union Chordline said …": no person', () => {
    const text = 'The musicians\' union Chordline said it was concerned about the cuts.';
    expect(quote(text, 'it was concerned')).toMatchObject({ speaker: 'Chordline', speaker_kind: 'organization', cue: 'said' });
    expect(entityNames(text).people).toEqual([]);
  });

  test('near miss: a union official named after "union" stays a person', () => {
    const text = 'The union leader Dana Holt said it was concerned about the cuts.';
    expect(entityNames(text).people).toEqual(['Dana Holt']);
  });
});

describe('a firm\'s "house" and a bookmaker introduce a body, no person', () => {
  test('"The fashion house, Maison Dorval-Ricard, said" → organization speaker, no person; the hyphenated name kept whole', () => {
    const text = 'The fashion house, Maison Dorval-Ricard, said it would appeal the ruling. Maison Dorval-Ricard opened in 1921.';
    expect(quote(text, 'it would appeal')).toMatchObject({ speaker: 'Maison Dorval-Ricard', speaker_kind: 'organization', cue: 'said' });
    expect(extractArticle(text, { id: 'b' }).entities.people).toEqual([]);
  });

  test('"the auction house Maison Lefaure" without commas, and "the bookmaker Tolland Grey said", name no person', () => {
    expect(extractArticle('The skeleton was sold by the auction house Maison Lefaure in Paris.', { id: 'b' }).entities.people).toEqual([]);
    expect(extractArticle('A spokesman for the bookmaker Tolland Grey said the firm would refund stakes.', { id: 'b' }).entities.people).toEqual([]);
  });

  test('near miss: "the house" alone is a home, and a person described there stays a person', () => {
    expect(extractArticle('The house, Mary Ellen Brown said, was sold in May.', { id: 'b' }).entities.people.map((p) => p.name)).toEqual(['Mary Ellen Brown']);
    expect(extractArticle('The promoter, Jo Banks-Hale, said the show would go on.', { id: 'b' }).entities.people.map((p) => p.name)).toEqual(['Jo Banks-Hale']);
  });
});
