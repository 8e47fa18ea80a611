import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

// "X was told by Y that …", "X heard / learned from Y that …": Y said the that-clause, X only heard it.
// (frame.ts marks the frame as the teller's; roles.ts tellerDescribed resolves a description of Y.)

describe('a description of the one who told is a different person from the one who heard it', () => {
  test('"said he was told by the mayor that … “…”": the mayor named earlier speaks the partial', () => {
    const text = 'Mayor Ana Kell cut the ribbon at the depot. Tom Ruiz said he was told by the mayor that the cuts were “unavoidable.”';
    expect(quote(text, 'unavoidable')).toMatchObject({
      text: 'unavoidable.', type: 'partial', speaker: 'Ana Kell', speaker_mention: 'the mayor', speaker_start: at(text, 'the mayor that'),
      cue: 'told', cue_start: at(text, 'told'),
    });
  });

  test('with no mayor named, "the mayor" stays a description: never Ruiz, who heard it and reports it', () => {
    const text = 'Tom Ruiz said he was told by the mayor that the cuts were “unavoidable.”';
    expect(quote(text, 'unavoidable')).toMatchObject({ type: 'partial', speaker: null, speaker_mention: 'the mayor', speaker_kind: 'anonymous', cue: 'told' });
  });

  test('a hearer who holds the role is passed over for another holder: "Brandt said he was told by the senator …"', () => {
    const text = 'Sen. Ivo Brandt and Sen. Carla Soto met in the cloakroom on Friday. Brandt said he was told by the senator that the vote was “a long shot.”';
    expect(quote(text, 'a long shot')).toMatchObject({ type: 'partial', speaker: 'Carla Soto', speaker_mention: 'the senator', cue: 'told' });
  });

  test('a hearer named only by a pronoun is passed over too: "Mayor Tom Ruiz … He was told by the mayor …"', () => {
    const text = 'Mayor Tom Ruiz cut the ribbon at the depot. He was told by the mayor that the cuts were “unavoidable.”';
    expect(quote(text, 'unavoidable')).toMatchObject({ type: 'partial', speaker: null, speaker_mention: 'the mayor', cue: 'told' });
  });
});

describe('"was told by Y that …" gives Y an indirect quote, the outer report staying the hearer\'s', () => {
  test('"said he was told by the mayor that …": the mayor named earlier; the hearer\'s report spans the whole clause', () => {
    const text = 'Mayor Ana Kell opened the bus depot on Monday. Tom Ruiz said he was told by the mayor that the budget would be cut.';
    expect(quote(text, 'the budget')).toMatchObject({
      text: 'the budget would be cut', type: 'indirect', start: at(text, 'the budget'), speaker: 'Ana Kell', speaker_mention: 'the mayor',
      speaker_start: at(text, 'the mayor that'), cue: 'told', cue_start: at(text, 'told'),
    });
    expect(quote(text, 'he was told')).toMatchObject({ text: 'he was told by the mayor that the budget would be cut', type: 'indirect', speaker: 'Tom Ruiz', cue: 'said' });
  });

  test('with no mayor named, "the mayor" stays a description, not Ruiz', () => {
    const text = 'Tom Ruiz said he was told by the mayor that the budget would be cut.';
    expect(quote(text, 'the budget')).toMatchObject({ type: 'indirect', speaker: null, speaker_mention: 'the mayor', speaker_kind: 'anonymous', cue: 'told' });
  });

  test('"Patients were told by doctors that …", "by the water board that …": unnamed people, a body', () => {
    const told = 'Patients were told by doctors that the ward would shut in May.';
    expect(quote(told, 'the ward')).toMatchObject({ text: 'the ward would shut in May', type: 'indirect', speaker: null, speaker_mention: 'doctors', speaker_kind: 'anonymous', cue: 'told' });
    const body = 'Tenants were told by the water board that the pipes were safe.';
    expect(quote(body, 'the pipes')).toMatchObject({ text: 'the pipes were safe', type: 'indirect', speaker_mention: 'the water board', speaker_kind: 'organization', cue: 'told' });
  });
});

describe('a "by" phrase that names no teller gives no quote (negative cases)', () => {
  const tellerless = [
    'Tom Ruiz was told by phone that the plant would close.',
    'Tom Ruiz was told by the end of the day that the plant would close.',
    'Tom Ruiz was told by them that the plant would close.',
  ];
  test.each(tellerless)('%s', (text) => {
    // (No phrase after the cue speaks, and the one who heard it did not say it either.)
    expect(quotesOf(text).filter((q) => q.cue === 'told')).toEqual([]);
  });
});

describe('"heard / learned from Y that …": Y speaks the clause, not the one who heard it', () => {
  test('"X, 52, heard from the governor that …": the governor, not the subject before the apposition', () => {
    const named = 'Gov. Lise Marr toured the mill in April. Tom Ruiz, 52, heard from the governor that the plant would close.';
    expect(quote(named, 'the plant')).toMatchObject({
      text: 'the plant would close', type: 'indirect', start: at(named, 'the plant'), speaker: 'Lise Marr', speaker_mention: 'the governor',
      speaker_start: at(named, 'the governor'), cue: 'heard', cue_start: at(named, 'heard'),
    });
    const unnamed = 'Tom Ruiz, 52, heard from the governor that the plant would close.';
    expect(quote(unnamed, 'the plant')).toMatchObject({ type: 'indirect', speaker: null, speaker_mention: 'the governor', speaker_kind: 'anonymous', cue: 'heard' });
  });

  test('"Brandt said he heard from the senator …": a hearer who holds the role is passed over for another holder', () => {
    const text = 'Sen. Ivo Brandt and Sen. Carla Soto met in the cloakroom on Friday. Brandt said he heard from the senator that the vote would slip.';
    expect(quote(text, 'the vote')).toMatchObject({ type: 'indirect', speaker: 'Carla Soto', speaker_mention: 'the senator', cue: 'heard' });
  });

  test('"learned from her lawyer that …": an unnamed teller is anonymous', () => {
    const text = 'Nadia Ferro learned from her lawyer that the charges had been dropped.';
    expect(quote(text, 'the charges')).toMatchObject({ text: 'the charges had been dropped', type: 'indirect', speaker: null, speaker_mention: 'her lawyer', cue: 'learned' });
  });
});

describe('a "from" phrase that names no teller gives it no quote (negative cases)', () => {
  test.each(['Tom Ruiz heard from afar that the plant would close.', 'Tom Ruiz heard from the start that the plant would close.'])('%s', (text) => {
    expect(quotesOf(text).filter((q) => q.cue === 'heard')).toEqual([]);
  });

  test('"learned from experience that …" names no one who told it', () => {
    const text = 'Tom Ruiz learned from experience that mills close without warning.';
    expect(quotesOf(text).filter((q) => q.speaker_mention === 'experience')).toEqual([]);
  });
});

describe('a paper named by its news word after "from"/"by" is an outlet teller, no person', () => {
  test('"heard from the Courier that …": the outlet Courier', () => {
    const text = 'Lena Markov heard from the Courier that her shop would be rezoned.';
    expect(quote(text, 'her shop')).toMatchObject({ text: 'her shop would be rezoned', type: 'indirect', speaker: 'Courier', speaker_kind: 'outlet', cue: 'heard', outlet: 'Courier' });
  });

  test('negative: a common news word ("the Show") names no teller, and a named person still tells', () => {
    expect(quotesOf('Lena Markov heard from the Show that her slot was gone.').filter((q) => q.cue === 'heard')).toEqual([]);
    expect(quote('Lena Markov learned from Piet Oduya that her slot was gone.', 'her slot')).toMatchObject({ speaker: 'Piet Oduya', speaker_kind: 'person', cue: 'learned', outlet: null });
  });
});
