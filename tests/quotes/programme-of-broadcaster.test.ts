import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

// Words said on a broadcaster's programme go to that programme (eval/README, set 15: "RN Breakfast").
describe('a programme of a broadcaster is the outlet of words said on it', () => {
  test('"said on the network\'s TITLE program": the programme, carried to the speaker\'s next quote', () => {
    const text = 'Court watch\n\nNPR\'s justice correspondent, Lena Farrow, said on the network\'s Morning Edition program that the judges looked divided. “Nobody wants to go first,” Farrow said.';
    expect(quote(text, 'the judges')).toMatchObject({
      text: 'the judges looked divided', type: 'indirect', start: at(text, 'the judges'),
      speaker: 'Lena Farrow', cue: 'said', cue_start: at(text, 'said on'), outlet: 'Morning Edition',
    });
    expect(quote(text, 'Nobody wants')).toMatchObject({ speaker: 'Lena Farrow', speaker_start: text.lastIndexOf('Farrow'), cue: 'said', outlet: 'Morning Edition' });
    expect(extractArticle(text, { id: 't' }).entities.outlets.map((o) => o.name)).toContain('Morning Edition');
  });

  test('"according to NPR\'s correspondent, X, who said on the network\'s … program": the programme, not the employer', () => {
    const text = 'Court watch\n\nThe bench looked split, according to NPR\'s justice correspondent, Lena Farrow, who said on the network\'s Morning Edition program that the judges seemed wary of “a rule with no end.” “Nobody wants to go first,” Farrow said.';
    expect(quote(text, 'a rule with')).toMatchObject({ type: 'partial', speaker: 'Lena Farrow', cue: 'said', outlet: 'Morning Edition' });
    expect(quote(text, 'Nobody wants')).toMatchObject({ speaker: 'Lena Farrow', cue: 'said', outlet: 'Morning Edition' });
  });

  test('negative: "according to NPR\'s correspondent, X" alone keeps the employer', () => {
    const text = 'Court watch\n\nThe bench looked split, according to NPR\'s justice correspondent, Lena Farrow.';
    expect(quote(text, 'The bench')).toMatchObject({ type: 'indirect', speaker: 'Lena Farrow', cue: 'according to', outlet: 'NPR' });
  });

  test('an unknown title before a programme kind word after "the station\'s" is that programme', () => {
    const text = 'Port strike\n\nDock union leader Ama Quist told the station\'s Harbour Hour show that talks had stalled.';
    expect(quote(text, 'talks had')).toMatchObject({ speaker: 'Ama Quist', cue: 'told', outlet: 'Harbour Hour' });
  });

  test('a known programme after "told" or "said on", alone', () => {
    for (const [frame, outlet] of [['told Morning Edition', 'Morning Edition'], ['said on Fresh Air', 'Fresh Air'], ['told As It Happens', 'As It Happens'], ['said on All Things Considered', 'All Things Considered']]) {
      const text = `Port strike\n\nDock union leader Ama Quist ${frame} that talks had stalled.`;
      expect(quote(text, 'talks had')).toMatchObject({ speaker: 'Ama Quist', outlet });
    }
  });

  test('negative: the network\'s website, or a title with no kind word after it, is no programme', () => {
    for (const frame of ["said on the network's website", "said on the network's Tuesday"]) {
      const text = `Port strike\n\nDock union leader Ama Quist ${frame} that talks had stalled.`;
      expect(quote(text, 'talks had')).toMatchObject({ speaker: 'Ama Quist', outlet: null });
    }
  });
});
