import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a sentence closed by ", according to OUTLET" reports its own speaker\'s words as that outlet carried them', () => {
  test('"The lawsuit says … and that …, according to Reuters.": the report keeps its speaker and gets the outlet', () => {
    const text = 'The lawsuit, filed in Busan last week, says the players were “treated like furniture” and that the club withheld their wages, according to Reuters.';
    expect(quote(text, 'the club withheld')).toMatchObject({ type: 'indirect', speaker_mention: 'The lawsuit', cue: 'says', outlet: 'Reuters' });
  });

  test('"“…,” X said, according to the Boston Globe.": the direct quote gets the paper', () => {
    const text = '“We will rebuild the pier,” Mayor Ana Ruiz said, according to the Boston Globe.';
    expect(quote(text, 'We will rebuild')).toMatchObject({ text: 'We will rebuild the pier,', type: 'direct', speaker: 'Ana Ruiz', speaker_mention: 'Ana Ruiz', cue: 'said', outlet: 'Boston Globe' });
  });

  test('"according to" inside the quotation, or naming a person or a document: no outlet', () => {
    const inside = 'Mayor Ana Ruiz said, “We will rebuild the pier, according to the plan.”';
    expect(quote(inside, 'We will rebuild')).toMatchObject({ type: 'direct', speaker: 'Ana Ruiz', cue: 'said', outlet: null });
    const person = '“We will rebuild the pier,” Mayor Ana Ruiz said, according to Tom Reyes.';
    expect(quote(person, 'We will rebuild')).toMatchObject({ type: 'direct', speaker: 'Ana Ruiz', cue: 'said', outlet: null });
    const minutes = '“We will rebuild the pier,” Mayor Ana Ruiz said, according to the Harbour Board minutes.';
    expect(quote(minutes, 'We will rebuild')).toMatchObject({ type: 'direct', speaker: 'Ana Ruiz', cue: 'said', outlet: null });
  });
});

describe('a translation or transcript by an outlet closing the sentence names the outlet that carried the words', () => {
  test('"“…,” she said, according to a translation by Reuters.": the direct quote gets Reuters', () => {
    const text = 'Mayor Ana Silva did not concede. “We respect the voters and we will count again,” she said, according to a translation by Reuters.';
    expect(quote(text, 'We respect')).toMatchObject({ text: 'We respect the voters and we will count again,', start: at(text, 'We respect'), type: 'direct', speaker: 'Ana Silva', speaker_mention: 'she', cue: 'said', outlet: 'Reuters' });
  });

  test('"“…,” X said, in remarks translated by the BBC.": the quote gets the BBC', () => {
    const text = '“The count will take a week,” Ana Silva said, in remarks translated by the BBC.';
    expect(quote(text, 'The count')).toMatchObject({ text: 'The count will take a week,', start: at(text, 'The count'), type: 'direct', speaker: 'Ana Silva', cue: 'said', outlet: 'BBC' });
  });

  test('other ways to name the translating outlet: "in remarks translated by", "according to an AP translation", "as translated by"', () => {
    for (const [tail, outlet] of [[' in remarks translated by CNN.', 'CNN'], [', according to an Associated Press translation.', 'Associated Press'], [', according to a BBC translation.', 'BBC'], [', as translated by Reuters.', 'Reuters']]) {
      const text = `“The count will take a week,” Ana Silva said${tail}`;
      expect(quotesOf(text)).toEqual([expect.objectContaining({ text: 'The count will take a week,', start: at(text, 'The count'), type: 'direct', speaker: 'Ana Silva', cue: 'said', outlet })]);
    }
  });

  test('"X said CLAUSE, according to a translation by Reuters.": X\'s report through Reuters, the rendering no part of it', () => {
    const text = 'Ana Silva said the count would take a week, according to a translation by Reuters.';
    expect(quotesOf(text)).toEqual([expect.objectContaining({ text: 'the count would take a week', start: at(text, 'the count'), end: at(text, 'the count') + 'the count would take a week'.length, type: 'indirect', speaker: 'Ana Silva', cue: 'said', outlet: 'Reuters' })]);
  });

  test('other translation tails after an indirect report end its content: "a Reuters translation", "as translated by", "in remarks translated by"', () => {
    const cases = [
      [', according to a Reuters translation.', 'Reuters'],
      [', according to a translation by Reuters.', 'Reuters'],
      [', as translated by the BBC.', 'BBC'],
      [', in remarks translated by CNN.', 'CNN'],
    ];
    for (const [tail, outlet] of cases) {
      const text = `The colonel said the garrison would hold the bridge${tail}`;
      expect(quotesOf(text)).toEqual([expect.objectContaining({ text: 'the garrison would hold the bridge', start: at(text, 'the garrison'), end: at(text, 'the garrison') + 'the garrison would hold the bridge'.length, type: 'indirect', speaker_mention: 'The colonel', cue: 'said', cue_start: at(text, 'said'), outlet })]);
    }
  });

  test('a plain ", according to Reuters." after a said-report is cut from the content and gives the outlet (as the gold sets end it)', () => {
    const text = 'The colonel said the garrison would hold the bridge, according to Reuters.';
    expect(quotesOf(text)).toEqual([expect.objectContaining({ text: 'the garrison would hold the bridge', type: 'indirect', speaker_mention: 'The colonel', cue: 'said', outlet: 'Reuters' })]);
  });

  test('"according to a translation by" someone unknown as an outlet: no outlet', () => {
    const text = '“We respect the voters,” Ana Silva said, according to a translation by her office.';
    expect(quote(text, 'We respect')).toMatchObject({ type: 'direct', speaker: 'Ana Silva', cue: 'said', outlet: null });
  });
});

describe('"According to OUTLET, whose …, CLAUSE": the relative clause on the source is no report', () => {
  test('the outlet speaks the clause; "whose panel of analysts" reports nothing', () => {
    const text = 'According to Box Office Mojo, whose panel of analysts had predicted a flop, the film earned more than any comedy since 2015.';
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({
      text: 'the film earned more than any comedy since 2015', start: at(text, 'the film'), type: 'indirect',
      speaker: 'Box Office Mojo', speaker_start: at(text, 'Box Office'), cue: 'According to', cue_start: 0,
    });
  });
});

