import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a passive cut short after a subordinator: "when asked whether …"', () => {
  test('the phrase before "when asked" is no speaker: not the place in "told the Gazette in Port Elwin when asked"', () => {
    const text = 'The ferry board met in Calder on Tuesday. “We will not sell the pier,” Okafor told the Harbour Gazette in an interview in Port Elwin when asked whether the board would sell the pier.';
    const quotes = quotesOf(text);
    expect(quotes.find((q) => q.text.startsWith('We will not'))).toMatchObject({ type: 'direct', speaker_mention: 'Okafor', cue: 'told' });
    expect(quotes.filter((q) => q.speaker_mention === 'Port Elwin')).toEqual([]);
  });

  test('a "by" agent after it names the asker, but the question is no quote (see indirect/asked-by-questions): "When asked by Tom Bell whether …"', () => {
    const text = 'The ferry board met in Calder on Tuesday. When asked by Tom Bell whether the board would sell the pier, Okafor said no.';
    expect(quotesOf(text).filter((q) => q.text.startsWith('whether the board'))).toEqual([]);
  });

  test('a subordinator with a subject of its own keeps it: "When Mara Okafor asked whether …", "after Okafor announced that …"', () => {
    const asked = 'The fares rose last year. When Mara Okafor asked whether the board would sell the pier, nobody answered.';
    expect(quote(asked, 'whether the board')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', speaker_start: at(asked, 'Mara'), cue: 'asked' });
    const announced = 'The fares rose last year. The pilots walked out after Mara Okafor announced that the pier would close.';
    expect(quote(announced, 'the pier')).toMatchObject({ type: 'indirect', text: 'the pier would close', speaker: 'Mara Okafor', cue: 'announced' });
  });
});

describe('"once" after a subject is an adverb, not a reduced passive', () => {
  test('"She once told OUTLET she had “…”": the partial quote is hers, given to the outlet', () => {
    const text = 'Mara Okafor trained in Port Elwin. She once told the Harbour Gazette she had “no patience for being liked.”';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'no patience for being liked.', start: text.indexOf('no patience'), speaker: 'Mara Okafor', speaker_mention: 'She', cue: 'told', cue_start: text.indexOf('told'), outlet: 'Harbour Gazette' }]);
  });

  test('an age set off by commas between the subject and "once": "Okafor, 61, once called …" keeps her as the speaker', () => {
    const text = 'Okafor, 61, once called the ferry plan "a paper boat"; Brandt answered in the Harbour Gazette that the boat had "more passengers than your pier."';
    expect(quote(text, 'a paper boat')).toMatchObject({
      type: 'partial', text: 'a paper boat', start: at(text, 'a paper boat'), end: at(text, 'a paper boat') + 12,
      speaker: 'Okafor', speaker_kind: 'person', speaker_mention: 'Okafor', speaker_start: 0, speaker_end: 6, cue: 'called', cue_start: at(text, 'called'), outlet: null,
    });
    expect(quote(text, 'more passengers')).toMatchObject({ type: 'partial', speaker: 'Brandt', speaker_mention: 'Brandt', cue: 'answered' });
  });

  test('near miss: "once told of …" after an age and closed by a comma is still a passive: only "said" speaks', () => {
    const text = 'Okafor, 61, once told of the delay, said the ferry would wait.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'the ferry would wait', start: at(text, 'the ferry'), speaker: 'Okafor', speaker_mention: 'Okafor', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'), outlet: null },
    ]);
  });

  test('"once told" opening a clause is still a passive: the hearer does not speak', () => {
    const text = 'Once told of the delay, Mara Okafor said the ferry would wait.';
    expect(quotesOf(text).map((q) => q.cue)).not.toContain('told');
  });
});

describe('"X was told by AGENT that …": the agent said the content, X only heard it', () => {
  test('a partial in the that-clause is the agent\'s', () => {
    const text = 'Ines Castellane was told by a casting agent that she was "too loud for comedy and too quiet for drama."';
    expect(quote(text, 'too loud')).toMatchObject({
      text: 'too loud for comedy and too quiet for drama.', type: 'partial', start: at(text, 'too loud'),
      speaker_mention: 'a casting agent', speaker_start: at(text, 'a casting'), cue: 'told', cue_start: at(text, 'told'),
    });
  });

  test('"recalls being told by AGENT at 19 that …": the gerund, with a time between agent and "that"', () => {
    const text = 'In the memoir, Ines Castellane recalls being told by a casting agent at 19 that she was "too loud for comedy."';
    expect(quote(text, 'too loud')).toMatchObject({ type: 'partial', speaker_mention: 'a casting agent', cue: 'told', cue_start: at(text, 'told') });
  });

  test('near miss: "told by AGENT to …" gives the agent no words; the subject\'s own cue elsewhere is kept', () => {
    const text = 'Ines Castellane said she was told by her manager to stay "completely silent" about the deal.';
    expect(quote(text, 'completely')).toMatchObject({ type: 'partial', speaker: 'Ines Castellane', speaker_mention: 'Ines Castellane', cue: 'said' });
  });
});

describe('the one who told as the speaker of an indirect that-clause (frame.ts teller)', () => {
  test('"was told by physicians that …": the agent reports the clause, named or described', () => {
    const plain = 'Odile Brandt was told by physicians that her shoulder might never heal.';
    expect(quote(plain, 'her shoulder')).toMatchObject({ text: 'her shoulder might never heal', type: 'indirect', start: at(plain, 'her shoulder'), speaker: null, speaker_mention: 'physicians', speaker_kind: 'anonymous', cue: 'told' });
    const named = 'Odile Brandt was told by Dr. Kasper Lund in January that her shoulder might never heal.';
    expect(quote(named, 'her shoulder')).toMatchObject({ text: 'her shoulder might never heal', type: 'indirect', speaker: 'Kasper Lund', cue: 'told' });
    const owned = 'Odile Brandt was told by her surgeons that the shoulder might never heal.';
    expect(quote(owned, 'the shoulder')).toMatchObject({ type: 'indirect', speaker_mention: 'her surgeons', cue: 'told' });
  });

  test('"was told by a pronoun", "told by the nurse to rest": no agent speaks a clause (negative case)', () => {
    expect(quotesOf('Odile Brandt was told by them that her shoulder might never heal.').filter((q) => q.type === 'indirect')).toEqual([]);
    expect(quotesOf('Odile Brandt was told by the nurse to rest her shoulder for a month.').filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('"heard from her agent that …", "learned from two aides that …": the one heard from is the speaker', () => {
    const partial = 'Odile Brandt heard from her agent that the second draft was “a disaster.”';
    expect(quote(partial, 'a disaster')).toMatchObject({ text: 'a disaster.', type: 'partial', speaker_mention: 'her agent', speaker_kind: 'anonymous', cue: 'heard' });
    const indirect = 'Odile Brandt learned from Piet Hagen that the second draft had been shelved.';
    expect(quote(indirect, 'the second')).toMatchObject({ text: 'the second draft had been shelved', type: 'indirect', speaker: 'Piet Hagen', cue: 'learned' });
  });

  test('"learned from experience that …", "heard from him that …", "heard the news from …": no one named tells (negative case)', () => {
    // (What one learned from experience is one's own: the subject stays the speaker.)
    expect(quotesOf('Odile Brandt learned from experience that drafts get shelved.')).toMatchObject([{ text: 'drafts get shelved', speaker: 'Odile Brandt', cue: 'learned' }]);
    expect(quotesOf('Odile Brandt heard from him that the second draft had been shelved.').filter((q) => q.speaker_mention === 'him')).toEqual([]);
    expect(quotesOf('Odile Brandt heard the news from her agent on Monday.')).toEqual([]);
    const own = 'Odile Brandt learned that the second draft had been shelved.';
    expect(quote(own, 'the second')).toMatchObject({ type: 'indirect', speaker: 'Odile Brandt', cue: 'learned' });
  });

  test('"Deadline hears from sources that …": the sources speak, the outlet that heard them carries the words', () => {
    const text = 'Deadline hears from insiders that the studio passed on the sequel.';
    expect(quote(text, 'the studio')).toMatchObject({ text: 'the studio passed on the sequel', type: 'indirect', speaker_mention: 'insiders', cue: 'hears', outlet: 'Deadline' });
  });
});

describe('a passive "accused by X of …": the agent ends at the charge, which is the content', () => {
  test('"was accused by critics of bias" reports the charge, the critics speaking', () => {
    const text = 'The regional council was accused by residents of neglect of the harbour district.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'of neglect of the harbour district', start: at(text, 'of neglect'), end: text.length - 1, speaker_mention: 'residents', speaker_start: at(text, 'residents'), cue: 'accused', cue_start: at(text, 'accused'), outlet: null }]);
  });

  test('an "of" followed by "the" stays in the agent: "members of the opposition of …"', () => {
    const text = 'The mayor was accused by members of the opposition of hiding the audit.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'of hiding the audit', speaker_mention: 'members of the opposition', cue: 'accused', outlet: null }]);
  });

  test('negative: a passive without a charge preposition keeps the whole sentence as content', () => {
    const text = 'The mayor was criticized by two council members for the delay.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'The mayor was criticized by two council members for the delay', start: 0, speaker_mention: 'two council members', cue: 'criticized' }]);
  });
});

describe('an outlet in an aside ("…, first reported by OUTLET, …") when a speech tag closes the sentence', () => {
  test('"The merger, first reported by the Ledger, was approved on Monday, the company said": the company reports it all', () => {
    const text = 'The merger, first reported by the Harbour Ledger, was approved on Monday, the company said.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'The merger, first reported by the Harbour Ledger, was approved on Monday', start: 0, end: at(text, ', the company'), speaker_mention: 'the company', speaker_start: at(text, 'the company'), speaker_kind: 'organization', cue: 'said', cue_start: at(text, 'said'), outlet: null },
    ]);
  });

  test('near miss: with no speech tag the outlet in the aside still reports the sentence', () => {
    const text = 'The merger, first reported by the Harbour Ledger, was approved on Monday.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', start: 0, speaker: 'The Harbour Ledger', speaker_kind: 'outlet', cue: 'reported', outlet: 'The Harbour Ledger' }]);
  });

  test('near miss: the outlet as the subject still reports', () => {
    const text = 'The Harbour Ledger reported that the merger was approved.';
    expect(quote(text, 'the merger')).toMatchObject({ type: 'indirect', text: 'the merger was approved', speaker: 'The Harbour Ledger', cue: 'reported' });
  });
});
