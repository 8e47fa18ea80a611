import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('the outlet a "tell" cue names as hearer is no part of the content', () => {
  test('"told Rolling Stone that …": the content starts after "that", even when it opens with the outlet\'s name', () => {
    const text = 'Mara Okafor told Rolling Stone that Rolling Stone readers had always been kind to her.';
    expect(quote(text, 'Rolling Stone readers')).toMatchObject({
      type: 'indirect', text: 'Rolling Stone readers had always been kind to her', start: at(text, 'Rolling Stone readers'),
      speaker: 'Mara Okafor', speaker_mention: 'Mara Okafor', speaker_start: 0, cue: 'told', cue_start: at(text, 'told'), outlet: 'Rolling Stone',
    });
  });

  test('without "that", a determiner after the outlet opens the content', () => {
    const text = 'Mara Okafor told Rolling Stone the readers had always been kind to her.';
    expect(quote(text, 'the readers')).toMatchObject({ type: 'indirect', text: 'the readers had always been kind to her', start: at(text, 'the readers'), cue: 'told', outlet: 'Rolling Stone' });
  });

  test('not when the hearer goes on past the outlet\'s name: the content still starts after "that"', () => {
    const text = 'Mara Okafor told the Port Elwin Ledger editorial board in a long meeting that she would run again.';
    expect(quote(text, 'she would')).toMatchObject({ type: 'indirect', text: 'she would run again', start: at(text, 'she would'), speaker: 'Mara Okafor', cue: 'told' });
  });

  test('"said" names no hearer: an outlet\'s name opening the content stays in it', () => {
    const text = 'Mara Okafor said Rolling Stone readers had always been kind to her.';
    expect(quote(text, 'Rolling Stone')).toMatchObject({ type: 'indirect', text: 'Rolling Stone readers had always been kind to her', cue: 'said', outlet: null });
  });
});

describe('a thing confirmed to an outlet is no report', () => {
  test('"A rep confirmed the split to People on Monday, saying …": only the "saying" report, given to People', () => {
    const text = 'A rep for Lena Fane confirmed the split to People on Monday, saying the couple had "lived apart since the spring."';
    const found = quotesOf(text);
    expect(found.some((q) => q.text.startsWith('the split'))).toBe(false);
    expect(quote(text, 'lived apart')).toMatchObject({ type: 'partial', speaker_mention: 'A rep for Lena Fane', speaker_start: 0, cue: 'confirmed', outlet: 'People' });
  });

  test('a clause confirmed to an outlet is still reported (negative case)', () => {
    const text = 'A spokesman confirmed to Variety that the tour was off.';
    expect(quote(text, 'the tour was off')).toMatchObject({ type: 'indirect', start: at(text, 'the tour'), speaker_mention: 'A spokesman', cue: 'confirmed', outlet: 'Variety' });
  });
});

describe('"confirmed to OUTLET that …": the outlet after "to" is stepped over', () => {
  test('"NAME’s publicist confirmed to People that …", the outlet’s name read as a verb', () => {
    const text = "Tom Reyes proposed on Sunday. Reyes's publicist confirmed to People that the pair will wed in June.";
    expect(quote(text, 'the pair will')).toMatchObject({
      text: 'the pair will wed in June', type: 'indirect', speaker_mention: "Reyes's publicist", speaker_start: at(text, "Reyes's publicist"),
      cue: 'confirmed', outlet: 'People',
    });
  });

  test('"to" before no outlet is left as it was: "confirmed to reporters that …"', () => {
    const text = "Tom Reyes proposed on Sunday. Reyes's publicist confirmed to reporters that the pair will wed in June.";
    expect(quote(text, 'the pair will')).toMatchObject({ cue: 'confirmed', outlet: null });
  });
});

describe('"what X described to OUTLET as …": a description given to an outlet', () => {
  test('the content starts after "as", and ran in the outlet', () => {
    const text = 'The ferry sailed late after what crew members described to Reuters as weeks of unpaid double shifts.';
    expect(quote(text, 'weeks of')).toMatchObject({
      type: 'indirect', text: 'weeks of unpaid double shifts', start: at(text, 'weeks of'), cue: 'described', cue_start: at(text, 'described'), outlet: 'Reuters',
    });
  });

  test('"what he described as …" with no outlet stays a label, no report (negative case)', () => {
    const text = 'The ferry sailed late after what the captain described as weeks of unpaid double shifts.';
    expect(quotesOf(text).filter((q) => q.text.includes('weeks of'))).toEqual([]);
  });
});

describe('a tell-like cue\'s hearer with an apposition is no part of the content', () => {
  test('"asked her guest, former … director NAME, whether …": the indirect question starts at "whether"', () => {
    const text = 'Rosa Quill, host of the Open Ledger podcast, asked her guest, former Ferro Bank director Amos Pell, whether the merger had been rushed.';
    expect(quote(text, 'whether the merger')).toMatchObject({
      type: 'indirect', text: 'whether the merger had been rushed', start: at(text, 'whether the merger'),
      speaker: 'Rosa Quill', speaker_start: 0, cue: 'asked', cue_start: at(text, 'asked'), outlet: 'Open Ledger',
    });
  });

  test('"told his coach, NAME, that …": the report starts after "that"', () => {
    const text = 'Theo Brandt told his coach, Lina Morrow, that he would skip the final.';
    expect(quote(text, 'he would skip')).toMatchObject({ type: 'indirect', text: 'he would skip the final', start: at(text, 'he would skip'), speaker: 'Theo Brandt', cue: 'told' });
  });

  test('negative: a relative clause on the hearer is no apposition (the relative rule reads it)', () => {
    const text = 'Theo Brandt told reporters, who had waited for hours, that he would skip the final.';
    expect(quote(text, 'he would skip')).toMatchObject({ text: 'he would skip the final', cue: 'told' });
  });
});
