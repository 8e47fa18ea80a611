import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('a verb the tagger reads as a noun before an object pronoun', () => {
  test('"told X that her fans call themselves …" is one report by the teller, not one by "her fans"', () => {
    const text = 'Mara Okafor spoke on the Harbour Gazette podcast. She told the host that her fans call themselves the Night Shift.';
    const reports = quotesOf(text).filter((q) => q.type === 'indirect');
    expect(reports).toHaveLength(1);
    expect(quote(text, 'her fans call')).toMatchObject({
      text: 'her fans call themselves the Night Shift', type: 'indirect', speaker: 'Mara Okafor', speaker_mention: 'She', speaker_start: at(text, 'She told'), cue: 'told',
    });
  });

  test('"said the harbour critics call it …" keeps its content', () => {
    const text = 'Mara Okafor said the harbour critics call it a waste of money.';
    expect(quote(text, 'the harbour critics')).toMatchObject({ text: 'the harbour critics call it a waste of money', speaker: 'Mara Okafor', cue: 'said' });
  });

  test('a noun before "her" is still a noun: "told the dock workers her plan" reports no clause', () => {
    const text = 'Mara Okafor told the dock workers her plan.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toHaveLength(0);
  });
});

describe('a verb the tagger reads as a noun between names, or before a last adverb', () => {
  test('"Ruiz trails Ortega by four points, according to X" keeps its clause', () => {
    const text = 'The count went on overnight. Ruiz trails Ortega by four points, according to the Harbour Gazette.';
    expect(quote(text, 'Ruiz trails')).toMatchObject({
      text: 'Ruiz trails Ortega by four points', type: 'indirect', speaker: 'The Harbour Gazette', cue: 'according to',
      start: text.indexOf('Ruiz trails'), end: text.indexOf(', according'),
    });
  });

  test('"said the crew deserved better" is a clause reported', () => {
    const text = 'Mara Okafor said the Dunmore crew deserved better.';
    expect(quote(text, 'the Dunmore crew')).toMatchObject({ text: 'the Dunmore crew deserved better', type: 'indirect', speaker: 'Mara Okafor', cue: 'said', start: 17, end: 49 });
  });

  test('a compound name with a capitalised "-s" word is no clause: "said the Harbor Trust"', () => {
    const text = 'Mara Okafor thanked the Harbor Trust.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect' && q.cue === 'said')).toHaveLength(0);
  });
});

describe('a plural noun the tagger reads as a verb, before an auxiliary', () => {
  test('"said that fares had risen" keeps its three-word clause', () => {
    const text = 'The council leader said that fares had risen.';
    expect(quotesOf(text)).toEqual([expect.objectContaining({
      text: 'fares had risen', type: 'indirect', speaker_mention: 'The council leader', speaker_start: 0, speaker_end: 18, cue: 'said', cue_start: 19, cue_end: 23, outlet: null,
      start: at(text, 'fares'), end: at(text, '.'),
    })]);
  });

  test('"said waits had grown" without "that", and after a time phrase', () => {
    const bare = 'The governor said waits had grown.';
    expect(quote(bare, 'waits')).toMatchObject({ text: 'waits had grown', type: 'indirect', speaker_mention: 'The governor', cue: 'said', start: at(bare, 'waits'), end: at(bare, '.') });
    const timed = 'The clinic said on Tuesday that calls were rising.';
    expect(quote(timed, 'calls')).toMatchObject({ text: 'calls were rising', type: 'indirect', speaker_mention: 'The clinic', cue: 'said', start: at(timed, 'calls'), end: at(timed, '.') });
  });

  test('a singular noun read as a verb before its auxiliary: "said that pay had fallen"', () => {
    const said = 'Governor Tomas Reid said that pay had fallen.';
    expect(quote(said, 'pay')).toMatchObject({ text: 'pay had fallen', type: 'indirect', speaker: 'Tomas Reid', cue: 'said', outlet: null, start: at(said, 'pay'), end: at(said, '.') });
    const told = 'Ines Farrow told the council that work had stopped.';
    expect(quote(told, 'work')).toMatchObject({ text: 'work had stopped', type: 'indirect', speaker: 'Ines Farrow', cue: 'told', start: at(told, 'work'), end: at(told, '.') });
  });

  test('a participle before an auxiliary is no subject: "said finished had" stays unreported', () => {
    const text = 'Ines Farrow said finished was fine.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toHaveLength(0);
  });
});

describe('"they" and a verb closing the sentence, said by a group of people of itself', () => {
  test('"Some shoppers on Monday said they understood." is the group\'s report', () => {
    const text = 'The market will close at noon from May. Some shoppers on Monday said they understood.';
    expect(quote(text, 'they understood')).toMatchObject({
      text: 'they understood', type: 'indirect', start: at(text, 'they understood'), end: text.length - 1,
      speaker: null, speaker_mention: 'Some shoppers', speaker_start: at(text, 'Some shoppers'), cue: 'said', outlet: null,
    });
  });

  test('a plural at the sentence start ("Tenants said they agreed.")', () => {
    const text = 'The rent rise was put off. Tenants said they agreed.';
    expect(quote(text, 'they agreed')).toMatchObject({ text: 'they agreed', type: 'indirect', speaker_mention: 'Tenants', cue: 'said' });
  });

  test('near miss: one person saying "they agreed", or a body, stays too short', () => {
    for (const text of ['Tomas Greer said they agreed.', 'The council said they agreed.', 'Some shoppers said she agreed.']) {
      expect(quotesOf(text).filter((q) => q.type === 'indirect')).toHaveLength(0);
    }
  });
});

describe('a quantifier before its noun opens a three-word clause as a determiner does', () => {
  test('"said most patients recovered" is a report with the quantifier in it', () => {
    const text = 'Dr Tomas Lindqvist said most patients recovered.';
    expect(quote(text, 'most patients')).toMatchObject({
      text: 'most patients recovered', type: 'indirect', speaker: 'Tomas Lindqvist', cue: 'said', start: text.indexOf('most'), end: text.indexOf('.', 30),
    });
  });

  test('"said many voters stayed" too', () => {
    const text = 'Priya Navarro said many voters stayed.';
    expect(quote(text, 'many voters')).toMatchObject({ text: 'many voters stayed', type: 'indirect', speaker: 'Priya Navarro', cue: 'said' });
  });

  test('a quantifier in a greeting\'s object is no clause: "said goodbye to most patients"', () => {
    const text = 'Priya Navarro said goodbye to most patients.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toHaveLength(0);
  });
});
