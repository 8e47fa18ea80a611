import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { quote } from '../helpers/quotes.js';

const outletNames = (text: string) => extractArticle(text, { id: 'o' }).entities.outlets.map((o) => o.name);

describe('outlet names: a place\'s possessive, a possessive inside a name, a title opening with a plain word', () => {
  test('"Britain’s Daily Telegraph reported that …": the place is no part of the outlet\'s name', () => {
    const text = 'Britain’s Daily Telegraph reported that the talks had stalled.';
    expect(outletNames(text)).toEqual(['Daily Telegraph']);
    expect(quote(text, 'the talks')).toMatchObject({ text: 'the talks had stalled', speaker: 'The Daily Telegraph', outlet: 'The Daily Telegraph', cue: 'reported' });
  });

  test('"Singapore’s Straits Times said …": a known outlet after a country\'s possessive', () => {
    const text = 'Singapore’s Straits Times said the deal was close.';
    expect(outletNames(text)).toEqual(['Straits Times']);
  });

  test('"People’s Daily" holds its possessive and is one outlet, no person "Daily"', () => {
    const text = 'The tabloid is owned by People’s Daily. People’s Daily said in a commentary that the tariffs were unfair.';
    const r = extractArticle(text, { id: 'o' });
    expect(r.entities.outlets.map((o) => o.name)).toEqual(['People’s Daily']);
    expect(r.entities.people).toEqual([]);
    expect(quote(text, 'the tariffs')).toMatchObject({ text: 'the tariffs were unfair', speaker: "People's Daily", cue: 'said' });
  });

  test('"speaking on Face the Week": the programme is not the magazine The Face', () => {
    const text = 'Senator Tom Hale, speaking on Face the Week on Sunday, said the bill was dead.';
    expect(outletNames(text)).toEqual([]);
    expect(quote(text, 'the bill')).toMatchObject({ speaker: 'Tom Hale', cue: 'said', outlet: null });
  });

  test('"told Variety the Academy would …": a clause told to the outlet keeps it', () => {
    const text = 'Dana Reyes told Variety the Academy would act soon.';
    expect(quote(text, 'the Academy')).toMatchObject({ speaker: 'Dana Reyes', cue: 'told', outlet: 'Variety' });
  });

  test('near miss: "told Time the Pentagon’s budget was …": a possessive after the capitalised words is no title', () => {
    const text = 'Senator Hale told Time the Pentagon’s budget was far too small.';
    expect(outletNames(text)).toEqual(['Time']);
    expect(quote(text, 'the Pentagon')).toMatchObject({ text: 'the Pentagon’s budget was far too small', speaker: 'Hale', cue: 'told', outlet: 'Time' });
  });

  test('"told Face the Week that …": the title ends before "that", so no outlet The Face', () => {
    const text = 'Senator Tom Hale told Face the Week that the bill was dead.';
    expect(outletNames(text)).toEqual([]);
    expect(quote(text, 'the bill')).toMatchObject({ text: 'the bill was dead', speaker: 'Tom Hale', cue: 'told', outlet: null });
  });
});

describe('"state" before a medium is no cue (frame.ts stateOwnedMedium)', () => {
  test('"said in remarks to state broadcaster X that …": the cue is "said", the outlet the broadcaster', () => {
    const text = 'Wang Jun, a trade scholar in Beijing, said in remarks to state broadcaster CCTV that exporters had adapted to tariffs.';
    expect(quote(text, 'exporters')).toMatchObject({ text: 'exporters had adapted to tariffs', type: 'indirect', speaker: 'Wang Jun', cue: 'said', outlet: 'CCTV' });
  });

  test('near miss: "the new rules state media outlets must …": after a subject "state" is the verb of the content', () => {
    const text = 'Officials said the new rules state media outlets must register by June.';
    expect(quote(text, 'the new rules')).toMatchObject({ text: 'the new rules state media outlets must register by June', cue: 'said', outlet: null });
  });

  test('"declined to state whether …" stays a cue', () => {
    const text = 'The senator declined to state whether she would run.';
    expect(quote(text, 'whether')).toMatchObject({ cue: 'state' });
  });
});
