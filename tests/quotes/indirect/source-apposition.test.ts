import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('"According to X, 52, of PLACE, CLAUSE": what describes the source is not what was said', () => {
  test('an age and "of PLACE" after the name belong to the source', () => {
    const text = 'According to a spokeswoman, Mara Okafor, 52, of Port Elwin, the harbour will close in May.';
    expect(quote(text, 'the harbour')).toMatchObject({
      text: 'the harbour will close in May', type: 'indirect', start: at(text, 'the harbour'), speaker: 'Mara Okafor', speaker_start: at(text, 'Mara'), cue: 'According to',
    });
  });

  test('a role, "of PLACE" with no comma, a region after the place, a relative clause', () => {
    for (const lead of ['According to Mara Okafor, a spokeswoman for the Harbour Board,', 'According to Mara Okafor of Port Elwin,', 'According to Mara Okafor, of Port Elwin, Maine,', 'According to Mara Okafor, who runs the Harbour Board,']) {
      const text = `${lead} the ferry will stop at night.`;
      expect(quote(text, 'the ferry')).toMatchObject({ text: 'the ferry will stop at night', speaker: 'Mara Okafor', cue: 'According to' });
    }
  });

  test('words that are the clause\'s own subject stay in it', () => {
    const suspect = 'According to police, the suspect, 25, was arrested on the pier.';
    expect(quotesOf(suspect)).toMatchObject([{ text: 'the suspect, 25, was arrested on the pier', speaker: 'police' }]);
    const number = 'According to Mara Okafor, 52 workers lost their jobs.';
    expect(quotesOf(number)).toMatchObject([{ text: '52 workers lost their jobs', speaker: 'Mara Okafor' }]);
    const mayor = 'According to Mara Okafor, the mayor, who lives in Port Elwin, will resign.';
    expect(quotesOf(mayor)).toMatchObject([{ text: 'the mayor, who lives in Port Elwin, will resign', speaker: 'Mara Okafor' }]);
  });
});

describe('"According to a poll by X, CLAUSE": a phrase on the source up to the comma is the source\'s', () => {
  test('a preposition\'s phrase and a describing participle stay out of the content', () => {
    for (const lead of ['According to a poll by the Harbour Institute,', 'According to figures from the Harbour Board,', 'According to officials in Port Elwin,', 'According to a survey published by the Harbour Institute on Monday,', 'According to first figures of the harbour survey commissioned by the Harbour Institute for the Elwin Courier,', 'According to a study by the Harbour Institute based on port records,']) {
      const text = `${lead} the ferry will stop at night.`;
      expect(quote(text, 'the ferry')).toMatchObject({ text: 'the ferry will stop at night', start: at(text, 'the ferry'), cue: 'According to' });
    }
  });

  test('with no comma after the phrase, the sentence is left as it was', () => {
    const text = 'According to Mara Okafor in the Harbour Board the ferry will stop at night.';
    // (The rule needs the comma that closes the source; without it the content starts where it did.)
    expect(quotesOf(text)[0]).toMatchObject({ start: at(text, 'in the Harbour'), speaker: 'Mara Okafor' });
  });

  test('a phrase with a verb of its own is no description of the source', () => {
    const text = 'According to Mara Okafor, in May the ferry stopped, and the pier will close.';
    expect(quotesOf(text)[0]).toMatchObject({ text: 'in May the ferry stopped, and the pier will close', speaker: 'Mara Okafor' });
  });
});

describe('a text cut off inside an according-to source', () => {
  test('"… According to exit p" at the very end: no crash, the reports before it kept', () => {
    const text = 'Twelve percent were not sure.\n\nOkafor reports that the ferry will stop, according to the Harbour Institute. According to exit p';
    const whole = text.replace(' According to exit p', ' The board met.');
    expect(quote(text, 'the ferry')).toEqual({ ...quote(whole, 'the ferry'), id: quote(text, 'the ferry').id, article_id: quote(text, 'the ferry').article_id });
    expect(quote(text, 'the ferry')).toMatchObject({ type: 'indirect', start: at(text, 'the ferry'), speaker: 'Okafor', cue: 'reports' });
  });
});

describe('"According to X, a think tank / citing Y / NAME, CLAUSE": a description, a cited source or a body\'s name after the source', () => {
  test('an indefinite noun phrase saying what the source is stays out of the content', () => {
    const text = 'According to the Harwell Foundation, a research charity, the levy would raise half as much.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'the levy would raise half as much', start: at(text, 'the levy'), end: text.length - 1,
      speaker: 'Harwell Foundation', speaker_kind: 'organization', cue: 'According to', outlet: null,
    }]);
  });

  test('"citing" the source\'s own sources stays out of the content', () => {
    const text = 'According to Mara Okafor, citing two club officials, the striker will sign on Friday.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'the striker will sign on Friday', start: at(text, 'the striker'), end: text.length - 1,
      speaker: 'Mara Okafor', speaker_start: at(text, 'Mara'), cue: 'According to', outlet: null,
    }]);
  });

  test('near miss: a noun phrase that is the clause\'s subject, with its own apposition, stays in', () => {
    const text = 'According to the Harwell Foundation, a new levy, the first in years, would raise half as much.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'a new levy, the first in years, would raise half as much', start: at(text, 'a new levy'), speaker: 'Harwell Foundation' }]);
  });
});

describe('an indefinite description with an of-phrase after the source', () => {
  test('"According to X, a survey of 2,400 riders, CLAUSE": the description is the source\'s', () => {
    const text = 'According to the Harbour Board, a body of nine members, the ferry will stop at night.';
    expect(quote(text, 'the ferry')).toMatchObject({ text: 'the ferry will stop at night', type: 'indirect', start: at(text, 'the ferry'), speaker: 'Harbour Board', cue: 'According to', outlet: null });
  });

  test('near miss: an of-phrase subject with no second comma is the clause\'s own', () => {
    const text = 'According to the Harbour Board, a crew of nine was hired.';
    expect(quotesOf(text)).toMatchObject([{ text: 'a crew of nine was hired', speaker: 'Harbour Board' }]);
  });
});
