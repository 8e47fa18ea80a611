import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// "in an interview with BROADCASTER's TITLE": the programme the interview ran on is the outlet, as after "told"/"on".
describe('a broadcaster\'s programme after "interview with" is the outlet', () => {
  test('"said in an interview with CTV\'s TITLE that …": the programme', () => {
    const text = 'Health Minister Renée Castonguay said in an interview with CTV\'s Harbour Report that the wait lists were shrinking.';
    expect(quote(text, 'the wait')).toMatchObject({
      text: 'the wait lists were shrinking', type: 'indirect', start: at(text, 'the wait'),
      speaker: 'Renée Castonguay', speaker_start: at(text, 'Renée'), cue: 'said', cue_start: at(text, 'said'), outlet: 'Harbour Report',
    });
  });

  test('negative: a host named after the possessive keeps the broadcaster', () => {
    const text = 'Health Minister Renée Castonguay said in an interview with CTV\'s Michael Dunlop that the wait lists were shrinking.';
    expect(quote(text, 'the wait')).toMatchObject({ text: 'the wait lists were shrinking', type: 'indirect', speaker: 'Renée Castonguay', cue: 'said', outlet: 'CTV' });
  });
});

// A host whose given name the name list does not know ("Tamron", "Wolf") reads as two title-case words, like a
// programme; only a programme's word at the end ("Report", "Play") makes them the programme.
describe('a host after a broadcaster\'s possessive, given name unknown, keeps the broadcaster', () => {
  test('"said in an interview with MSNBC\'s Tamron Hall": MSNBC', () => {
    const text = '“The rules were rigged,” Dale Whitcomb said in an interview with MSNBC\'s Tamron Hall.';
    expect(quote(text, 'The rules')).toMatchObject({
      text: 'The rules were rigged,', type: 'direct', start: at(text, 'The rules'),
      speaker: 'Dale Whitcomb', speaker_start: at(text, 'Dale'), cue: 'said', cue_start: at(text, 'said'), outlet: 'MSNBC',
    });
  });

  test('"told CNN\'s Wolf Blitzer that …": CNN', () => {
    const text = 'Dale Whitcomb told CNN\'s Wolf Blitzer that the count would take a week.';
    expect(quote(text, 'the count')).toMatchObject({ text: 'the count would take a week', type: 'indirect', speaker: 'Dale Whitcomb', cue: 'told', outlet: 'CNN' });
  });

  test('negative: "interview with CTV\'s Power Play" is the programme', () => {
    const text = 'Dale Whitcomb said in an interview with CTV\'s Power Play that the count would take a week.';
    expect(quote(text, 'the count')).toMatchObject({ text: 'the count would take a week', type: 'indirect', speaker: 'Dale Whitcomb', cue: 'said', outlet: 'Power Play' });
  });
});
