import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

const reports = (text: string) => quotesOf(text).map((q) => [q.type, q.text, q.speaker, q.cue]);

describe('a refusal to speak reports no words: "declined to comment", "did not respond to a request for comment"', () => {
  test('declining or refusing to comment, elaborate or name a detail is no quote, nor is a request for comment', () => {
    expect(reports('A spokesman for the Harlow Group declined to comment.')).toEqual([]);
    expect(reports('Tamsin Wrexley declined to comment on the lawsuit on Friday.')).toEqual([]);
    expect(reports('Wrexley refused to elaborate.')).toEqual([]);
    expect(reports('Wrexley declined this spring to comment on the lawsuit.')).toEqual([]);
    expect(reports('Wrexley declined to name the buyer.')).toEqual([]);
    expect(reports('The label said the tour would go on and declined to address the feud.')).toEqual([['indirect', 'the tour would go on', 'The label', 'said']]);
    expect(reports('Wrexley declined a request for comment.')).toEqual([]);
    expect(reports('The Harlow Group did not respond to repeated requests for comment.')).toEqual([]);
  });

  test('"declined to be drawn into the row" is no comment too; words given after it still count', () => {
    expect(reports('Coach Ines Marlow declined to be drawn into the row over the late penalty.')).toEqual([]);
    expect(reports('Marlow refused to be drawn on her future, saying only that she was "thinking about Saturday".')).toEqual([['partial', 'thinking about Saturday', 'Marlow', 'saying']]);
  });

  test('negative: what the speaker said instead is a report ("…, saying only that …"), and a stance refused stays one', () => {
    const only = 'Tamsin Wrexley declined to comment on the lawsuit, saying only that the firm would fight every claim.';
    expect(reports(only)).toEqual([['indirect', 'the firm would fight every claim', 'Tamsin Wrexley', 'saying']]);
    const marked = 'Tamsin Wrexley declined to comment on the lawsuit, saying only that the firm would “fight every claim”.';
    expect(quote(marked, 'fight every')).toMatchObject({ type: 'partial', text: 'fight every claim', start: at(marked, 'fight every'), speaker: 'Tamsin Wrexley', cue: 'saying' });
    expect(quotesOf(marked)).toHaveLength(1);
    expect(reports('Wrexley refused to endorse the plan.')).toEqual([['indirect', 'to endorse the plan', 'Wrexley', 'refused']]);
  });

  test('giving is refused speech only with a detail as its object; "give up" and "identify with" are other verbs', () => {
    expect(reports('Wrexley refused to give a reason for the closure.')).toEqual([]);
    expect(reports('The board declined to provide details of the sale.')).toEqual([]);
    expect(reports('Wrexley declined to identify the buyer.')).toEqual([]);
    // negative: funding, a seat given up and a party identified with are no words withheld
    expect(reports('Wrexley refused to give up the chair.')).toEqual([['indirect', 'to give up the chair', 'Wrexley', 'refused']]);
    expect(quote('Councillor Pell declined to provide funding for the marina.', 'to provide')).toMatchObject({ type: 'indirect', text: 'to provide funding for the marina', start: 25, end: 58, speaker: 'Pell', cue: 'declined' });
    expect(reports('Wrexley declined to identify with either faction.')).toEqual([['indirect', 'to identify with either faction', 'Wrexley', 'declined']]);
  });

  test('a question refused is no report: "declined to say whether …", "refused to say how many …"', () => {
    expect(reports('Odile Farnsby declined to say whether the bakery would reopen.')).toEqual([]);
    expect(reports('The harbourmaster refused to say how many boats had been towed.')).toEqual([]);
    // what the speaker did say in the same sentence stays a report, with its own offsets
    const then = 'Farnsby declined to say when the ovens would be fixed, but said the shop would reopen.';
    expect(quote(then, 'the shop')).toMatchObject({ type: 'indirect', text: 'the shop would reopen', start: at(then, 'the shop'), end: then.length - 1, speaker: 'Farnsby', cue: 'said' });
    expect(quotesOf(then)).toHaveLength(1);
  });

  test('a hearer before the question, or a time phrase before "to", still refuses it', () => {
    expect(reports('Farnsby declined to tell reporters how many ovens had failed.')).toEqual([]);
    expect(reports('Farnsby declined to tell the inspectors whether the bakery would reopen.')).toEqual([]);
    expect(reports('Farnsby declined last week to say whether she would sell the bakery.')).toEqual([]);
    expect(reports('Farnsby declined on Friday to comment.')).toEqual([]);
  });

  test('negative: a statement told to a hearer, or a stance refused after a time phrase, stays a report', () => {
    expect(reports('Farnsby declined to tell reporters that the ovens had failed.')).toEqual([['indirect', 'the ovens had failed', 'Farnsby', 'tell']]);
    // (The time phrase stays in the object, as it did before; only the report itself is asserted here.)
    expect(quotesOf('Farnsby refused last week to endorse the plan.').map((q) => [q.type, q.speaker, q.cue])).toEqual([['indirect', 'Farnsby', 'refused']]);
  });

  test('negative: a question left open without a refusal, and a statement refused, stay reports', () => {
    expect(reports('Farnsby would not say whether the bakery would reopen.')).toEqual([['indirect', 'whether the bakery would reopen', 'Farnsby', 'say']]);
    expect(reports('Farnsby refused to say that the inspection was fair.')).toEqual([['indirect', 'the inspection was fair', 'Farnsby', 'say']]);
  });

  test('a negated wish to speak is a refusal: "did not want to say more", "never meant to comment"', () => {
    expect(reports('Halvard Teague did not want to say more about the merger.')).toEqual([]);
    expect(reports('Teague never meant to comment on the sale.')).toEqual([]);
    // (A wish to act, not to speak, stays a stance: "did not want the mayor to resign".)
    expect(reports('Teague did not want the mayor to resign.')).toEqual([['indirect', 'the mayor to resign', 'Teague', 'want']]);
  });
});

describe('a withheld discussion names only its topic: "declined to discuss the fee", "would not discuss the report"', () => {
  test('the topic of a refused or negated "discuss" is no report; the words given instead are', () => {
    expect(reports('Okonjo declined to discuss the fee, saying only that both sides were “happy with it”.')).toEqual([['partial', 'happy with it', 'Okonjo', 'saying']]);
    expect(reports('A spokeswoman for the ferry line would not discuss the audit.')).toEqual([]);
  });

  test('negative: a discussion held still reports its topic', () => {
    expect(reports('Councillor Ada Voss discussed the harbour levy at length.')).toEqual([['indirect', 'the harbour levy at length', 'Ada Voss', 'discussed']]);
  });
});

describe('a refusal to comment on reports that …: the noun\'s clause is only the topic', () => {
  test('"declined to comment on reports that …" is no quote; "refused to confirm that …" stays one', () => {
    expect(reports('Coach Ines Marlow declined to comment on reports that the striker had asked to leave.')).toEqual([]);
    const confirmed = 'Coach Ines Marlow refused to confirm that the striker had asked to leave.';
    expect(quotesOf(confirmed)).toMatchObject([{ type: 'indirect', text: 'the striker had asked to leave', start: at(confirmed, 'the striker'), speaker: 'Ines Marlow', cue: 'confirm', outlet: null }]);
  });

  test('words quoted before "and declined to comment" keep the cue that governs them', () => {
    const text = 'Marlow said the squad was "still hurting" after the final and declined to comment on claims that she would resign.';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'still hurting', start: at(text, 'still hurting'), end: at(text, 'still hurting') + 13, speaker: 'Marlow', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'), outlet: null }]);
  });

  test('negative: with no other cue in reach, words quoted before a cue after them keep that cue', () => {
    const text = 'The squad was "still hurting" after the final, Marlow told reporters.';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'still hurting', speaker: 'Marlow', cue: 'told' }]);
  });
});

describe('"refused to say" with nothing after it reports no words', () => {
  test('"declined to say" / "refused to say" at the clause end is no quote', () => {
    const text = 'Dunmore asked which song the choir would open with. Ilse Varga refused to say.';
    expect(quotesOf(text).filter((q) => q.start >= at(text, 'Ilse'))).toEqual([]);
    expect(reports('Ilse Varga declined to say, and left the hall early.')).toEqual([]);
  });

  test('negative: a clause after "say" is still reported', () => {
    const text = 'Ilse Varga refused to say the tickets had sold out.';
    expect(quote(text, 'the tickets')).toMatchObject({
      type: 'indirect', text: 'the tickets had sold out', start: at(text, 'the tickets'), speaker: 'Ilse Varga', cue: 'say', outlet: null,
    });
  });
});

describe('a clause of time or reason after the topic of a refusal leaves it no report', () => {
  test('"declined to comment on the pumps while the inquiry was under way" and "… because the case was pending"', () => {
    expect(reports('Harlow Ferries declined to comment on the bilge pumps while the inquiry was under way.')).toEqual([]);
    expect(reports('Harlow Ferries declined to comment on the bilge pumps because the case was pending.')).toEqual([]);
  });

  test('near miss: a refused confirmation of a clause, "that …", stays as it was', () => {
    expect(reports('Harlow Ferries refused to confirm that the bilge pumps had failed.')).toEqual([['indirect', 'the bilge pumps had failed', 'Harlow Ferries', 'confirm']]);
  });
});
