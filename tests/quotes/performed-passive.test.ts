import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('a passive "voiced by" of a part played is no report (performed-passive.ts)', () => {
  test('"the fox is voiced by ACTOR": a performer in a role, nothing said', () => {
    expect(quotesOf('In the Spanish release, the heron is voiced by newcomer Lia Farrant.')).toEqual([]);
    expect(quotesOf('In the second season, the robot will be voiced by veteran actor Tom Hale.')).toEqual([]);
  });

  test('"is played by ACTOR" gives nothing either', () => {
    expect(quotesOf('In the stage version, the ferryman is played by newcomer Lia Farrant.')).toEqual([]);
  });

  test('near miss: a view voiced by its holders stays their report, its subject after a phrase too', () => {
    const text = 'Objections to the new ferry timetable were voiced by several harbour councillors on Monday.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'Objections to the new ferry timetable were voiced by several harbour councillors on Monday', start: 0,
      speaker_mention: 'several harbour councillors', speaker_start: at(text, 'several'), cue: 'voiced', cue_start: at(text, 'voiced'), outlet: null,
    }]);
  });

  test('a warning or an argument voiced by someone is their report; a relative clause may part the subject from its verb', () => {
    const warning = 'A similar caution was voiced by the county sheriff on Friday.';
    expect(quotesOf(warning)).toMatchObject([{
      type: 'indirect', text: 'A similar caution was voiced by the county sheriff on Friday', start: 0,
      speaker_mention: 'the county sheriff', speaker_start: at(warning, 'the county'), cue: 'voiced', cue_start: at(warning, 'voiced'), outlet: null,
    }]);
    const relative = 'Backing for the levy, which lapsed in March, was voiced by the treasurer.';
    expect(quotesOf(relative)).toMatchObject([{
      type: 'indirect', text: 'Backing for the levy, which lapsed in March, was voiced by the treasurer', start: 0,
      speaker_mention: 'the treasurer', speaker_start: at(relative, 'the treasurer'), cue: 'voiced', cue_start: at(relative, 'voiced'), outlet: null,
    }]);
  });

  test('a name, a stock part or a screen work makes it a part played', () => {
    expect(quotesOf('Captain Rusk is voiced by Omar Teague.')).toEqual([]);
    expect(quotesOf('The sidekick is voiced by Omar Teague.')).toEqual([]);
    expect(quotesOf('In the dubbed version, the narration was voiced by Omar Teague.')).toEqual([]);
  });

  test('a part named in an apposition before the verb is a part played', () => {
    expect(quotesOf('The hero of the tale, the brave otter Pip Larkin, is voiced by Omar Teague.')).toEqual([]);
  });
});
