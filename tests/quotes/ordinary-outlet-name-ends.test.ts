import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const entities = (text: string) => {
  const e = extractArticle(text, { id: 'o' }).entities;
  return { people: e.people.map((p) => p.name), outlets: e.outlets.map((o) => o.name) };
};

describe('a one-word outlet that is an ordinary word: what ends its name', () => {
  test('a staff title in capitals after it ends the name: "told Time Senior Correspondent Ben Hale"', () => {
    const text = '"It changed my life," Mia Holmes told Time Senior Correspondent Ben Hale.';
    expect(quote(text, 'It changed')).toMatchObject({
      text: 'It changed my life,', type: 'direct', speaker: 'Mia Holmes', cue: 'told', cue_start: at(text, 'told'), outlet: 'Time',
    });
    expect(entities(text)).toEqual({ people: ['Mia Holmes', 'Ben Hale'], outlets: ['Time'] });
  });

  test('"People Editor …", "Variety Editor …", "Fortune Senior Editor …", "Heat Host …" keep the outlet', () => {
    expect(quote('"We kept going," Nora Vale told People Editor Jess Cagle in a podcast.', 'We kept')).toMatchObject({ speaker: 'Nora Vale', cue: 'told', outlet: 'People' });
    expect(quote('"We kept going," Nora Vale told Variety Editor Tom Rusk.', 'We kept')).toMatchObject({ speaker: 'Nora Vale', cue: 'told', outlet: 'Variety' });
    expect(quote('"We kept going," Nora Vale told Fortune Senior Editor Tom Rusk.', 'We kept')).toMatchObject({ speaker: 'Nora Vale', cue: 'told', outlet: 'Fortune' });
    expect(entities('"We kept going," Nora Vale told Fortune Senior Editor Tom Rusk.').outlets).toEqual(['Fortune']);
    expect(quote('"We kept going," Nora Vale told Time Ms Vale later said.', 'We kept')).toMatchObject({ speaker: 'Nora Vale', cue: 'told', outlet: 'Time' });
  });

  test('FM or AM after the name makes a broadcaster, never a person: "told Heat FM"', () => {
    const text = '"It changed my life," Mia Holmes told Heat FM.';
    expect(quote(text, 'It changed')).toMatchObject({ speaker: 'Mia Holmes', cue: 'told', cue_start: at(text, 'told'), outlet: 'Heat FM' });
    expect(entities(text)).toEqual({ people: ['Mia Holmes'], outlets: ['Heat FM'] });
  });

  test('negative: "Fortune 500 executives", "Time For Kids", "Time Warner Chief Executive": no outlet, in quote and entities alike', () => {
    const fortune = '"We are growing fast," Dana Reyes told Fortune 500 executives at a forum.';
    expect(quote(fortune, 'We are')).toMatchObject({ speaker: 'Dana Reyes', cue: 'told', outlet: null });
    expect(entities(fortune).outlets).toEqual([]);
    const kids = '"It changed my life," Mia Holmes told Time For Kids.';
    expect(quote(kids, 'It changed')).toMatchObject({ speaker: 'Mia Holmes', cue: 'told', outlet: null });
    expect(entities(kids).outlets).toEqual([]);
    expect(entities('Time Warner Chief Executive Ann Lo spoke on Monday.').outlets).toEqual([]);
    expect(quote('"We need cots," said a volunteer with the Red Cross.', 'We need')).toMatchObject({ speaker: null, cue: 'said', outlet: null });
  });

  test('negative: "told Fortune Brainstorm Tech attendees" names an event: no outlet and no person', () => {
    const text = '"It changed my life," Mia Holmes told Fortune Brainstorm Tech attendees.';
    expect(quote(text, 'It changed')).toMatchObject({ speaker: 'Mia Holmes', cue: 'told', cue_start: at(text, 'told'), outlet: null });
    expect(entities(text)).toEqual({ people: ['Mia Holmes'], outlets: [] });
    expect(entities('Ana Ruiz spoke to Harbour Summit delegates on Friday.').people).toEqual(['Ana Ruiz']);
  });
});
