import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

const said = (text: string) => quote(text, 'The');

describe('an office “of the” a body, then a place or a person with no comma', () => {
  test('a place after the body’s word, no person after it, is the body’s: “the Law Society Victoria Park”', () => {
    const text = '“The roof leaked,” Secretary of the Rowing Society Oak Park said.';
    expect(said(text)).toMatchObject({ type: 'direct', text: 'The roof leaked,', start: at(text, 'The roof'), speaker: null, speaker_mention: 'Secretary of the Rowing Society Oak Park', speaker_start: at(text, 'Secretary'), cue: 'said', outlet: null });
  });

  test('a place word that is no surname (“Bay”) after the body: no person', () => {
    const text = '“The boats are gone,” President of the Sailing Society Grace Bay said.';
    expect(said(text)).toMatchObject({ text: 'The boats are gone,', speaker: null, speaker_mention: 'President of the Sailing Society Grace Bay', cue: 'said', outlet: null });
  });

  test('a run ending in a body’s tail (“Trust”) names no person', () => {
    const text = '“The grant ran out,” Head of the Royal Society Kate Ross Trust said.';
    expect(said(text)).toMatchObject({ text: 'The grant ran out,', speaker_kind: 'organization', cue: 'said' });
    expect(entityNames(text).people).toEqual([]);
  });

  test('a head-first body, its place, then a given name and surname: the person', () => {
    const a = '“The doors open at nine,” Director of the Institute Victoria Park Nora Pell said.';
    expect(said(a)).toMatchObject({ text: 'The doors open at nine,', speaker: 'Nora Pell', speaker_mention: 'Nora Pell', speaker_start: at(a, 'Nora'), cue: 'said', outlet: null });
    const b = '“The doors open at nine,” Head of the Institute Santa Monica Elena Ward said.';
    expect(said(b)).toMatchObject({ speaker: 'Elena Ward', speaker_mention: 'Elena Ward', speaker_start: at(b, 'Elena'), cue: 'said' });
    expect(entityNames(b).people).toEqual(['Elena Ward']);
  });

  test('a given name alone after the place is not enough for a person', () => {
    const text = '“The doors open at nine,” Director of the Museum Victoria Park Grace said.';
    expect(said(text)).toMatchObject({ text: 'The doors open at nine,', speaker: null, speaker_mention: 'Director of the Museum Victoria Park Grace', cue: 'said' });
  });

  test('kept: a person after the body’s tail, a head-first body with a place, a firm after “for”', () => {
    expect(said('“The vans are late,” Head of the Red Cross Society Maria Lopez Garcia said.')).toMatchObject({ speaker: 'Maria Lopez Garcia' });
    expect(said('“The vans are late,” Director of the Museum Victoria Park Nora Pell said.')).toMatchObject({ speaker: 'Nora Pell' });
    expect(said('“The vans are late,” Chair of the Rosa Parks Institute Mia Holt said.')).toMatchObject({ speaker: 'Mia Holt' });
    expect(said('“The vans are late,” Spokeswoman for Lindqvist Freight Ida Marsh said.')).toMatchObject({ speaker: 'Ida Marsh' });
  });
});

describe('people: a place after a body’s name makes no person', () => {
  test('“the Sailing Society Grace Bay”, “the Rowing Society Victoria Park”, “the Museum Victoria Park Grace”', () => {
    expect(entityNames('“The boats are gone,” President of the Sailing Society Grace Bay said.').people).toEqual([]);
    expect(entityNames('“The roof leaked,” Secretary of the Rowing Society Oak Park said.').people).toEqual([]);
    expect(entityNames('“The doors open at nine,” Director of the Museum Victoria Park Grace said.').people).toEqual([]);
  });
});
