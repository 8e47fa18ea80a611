import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"The Times" and a town alone after a paper named in full', () => {
  test('"told The Times" after "the Financial Times" or "the Sunday Times" is The Times', () => {
    const a = 'The chancellor told the Financial Times that rates would hold. In a separate interview, she told The Times that she would not resign.';
    expect(quote(a, 'rates would')).toMatchObject({ text: 'rates would hold', speaker_mention: 'The chancellor', cue: 'told', outlet: 'Financial Times' });
    expect(quote(a, 'she would not')).toMatchObject({ text: 'she would not resign', start: at(a, 'she would not'), speaker_mention: 'she', cue: 'told', cue_start: at(a, 'told The'), outlet: 'The Times' });
    const b = 'The minister wrote in the Sunday Times that the plan was sound. Later she told The Times that she would not resign.';
    expect(quote(b, 'she would not')).toMatchObject({ text: 'she would not resign', speaker_mention: 'she', cue: 'told', outlet: 'The Times' });
  });

  test('"told The Times" after "The Seattle Times" is that paper', () => {
    const a = 'The Seattle Times reported the merger. Later, a spokesman told The Times that talks had stalled.';
    expect(quote(a, 'talks had')).toMatchObject({ text: 'talks had stalled', speaker_mention: 'a spokesman', cue: 'told', outlet: 'Seattle Times' });
  });

  test('"The Times said" after "The New York Times reported" speaks for that paper', () => {
    const a = 'The New York Times reported the merger. The Times said that the talks had stalled.';
    expect(quote(a, 'the talks')).toMatchObject({ text: 'the talks had stalled', speaker: 'The New York Times', speaker_kind: 'outlet', speaker_mention: 'The Times', speaker_start: at(a, 'The Times said'), cue: 'said', outlet: 'The New York Times' });
  });

  test('the town of "the Edmonton Journal" or "the Hamilton Spectator" speaking alone is no paper', () => {
    const a = 'Defenceman Luc Roy told the Edmonton Journal he was healthy. Edmonton said on Friday that Roy would miss two games.';
    expect(quote(a, 'Roy would miss')).toMatchObject({ text: 'Roy would miss two games', speaker: 'Edmonton', speaker_start: at(a, 'Edmonton said'), cue: 'said', outlet: null });
    const b = 'Roy told the Hamilton Spectator he was retiring. “I\'m done,” Hamilton said.';
    expect(quote(b, 'I\'m done')).toMatchObject({ text: 'I\'m done,', type: 'direct', speaker: 'Hamilton', speaker_kind: 'person', speaker_start: at(b, 'Hamilton said'), cue: 'said', outlet: null });
  });
});

describe('one rule for "the Times" in quotes and entities; programmes in quotation marks after a network possessive', () => {
  test('"The Times, a London paper, said" after "The New York Times" is The Times', () => {
    const a = 'The New York Times reported the deal on Monday. The Times, a London paper, said the talks had lasted a year.';
    expect(quote(a, 'the talks')).toMatchObject({ text: 'the talks had lasted a year', speaker: 'The Times', speaker_kind: 'outlet', speaker_mention: 'The Times', speaker_start: at(a, 'The Times,'), cue: 'said', outlet: 'The Times' });
  });

  test('"told the Times" after the Irish or the Sunday Times is The Times; after The New York Times that paper', () => {
    const a = 'The Irish Times reported the deal on Monday. “It was a long year,” Lena Ortiz told the Times.';
    expect(quote(a, 'It was')).toMatchObject({ text: 'It was a long year,', type: 'direct', speaker: 'Lena Ortiz', cue: 'told', cue_start: at(a, 'told'), outlet: 'The Times' });
    const b = 'The Sunday Times reported the deal on Monday. “It was a long year,” Lena Ortiz told the Times.';
    expect(quote(b, 'It was')).toMatchObject({ text: 'It was a long year,', speaker: 'Lena Ortiz', cue: 'told', outlet: 'The Times' });
    const c = 'The New York Times reported the deal on Monday. “It was a long year,” Lena Ortiz told the Times.';
    expect(quote(c, 'It was')).toMatchObject({ text: 'It was a long year,', speaker: 'Lena Ortiz', cue: 'told', outlet: 'New York Times' });
  });

  test('"on the network\'s “…” program": the quoted programme is the outlet', () => {
    const a = 'Lena Ortiz said on the network\'s “Morning Joe” program that she would appeal.';
    expect(quote(a, 'she would')).toMatchObject({ text: 'she would appeal', start: at(a, 'she would'), speaker: 'Lena Ortiz', cue: 'said', outlet: 'Morning Joe' });
    const b = 'Tomas Reid said on the station\'s “Harbor Hour” show that the pier would close.';
    expect(quote(b, 'the pier')).toMatchObject({ text: 'the pier would close', speaker: 'Tomas Reid', cue: 'said', outlet: 'Harbor Hour' });
  });

  test('the town of "the Cleveland Plain Dealer", a two-word newspaper name, speaking alone is no paper', () => {
    const a = 'The Cleveland Plain Dealer reported the deal. Cleveland said it would appeal.';
    expect(quote(a, 'it would')).toMatchObject({ text: 'it would appeal', speaker: 'Cleveland', speaker_start: at(a, 'Cleveland said'), cue: 'said', outlet: null });
  });
});
