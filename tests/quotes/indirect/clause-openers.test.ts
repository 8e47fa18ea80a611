import { describe, expect, test } from 'vitest';
import { quote, quotesOf } from '../../helpers/quotes.js';
import { isQuestionOpener } from '../../../src/quotes/indirect/clause-openers.js';

describe('a past form between an amount and a noun is no clause', () => {
  test('"added 1.2 million paid members" reports nothing; the final frame reports the whole clause', () => {
    const text = 'Tidewell added 1.2 million paid members in the spring, the company said Monday.';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ text: 'Tidewell added 1.2 million paid members in the spring', type: 'indirect', speaker: 'Tidewell', speaker_mention: 'the company', cue: 'said', start: 0, end: 53 });
  });

  test('a clause after "added" is still reported', () => {
    const text = 'Mara Okafor added she would run again.';
    expect(quote(text, 'she would')).toMatchObject({ text: 'she would run again', type: 'indirect', speaker: 'Mara Okafor', cue: 'added', start: 18, end: 37 });
  });

  test('an amount with a verb of its own opens a clause: "added 40 riders paid the fine"', () => {
    const text = 'Mara Okafor added 40 riders paid the fine in May.';
    expect(quote(text, '40 riders')).toMatchObject({ text: '40 riders paid the fine in May', type: 'indirect', speaker: 'Mara Okafor', cue: 'added' });
  });
});

describe('a word in -ing that works as a preposition is no participle after a comma', () => {
  test('"…, including …" and "…, excluding …" keep the object whole', () => {
    const text = 'Mara Okafor praised the new timetable, excluding the late ferry to Dunmore.';
    expect(quote(text, 'the new timetable')).toMatchObject({ text: 'the new timetable, excluding the late ferry to Dunmore', type: 'indirect', speaker: 'Mara Okafor', cue: 'praised' });
  });

  test('a participle of speech after a comma still opens a report of its own', () => {
    const text = 'Mara Okafor praised the new timetable, noting that the late ferry would stay.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['the new timetable', 'the late ferry would stay']);
  });
});

describe('isQuestionOpener', () => {
  test('question words and topic words open a question; "that" and "to" do not', () => {
    expect(['whether', 'how', 'about', 'regarding'].map(isQuestionOpener)).toEqual([true, true, true, true]);
    expect(['that', 'to'].map(isQuestionOpener)).toEqual([false, false]);
  });
});

describe('a main clause after a quotation in a clause of time, with a longer subject', () => {
  test('"Even as X claimed that “…,” a lawyer for Y said B" reports B as the lawyer’s', () => {
    const text = 'Even as Dana Pruitt claimed on Monday that “the ferry deal was clean,” a lawyer for the harbour board said the two contracts were quite different.';
    expect(quote(text, 'the two contracts')).toMatchObject({
      text: 'the two contracts were quite different', type: 'indirect', speaker_mention: 'a lawyer for the harbour board', cue: 'said',
      start: text.indexOf('the two contracts'), end: text.indexOf(' quite different') + ' quite different'.length,
    });
  });

  test('two phrases on the head: "one of the auditors for the council told …"', () => {
    const text = 'While Dana Pruitt insisted that “every ticket was counted,” one of the auditors for the council told reporters the books did not balance.';
    expect(quote(text, 'the books')).toMatchObject({ text: 'the books did not balance', type: 'indirect', cue: 'told', speaker_mention: 'one of the auditors for the council' });
  });

  test('no cue after the phrase: the main clause is the writer’s and reports nothing', () => {
    const text = 'Even as Dana Pruitt claimed that “the ferry deal was clean,” a lawyer for the harbour board filed the papers on Tuesday.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toHaveLength(0);
  });
});
