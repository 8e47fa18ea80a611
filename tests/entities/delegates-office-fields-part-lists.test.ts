import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const entities = (text: string) => {
  const e = extractArticle(text, { id: 'rf41d' }).entities;
  return { people: e.people.map((p) => p.name), characters: e.characters.map((c) => c.name) };
};

describe('"NAME delegates": a known given name opens a person, whose delegates they are', () => {
  test('"Bernie Sanders delegates booed …" keeps the person', () => {
    const text = "Bernie Sanders delegates booed when Hillary Clinton's name was mentioned, organiser Tom Price said.";
    expect(quote(text, 'Bernie')).toMatchObject({
      text: "Bernie Sanders delegates booed when Hillary Clinton's name was mentioned", type: 'indirect',
      speaker: 'Tom Price', speaker_mention: 'Tom Price', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    expect(entities(text).people).toEqual(['Bernie Sanders', 'Hillary Clinton', 'Tom Price']);
  });

  test('negative: an event\'s delegates name no one', () => {
    expect(entities('Harbour Summit delegates walked out on Friday, Ana Ruiz said.').people).toEqual(['Ana Ruiz']);
  });
});

describe('"ROLE of FIELD NAME": a field no list knows runs up to the given name', () => {
  test.each([
    ['Minister of National Unity Helen Sato said the talks would resume.', 'the talks would resume', 'Helen Sato'],
    ['Secretary of Homeland Security Dan Ruiz said the border was calm.', 'the border was calm', 'Dan Ruiz'],
    ['Minister of Liberty Affairs Amos Dlamini said the law would pass.', 'the law would pass', 'Amos Dlamini'],
    ['Director of Coastal Planning Mara Okafor said the dunes would hold.', 'the dunes would hold', 'Mara Okafor'],
  ])('%s', (text, said, name) => {
    expect(quote(text, said)).toMatchObject({
      text: said, type: 'indirect', speaker: name, speaker_mention: name, speaker_start: at(text, name),
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    expect(entities(text).people).toEqual([name]);
  });

  test('no given name known: the last two words are the name', () => {
    expect(entities('Minister of Regional Cohesion Tarek Oyelaran said the funds were late.').people).toEqual(['Tarek Oyelaran']);
  });
});

describe('", and NAME plays …" opens a new clause, not a list', () => {
  test('"plays Hamlet\'s mother, Gertrude, and Reyes plays the ghost"', () => {
    const e = entities("Vance plays Hamlet's mother, Gertrude, and Reyes plays the ghost.");
    expect(e.characters).toEqual(['Gertrude']);
    expect(e.people).toEqual([]);
  });

  test('"plays Lear\'s youngest daughter, Cordelia, and Ben Kato plays Edmund"', () => {
    expect(entities("She plays Lear's youngest daughter, Cordelia, and Ben Kato plays Edmund.")).toEqual({ people: ['Ben Kato'], characters: ['Cordelia', 'Edmund'] });
  });

  test('negative: a list of composers still names no part', () => {
    expect(entities("Ana Ruiz plays Chopin's nocturnes, Beethoven, and Bach on her new album.")).toEqual({ people: ['Ana Ruiz'], characters: [] });
  });
});

describe('negative: a place after "ROLE of" is not cut to a given name', () => {
  test('"Mayor of Port Kellan Bay" names no one', () => {
    expect(entities('The Mayor of Port Kellan Bay said the bridge would reopen.').people).toEqual([]);
  });
});
