import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

const entities = (text: string) => {
  const e = extractArticle(text, { id: 'a' }).entities;
  return { people: e.people.map((p) => p.name), outlets: e.outlets.map((o) => o.name) };
};

describe('a one-word outlet that opens a longer name is no outlet', () => {
  test('"a volunteer with the Red Cross": Red (a magazine) opens the name of a charity', () => {
    const text = '“We ran out of cots by midnight,” said a volunteer with the Red Cross.';
    expect(quote(text, 'We ran')).toMatchObject({
      text: 'We ran out of cots by midnight,', type: 'direct', speaker: null, speaker_mention: 'a volunteer with the Red Cross',
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    expect(entities(text)).toEqual({ people: [], outlets: [] });
  });

  test('"told the Red Cross" is no outlet either; "Time Warner" is no Time', () => {
    expect(quote('“We are fine,” she told the Red Cross on Monday.', 'We are')).toMatchObject({ speaker_mention: 'she', cue: 'told', outlet: null });
    expect(entities('Jo Brand told the Red Cross she was fine.').outlets).toEqual([]);
  });

  test('negative: "told Red magazine", "Time reported", "told Time Monday" keep the outlet', () => {
    expect(quote('“Fine,” she told Red magazine.', 'Fine')).toMatchObject({ cue: 'told', outlet: 'Red' });
    expect(quote('“Fine,” Time reported.', 'Fine')).toMatchObject({ speaker: 'Time', cue: 'reported', outlet: 'Time' });
    expect(quote('“Fine,” she told Time Monday.', 'Fine')).toMatchObject({ cue: 'told', outlet: 'Time' });
    expect(entities('“Fine,” Red’s editor said.').outlets).toEqual(['Red']);
  });
});

describe('a place closing a description is no head of the apposition after it', () => {
  test('"The owner of the farmhouse above Dunmore, Tom Ashby, said": Tom Ashby speaks, Dunmore is a place', () => {
    const text = 'The owner of the cottage above Kilbrenna, Tom Ashby, said the flood came at night.';
    expect(quote(text, 'the flood')).toMatchObject({
      text: 'the flood came at night', type: 'indirect', speaker: 'Tom Ashby', speaker_mention: 'Tom Ashby',
      speaker_start: at(text, 'Tom Ashby'), speaker_role: 'owner', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    expect(entities(text)).toEqual({ people: ['Tom Ashby'], outlets: [] });
  });

  test('"The landlord of a pub near Harrowby, Mia Cole, said"', () => {
    const text = 'The landlord of a pub near Harrowby, Mia Cole, said trade had halved.';
    expect(quote(text, 'trade had')).toMatchObject({ speaker: 'Mia Cole', speaker_mention: 'Mia Cole', cue: 'said' });
    expect(entities(text).people).toEqual(['Mia Cole']);
  });
});

describe('a name set off after a kind of thing names the thing', () => {
  test('"The director of the festival, Harbour Nights, said": the festival is named; the description speaks', () => {
    const text = 'The director of the festival, Lantern Tides, said tickets had sold out.';
    expect(quote(text, 'tickets')).toMatchObject({
      text: 'tickets had sold out', type: 'indirect', speaker: null, speaker_mention: 'The director of the festival',
      speaker_start: 0, cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    expect(entities(text)).toEqual({ people: [], outlets: [] });
  });

  test('negative: a known given name there is the person ("The director of the festival, Maria Lenz, said")', () => {
    const text = 'The director of the festival, Maria Lenz, said tickets had sold out.';
    expect(quote(text, 'tickets')).toMatchObject({ speaker: 'Maria Lenz', speaker_mention: 'Maria Lenz', cue: 'said' });
    expect(entities(text).people).toEqual(['Maria Lenz']);
  });

  test('negative: a name of words we do not know keeps the person ("…, Pierre Vautrin, said"); the thing itself speaks by its name', () => {
    expect(quote('The director of the festival, Pierre Vautrin, said tickets had sold out.', 'tickets')).toMatchObject({ speaker: 'Pierre Vautrin', cue: 'said' });
    expect(quote('Her label, Copper Reed, said the tour would go on.', 'the tour')).toMatchObject({ speaker: 'Copper Reed', speaker_mention: 'Copper Reed', cue: 'said' });
  });
});

describe('a rival of a person is a person, whatever the last word of the name', () => {
  test('"Kim Soo-jin leads Haneul Park": Park is a family name here', () => {
    expect(entities('Lee Min-ho leads Haneul Park by two strokes after the second round.').people).toEqual(['Lee Min-ho', 'Haneul Park']);
    expect(entities('Haneul Park beat Ana Ruiz in the semi-final.').people).toEqual(['Haneul Park', 'Ana Ruiz']);
  });

  test('negative: "Hyde Park", "Olympic Park fans" stay places', () => {
    expect(entities('The route passes Hyde Park before noon.').people).toEqual([]);
    expect(entities('Ana Ruiz led Olympic Park fans in song.').people).toEqual(['Ana Ruiz']);
  });
});

describe('a kind of body with a relative clause, then its name in apposition', () => {
  test('"The bookmaker that flagged the bets, Wagerly, said …": the name is the bookmaker\'s, an organisation, and no person', () => {
    const text = 'The bookmaker that flagged the bets, Wagerly, said it had warned the league.\n\nWagerly said it had passed its concerns to the regulator.';
    expect(quote(text, 'it had warned')).toMatchObject({
      type: 'indirect', text: 'it had warned the league', start: at(text, 'it had warned'),
      speaker: 'Wagerly', speaker_mention: 'Wagerly', speaker_start: at(text, 'Wagerly'), speaker_kind: 'organization', cue: 'said',
    });
    expect(quote(text, 'it had passed')).toMatchObject({ speaker: 'Wagerly', speaker_kind: 'organization' });
    expect(entityNames(text).people).toEqual([]);
  });

  test('near miss: a given name opening the apposed name keeps the person', () => {
    const text = 'The bookmaker that flagged the bets, Tom Reyes, said he had warned the league.';
    expect(quote(text, 'he had warned')).toMatchObject({ speaker: 'Tom Reyes', speaker_kind: 'person' });
  });
});
