import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';


describe('indirect speech', () => {
  test('a parenthetical frame inside the reported sentence: "X, Y said, Z"', () => {
    const text = 'The council met on Monday. The new library, Mayor Ana Ortiz said, would open in the spring.';
    expect(quote(text, 'The new library')).toMatchObject({
      type: 'indirect', text: 'The new library, Mayor Ana Ortiz said, would open in the spring', start: at(text, 'The new library'),
      speaker: 'Ana Ortiz', speaker_mention: 'Ana Ortiz', speaker_start: at(text, 'Ana Ortiz'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('an adverbial phrase between the cue and the content is stepped over', () => {
    const text = 'The race is close. Senator Ben Hale said at a rally in Dayton, Ohio, that the tax plan would cost jobs.';
    expect(quote(text, 'the tax plan')).toMatchObject({ type: 'indirect', text: 'the tax plan would cost jobs', speaker: 'Ben Hale', cue: 'said', cue_start: at(text, 'said') });
  });

  test('a sentence is not cut at a party-state tag or an initial', () => {
    const text = 'The hearing ran late. Rep. Ann Marsh (R-S.C.) said that the agency had misled the committee.';
    expect(quote(text, 'the agency had')).toMatchObject({ type: 'indirect', text: 'the agency had misled the committee', speaker: 'Ann Marsh', speaker_mention: 'Ann Marsh', cue: 'said' });
  });

  test('a surname the tagger reads as a verb still ends the speaker\'s name', () => {
    const text = 'The case was old. As a young clerk, Maria E. Lynch said she had been told to review the file.';
    expect(quote(text, 'she had been')).toMatchObject({ type: 'indirect', speaker: 'Maria E. Lynch', speaker_mention: 'Maria E. Lynch', speaker_start: at(text, 'Maria'), cue: 'said' });
  });

  test('a description with no head noun before a named apposition: "one of the lawyers, X, said"', () => {
    const text = 'The videos were released. In a statement, one of the club’s owners, Justin Reed, said the footage shows the gate was open all night.';
    expect(quote(text, 'the footage shows')).toMatchObject({ type: 'indirect', speaker: 'Justin Reed', speaker_mention: 'Justin Reed', cue: 'said', cue_start: at(text, 'said the') });
  });

  test('a relative clause after an age and a home town still leads back to the name', () => {
    const text = 'The crowd was large. Donna Reyes, 59, of Ashton, Md., who watched the ceremony on a screen, said the event reminded her of her father’s stories.';
    expect(quote(text, 'the event reminded')).toMatchObject({ type: 'indirect', text: 'the event reminded her of her father’s stories', speaker: 'Donna Reyes', speaker_mention: 'Donna Reyes', speaker_start: at(text, 'Donna'), cue: 'said' });
  });

  test('a poll or study "shows" what it reports', () => {
    const text = 'The race tightened. The latest poll shows that the senator is leading by four points.';
    expect(quote(text, 'the senator is')).toMatchObject({ type: 'indirect', text: 'the senator is leading by four points', speaker_mention: 'The latest poll', speaker_kind: 'anonymous', cue: 'shows', cue_start: at(text, 'shows') });
  });

  test('"according to X" in the middle of the reported sentence', () => {
    const text = 'Taxes rose. The top tier paid a third of all taxes in 2015, according to the budget office, and the next tier paid a fifth.';
    expect(quote(text, 'The top tier')).toMatchObject({ type: 'indirect', speaker_mention: 'the budget office', cue: 'according to', cue_start: at(text, 'according') });
  });

  test('"according to police" when the tagger reads the speaker noun as a verb', () => {
    const text = 'The street was closed. According to police, officers saw the driver leave the car with a bag.';
    expect(quote(text, 'officers saw')).toMatchObject({ type: 'indirect', text: 'officers saw the driver leave the car with a bag', speaker: 'police', speaker_kind: 'organization', cue: 'According to' });
  });

  test('"it says" reports a document; "it was announced" names no one', () => {
    const text = 'The plan was published on Monday. The average weekly payment, it says, would be $300.\n\nIt was announced that the singer will join the show next season, according to Variety.';
    expect(quote(text, 'The average weekly')).toMatchObject({ type: 'indirect', speaker_mention: 'it', speaker: null, cue: 'says' });
    expect(quote(text, 'It was announced that')).toMatchObject({ type: 'indirect', speaker: 'Variety', speaker_kind: 'outlet', cue: 'according to' });
  });

  test('a long apposition between the name and the cue', () => {
    const text = 'The suit was filed in May. Richard Bell, director of the Center for Rural Law at the city university’s law school, said the states were overstating the reach of the agency.';
    expect(quote(text, 'the states were')).toMatchObject({ type: 'indirect', speaker: 'Richard Bell', speaker_mention: 'Richard Bell', speaker_start: at(text, 'Richard'), cue: 'said' });
  });

  test('"X asked Y whether …" reports a question', () => {
    const text = 'The panel met on Sunday. Host Dana Webb asked the senator whether the party could hold the House in November.';
    expect(quote(text, 'whether the party')).toMatchObject({ type: 'indirect', text: 'whether the party could hold the House in November', speaker: 'Dana Webb', cue: 'asked', cue_start: at(text, 'asked') });
  });

  test('a sentence is not cut at an exclamation mark inside a quoted title followed by a lowercase word', () => {
    const text = 'The show was fun. Kim Ross said the “Wow!” star wanted her husband to dress her for the gala.';
    const quotes = quotesOf(text).filter((q) => q.type === 'indirect');
    expect(quotes.some((q) => q.cue === 'wanted' || q.speaker_mention === 'star')).toBe(false);
  });

  test('a headline reports nothing', () => {
    const text = 'Star Recalls The Night She Met Her Co-Star At A Party\n\nThe actress Ana Bell spoke on Friday. Bell said the party ended at dawn.';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.text)).toEqual(['the party ended at dawn']);
    expect(quote(text, 'the party ended')).toMatchObject({ type: 'indirect', speaker: 'Ana Bell', speaker_mention: 'Bell', cue: 'said' });
  });

  test('a coordinated cue shares the sentence subject: "He compared … and says …"', () => {
    const text = 'It was a tough week. He compared the order to an earlier one and says the governor is flouting the process.';
    expect(quote(text, 'the governor is')).toMatchObject({ type: 'indirect', text: 'the governor is flouting the process', speaker_mention: 'He', speaker_start: at(text, 'He compared'), cue: 'says', cue_start: at(text, 'says') });
  });

  test('the hearer of "told" stops before the reported clause\'s own subject', () => {
    const text = 'It was a tough week. Mayor Ann Cole told the Lakeview Ledger she has already received hundreds of letters.';
    expect(quote(text, 'she has already')).toMatchObject({ type: 'indirect', text: 'she has already received hundreds of letters', speaker: 'Ann Cole', cue: 'told', outlet: 'Lakeview Ledger' });
  });

  test('the subject of a passive "was asked" / "was told" is the hearer, not the speaker', () => {
    const text = 'The premiere ran late. The actor Tom Rand was told that the studio had cancelled the sequel.';
    expect(quotesOf(text).filter((q) => q.cue === 'told')).toEqual([]);
  });

  test('speech acts reported with an object: "X called for …", "X urged …"', () => {
    const text = 'The hearing ended late. Senator Ann Pike called for a full review of the contract.\n\nMayor Tom Hadley urged residents to conserve water this summer.';
    expect(quote(text, 'a full review')).toMatchObject({ type: 'indirect', text: 'a full review of the contract', speaker: 'Ann Pike', speaker_mention: 'Ann Pike', cue: 'called for', cue_start: at(text, 'called for') });
    expect(quote(text, 'residents to conserve')).toMatchObject({ type: 'indirect', text: 'residents to conserve water this summer', speaker: 'Tom Hadley', cue: 'urged' });
  });

  test('an object speech act needs a person-like subject before it', () => {
    const text = 'The hearing ended late. The new rules called for a full review of the contract.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('"Polls show that …" when the tagger reads "show" as a noun; "TV shows that …" is no report', () => {
    const text = 'The race tightened. Polls show that the senator is weakest among young voters.\n\nShe loves TV shows that make her laugh.';
    expect(quote(text, 'the senator is weakest')).toMatchObject({ type: 'indirect', text: 'the senator is weakest among young voters', cue: 'show', cue_start: at(text, 'show that') });
    expect(quotesOf(text).filter((q) => q.text.includes('laugh'))).toEqual([]);
  });
});
