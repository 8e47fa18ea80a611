import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const entities = (text: string) => extractArticle(text, { id: 'p' }).entities;

describe('a speaker\'s own podcast or show named unquoted between commas is the outlet of what she says there', () => {
  test('"On his podcast, NAME, X said …" and the quotes that go on in the paragraph', () => {
    const text = 'Critics were split. On his podcast, Late Shift Notes, Omar Reyes said the tour was “a victory lap nobody asked for”. “I like the man. I don\'t like the hour,” Reyes said on the episode.';
    expect(quote(text, 'a victory lap')).toMatchObject({
      text: 'a victory lap nobody asked for', start: at(text, 'a victory'), type: 'partial', speaker: 'Omar Reyes', cue: 'said', cue_start: at(text, 'said the tour'), outlet: 'Late Shift Notes',
    });
    expect(quote(text, 'I like the man')).toMatchObject({ type: 'direct', speaker: 'Omar Reyes', speaker_mention: 'Reyes', outlet: 'Late Shift Notes' });
    expect(entities(text).outlets.map((o) => o.name)).toContain('Late Shift Notes');
  });

  test('"X took a view on her podcast, NAME, calling it “…”", then her next words in the paragraph', () => {
    const text = 'Lena Ortiz took the opposite view on her podcast, Back Row Banter, calling the tour “a gift to small towns”. “People drove three hours to see her,” Ortiz said.';
    expect(quote(text, 'a gift to')).toMatchObject({ type: 'partial', speaker: 'Lena Ortiz', cue: 'calling', cue_start: at(text, 'calling'), outlet: 'Back Row Banter' });
    expect(quote(text, 'People drove')).toMatchObject({ type: 'direct', speaker: 'Lena Ortiz', speaker_mention: 'Ortiz', outlet: 'Back Row Banter' });
  });

  test('no closing comma, a person\'s name or a day between the commas: no programme named', () => {
    const subject = 'On her podcast, Lena Ortiz said the tour was “a gift to small towns”.';
    expect(quote(subject, 'a gift to')).toMatchObject({ speaker: 'Lena Ortiz', outlet: null });
    const person = 'On his show, Peter Vance, a comedian, said the tour was “a gift to small towns”.';
    expect(quote(person, 'a gift to')).toMatchObject({ speaker: 'Peter Vance', outlet: null });
    const day = 'Peter Vance said on his show, Friday, that the tour was “a gift to small towns”.';
    expect(quote(day, 'a gift to')).toMatchObject({ speaker: 'Peter Vance', outlet: null });
  });
});

describe('outlets written with a small first letter and capitals after it', () => {
  test('"told eNCA that …" names the channel', () => {
    const text = 'By noon the count had changed. Pieterse told eNCA that two workers had been found safe at home.';
    expect(quote(text, 'two workers')).toMatchObject({ type: 'indirect', speaker: 'Pieterse', cue: 'told', outlet: 'eNCA' });
  });
});

describe('national broadcasters, papers and sports channels the outlet list knows', () => {
  test.each([
    ['In a later interview with SABC, the minister said the mine would be inspected.', 'SABC'],
    ['Speaking to Rossiya 24 after the talks, the minister said the cut would be reviewed.', 'Rossiya 24'],
    ['Marlow told DAZN that sales had doubled overnight.', 'DAZN'],
    ['The director told The Ring that the fight would go ahead.', 'The Ring'],
    ['The coach told Gulf News that the squad was fit.', 'Gulf News'],
  ])('%s', (text, outlet) => {
    expect(extractArticle(text, { id: 'p' }).quotes[0]).toMatchObject({ type: 'indirect', outlet });
  });
});

describe('an outlet named in full earlier and by its abbreviation in the quote\'s own sentence', () => {
  test('"According to the FT, …" after "The Financial Times reported …" keeps the outlet on the quote', () => {
    const text = 'The Financial Times reported on Friday that the kingdom had warned members in private. According to the FT, Prince Omar told the ministers: “We will not wait for anyone else to move first.”';
    expect(quote(text, 'We will not wait')).toMatchObject({ type: 'direct', speaker: 'Prince Omar', outlet: 'Financial Times' });
  });
});

describe('between commas after "on his podcast", a person, a body or a day is no programme', () => {
  const outletNames = (text: string) => entities(text).outlets.map((o) => o.name);
  test('a description or "he said" after the name sets off a person or a clause', () => {
    const described = 'On his podcast, Hale, a former senator, said the bill was “dead on arrival”.';
    expect(quote(described, 'dead on')).toMatchObject({ speaker: 'Hale', cue: 'said', outlet: null });
    expect(outletNames(described)).toEqual([]);
    const guest = 'On his show, Okafor, the guest, said the league was “rotten”.';
    expect(quote(guest, 'rotten')).toMatchObject({ speaker: 'Okafor', outlet: null });
    expect(outletNames(guest)).toEqual([]);
  });

  test('a title opens a person\'s name: "Senator Tom Hale", "Dr. Ana Ruiz"', () => {
    expect(quote('On her show, Senator Tom Hale, a guest, said the plan was “a mess”.', 'a mess')).toMatchObject({ speaker: 'Tom Hale', outlet: null });
    expect(quote('On his podcast, Dr. Ana Ruiz, a virologist, said the vaccine was “safe”.', 'safe')).toMatchObject({ speaker: 'Ana Ruiz', outlet: null });
  });

  test('a body in capitals and a holiday are no programme', () => {
    const body = 'On his podcast, NASA, he said, was “wasting money”.';
    expect(quote(body, 'wasting')).toMatchObject({ outlet: null });
    expect(outletNames(body)).toEqual([]);
    const day = 'On his show, Christmas Eve, Tom Hale said he was “grateful”.';
    expect(quote(day, 'grateful')).toMatchObject({ speaker: 'Tom Hale', outlet: null });
    expect(outletNames(day)).toEqual([]);
  });

  test('a one-word name counts where the article names it as the programme again', () => {
    const once = 'On her podcast, Driftwood, Lena Ortiz said the tour was “a gift to small towns”.';
    expect(quote(once, 'a gift')).toMatchObject({ speaker: 'Lena Ortiz', outlet: null });
    const again = 'On her podcast, Driftwood, Lena Ortiz said the tour was “a gift to small towns”. She has hosted Driftwood since 2019, and listeners of Driftwood wrote in.';
    expect(quote(again, 'a gift')).toMatchObject({ speaker: 'Lena Ortiz', outlet: null });
    const asShow = 'On her podcast, Driftwood, Lena Ortiz said the tour was “a gift to small towns”. The Driftwood podcast has run since 2019.';
    expect(quote(asShow, 'a gift')).toMatchObject({ speaker: 'Lena Ortiz', outlet: 'Driftwood' });
  });
});

describe('a broadcaster written out in full', () => {
  test('"spoke to the British Broadcasting Corporation": the whole name is the outlet, as written', () => {
    const text = 'Ana Ruiz spoke to the British Broadcasting Corporation about the strike. “We are tired,” she said.';
    expect(quote(text, 'We are tired')).toMatchObject({ type: 'direct', speaker: 'Ana Ruiz', outlet: 'British Broadcasting Corporation' });
    expect(entities(text).outlets.map((o) => o.name)).toEqual(['British Broadcasting Corporation']);
  });
});

describe('a channel whose name opens with a first name', () => {
  test('"On his channel, Jack Builds, X said …": the channel, not a person, when the sentence has its own subject', () => {
    const text = 'On his channel, Jack Builds, Tomas Weber said the shed was “a lesson in patience”.';
    expect(quote(text, 'a lesson')).toMatchObject({
      text: 'a lesson in patience', start: at(text, 'a lesson'), type: 'partial', speaker: 'Tomas Weber', cue: 'said', cue_start: at(text, 'said the'), outlet: 'Jack Builds',
    });
    const found = entities(text);
    expect(found.people.map((p) => p.name)).toEqual(['Tomas Weber']);
    expect(found.outlets.map((o) => o.name)).toEqual(['Jack Builds']);
  });

  test('a person set off by commas with no subject after them stays the speaker', () => {
    const text = 'On his show, Jack Morrow, said the shed was “a lesson in patience”.';
    expect(quote(text, 'a lesson')).toMatchObject({ speaker: 'Jack Morrow', outlet: null });
  });
});

describe('a one-word programme title closing the sentence after "on her podcast," is the outlet', () => {
  test('"“…,” X said on her podcast, NAME." gives the programme as outlet and entity', () => {
    const text = '“The bakery stays open, whatever the landlord wants,” Tova Lind said on her podcast, Crumbs.';
    expect(quote(text, 'The bakery')).toMatchObject({ text: 'The bakery stays open, whatever the landlord wants,', start: at(text, 'The bakery'), type: 'direct', speaker: 'Tova Lind', cue: 'said', cue_start: at(text, 'said on'), outlet: 'Crumbs' });
    expect(entities(text).outlets.map((o) => o.name)).toContain('Crumbs');
  });
});
