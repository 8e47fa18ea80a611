import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a subject restating its own report: "The governor repeated his claim that “…”"', () => {
  test('the subject speaks and the verb is the cue, not an unresolved "his" and the noun', () => {
    const text = 'The treasurer repeated his claim that the pension fund was “perfectly solvent.”';
    expect(quote(text, 'perfectly solvent')).toMatchObject({
      type: 'partial', text: 'perfectly solvent.', speaker_mention: 'The treasurer', speaker_start: at(text, 'The treasurer'), speaker_kind: 'anonymous',
      cue: 'repeated', cue_start: at(text, 'repeated'),
    });
  });

  test('a named subject with a call for “…” (a quotation complement noun)', () => {
    const text = 'Brannigan renewed her call for “a full and open audit” of the port authority.';
    expect(quote(text, 'a full and open audit')).toMatchObject({
      type: 'partial', text: 'a full and open audit', speaker: 'Brannigan', speaker_mention: 'Brannigan', speaker_start: at(text, 'Brannigan'), cue: 'renewed', cue_start: at(text, 'renewed'),
    });
  });

  test('a verb with particles is the whole cue: "stood by", "doubled down on"', () => {
    const stood = 'Ines Marrow stood by her remark that the ferry timetable was “a shambles.”';
    expect(quote(stood, 'a shambles')).toMatchObject({ type: 'partial', speaker: 'Ines Marrow', speaker_mention: 'Ines Marrow', cue: 'stood by', cue_start: at(stood, 'stood by') });
    const doubled = 'Councillor Pym doubled down on his warning that the reservoir was “close to empty.”';
    expect(quote(doubled, 'close to empty')).toMatchObject({ type: 'partial', speaker_mention: 'Pym', cue: 'doubled down on' });
  });

  test('"its" with a body and "their" with a group agree', () => {
    const body = 'The water board reiterated its warning that the lake was “unsafe for swimming.”';
    expect(quote(body, 'unsafe for swimming')).toMatchObject({ speaker_mention: 'The water board', speaker_kind: 'organization', cue: 'reiterated' });
    const group = 'The nurses voiced their fear that the ward would be “left without cover.”';
    expect(quote(group, 'left without cover')).toMatchObject({ speaker_mention: 'The nurses', cue: 'voiced' });
  });

  test('an indirect report through the noun is the subject\'s too', () => {
    const text = 'The treasurer repeated his claim that the pension fund had never lost money.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the pension fund had never lost money', speaker_mention: 'The treasurer', cue: 'repeated' }]);
  });
});

describe('what a restated report must not take from its subject', () => {
  test('a possessive that cannot stand for the subject is someone else\'s: "The committee voiced his concern"', () => {
    const text = 'The committee voiced his concern that the budget was “reckless.”';
    expect(quote(text, 'reckless')).toMatchObject({ speaker_mention: 'his', cue: 'concern' });
  });

  test('"She repeated his claim": the claim and its quoted words stay his, not hers', () => {
    const text = 'She repeated his claim that the tunnel was “built to last.”';
    expect(quote(text, 'built to last')).toMatchObject({ speaker_mention: 'his', cue: 'claim' });
    const titled = 'Ms. Ferrant repeated his warning that the levee was “already failing.”';
    expect(quote(titled, 'already failing')).toMatchObject({ speaker_mention: 'his', cue: 'warning' });
  });

  test('a verb that answers another\'s report, or one of making ("made its claim"), is left to the owner', () => {
    const dismissed = 'The mayor dismissed his claim that the tram was “running at a profit.”';
    expect(quote(dismissed, 'running at a profit')).toMatchObject({ speaker_mention: 'his', cue: 'claim' });
    const made = 'The board made its claim that the pier was “structurally sound”; the inspectors disagreed.';
    expect(quotesOf(made).filter((q) => q.speaker_mention === 'The board')).toEqual([]);
  });

  test('one who speaks for the owner restates the client\'s report: "Her attorney pressed her claim", "Berg\'s manager repeated his claim"', () => {
    const owned = 'Helga Lunde sued the airline in March. Her attorney pressed her claim that the airline had lost the luggage.';
    expect(quote(owned, 'the airline had lost')).toMatchObject({
      type: 'indirect', text: 'the airline had lost the luggage', speaker: 'Helga Lunde', speaker_mention: 'her', cue: 'claim', cue_start: at(owned, 'claim that'),
    });
    const named = 'Jonas Berg left the band in May. Berg\'s manager repeated his claim that the tour had been cancelled.';
    expect(quote(named, 'the tour had been cancelled')).toMatchObject({ type: 'indirect', speaker: 'Jonas Berg', speaker_mention: 'his', cue: 'claim' });
    const bare = 'Jonas Berg sued the label in May. The lawyer defended his claim that the tour had been cancelled.';
    expect(quote(bare, 'the tour had been cancelled')).toMatchObject({ type: 'indirect', speaker: 'Jonas Berg', speaker_mention: 'his', cue: 'claim' });
  });

  test('negative: a subject owned by a body still restates its own report: "The league\'s chairman repeated his claim"', () => {
    const text = 'The league\'s chairman repeated his claim that the season would start in August.';
    expect(quote(text, 'the season would start')).toMatchObject({ type: 'indirect', speaker_mention: 'The league\'s chairman', speaker_kind: 'anonymous', cue: 'repeated' });
  });

  test('no possessive: "repeated the claim that …" is the verb\'s frame as before', () => {
    const text = 'The mayor repeated the claim that the tram was “running at a profit.”';
    expect(quote(text, 'running at a profit')).toMatchObject({ speaker_mention: 'The mayor', cue: 'repeated' });
  });

  test('a quoted title inside the claim is no quotation of the subject\'s', () => {
    const text = 'The novelist repeated her claim that the novel “Salt Roads” was her finest book.';
    expect(quotesOf(text).filter((q) => q.text.startsWith('Salt Roads'))).toEqual([]);
  });
});
