import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

const indirect = (text: string) => quotesOf(text).filter((q) => q.type === 'indirect').map((q) => q.text);

// An apposition giving the subject's other name sits between the subject and its cue; the subject speaks.
describe('a report after an alias apposition on its subject', () => {
  test('"The Board of PLACE, known as ABBR, said A": the board reports A', () => {
    const text = 'The Harbour Transit Board of Maine, known as HTB, said fares would rise in May.';
    expect(quote(text, 'fares')).toMatchObject({
      type: 'indirect', text: 'fares would rise in May', start: at(text, 'fares'), end: at(text, '.'),
      speaker: 'Harbour Transit Board of Maine', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"X, better known as Y, has said A": the person reports A', () => {
    const text = 'Nadia Brook, better known as DJ Brooklyn, has said she would tour again next spring.';
    expect(quote(text, 'she would')).toMatchObject({ type: 'indirect', text: 'she would tour again next spring', speaker: 'Nadia Brook', cue: 'said' });
  });

  test('"X, also known as Y, told OUTLET that A": the hearer is the outlet', () => {
    const text = 'The Coastal Ferry Board, also known as CFB, told the Herald that crews would strike on Monday.';
    expect(quote(text, 'crews')).toMatchObject({ type: 'indirect', text: 'crews would strike on Monday', speaker: 'Coastal Ferry Board', cue: 'told', outlet: 'Herald' });
  });
});

// A second cue of the same speaker after "but" with its own content is a second report, even after a
// subject with an apposition and with an apposition inside the second content.
describe('a second report joined by "but said" after a subject with an apposition', () => {
  test('after a partial, "but said NP, APPOSITION, was …" reports the whole clause', () => {
    const text = 'The paper’s music critic, Lena Marsh, wrote that the album was “tender and a little long,” but said its closing track, a slow ballad, was the best song of the year.';
    expect(quote(text, 'its closing track')).toMatchObject({
      type: 'indirect', text: 'its closing track, a slow ballad, was the best song of the year', start: at(text, 'its closing track'), end: at(text, '.'),
      speaker: 'Lena Marsh', cue: 'said', cue_start: at(text, 'said'),
    });
    expect(quote(text, 'tender')).toMatchObject({ type: 'partial', speaker: 'Lena Marsh', cue: 'wrote' });
  });

  test('the apposition may hold a quoted title', () => {
    const text = 'The paper’s music critic, Lena Marsh, wrote that the album was slow, but said its closing track, a ballad titled “The Salt Road,” was the best song of the year.';
    expect(indirect(text)).toEqual(['the album was slow', 'its closing track, a ballad titled “The Salt Road,” was the best song of the year']);
  });

  test('negative: a parenthetical frame after the subject still reports the sentence around it', () => {
    const text = 'The new pier, Ms. Okafor has repeatedly said, would open in June.';
    expect(indirect(text)).toEqual(['The new pier, Ms. Okafor has repeatedly said, would open in June']);
  });
});

// A report cue as the second predicate of a relative clause on the subject reports the rest of that clause.
describe('a report in a relative clause coordinated with another predicate', () => {
  test('", who VERB … and has since said A, VERB …": A is the subject\'s, ending at the main clause', () => {
    const text = 'Ivo Brandt, who produced the first album and has since said he regretted signing the deal, shared a photo of the band.';
    expect(quote(text, 'he regretted')).toMatchObject({
      type: 'indirect', text: 'he regretted signing the deal', start: at(text, 'he regretted'), end: at(text, ', shared'),
      speaker: 'Ivo Brandt', cue: 'said',
    });
  });

  test('the main clause\'s own report stays', () => {
    const text = 'Ivo Brandt, who produced the first album and later said he regretted signing the deal, posted on Instagram that he had heard the new record.';
    expect(indirect(text)).toEqual(['he regretted signing the deal', 'he had heard the new record']);
  });

  test('negative: a cue of no speech as the second predicate ("who … but had urged members to …") reports nothing', () => {
    const text = 'Councillor Ivo Brandt, who chairs no committee but had urged members to back the levy, said the vote was close.';
    expect(indirect(text)).toEqual(['the vote was close']);
  });

  test('negative: "said A, and that B" gives no relative report (two reports of Brandt\'s, second-that-clauses.ts)', () => {
    const text = 'Ivo Brandt said the tour had sold out, and that a second leg was planned.';
    expect(indirect(text)).toEqual(['the tour had sold out', 'a second leg was planned']);
  });
});
