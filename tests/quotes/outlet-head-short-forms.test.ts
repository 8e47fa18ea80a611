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
    expect(quote(a, 'the talks')).toMatchObject({ text: 'the talks had stalled', speaker: 'New York Times', speaker_kind: 'outlet', speaker_mention: 'The Times', speaker_start: at(a, 'The Times said'), cue: 'said', outlet: 'New York Times' });
  });

  test('the town of "the Edmonton Journal" or "the Hamilton Spectator" speaking alone is no paper', () => {
    const a = 'Defenceman Luc Roy told the Edmonton Journal he was healthy. Edmonton said on Friday that Roy would miss two games.';
    expect(quote(a, 'Roy would miss')).toMatchObject({ text: 'Roy would miss two games', speaker: 'Edmonton', speaker_start: at(a, 'Edmonton said'), cue: 'said', outlet: null });
    const b = 'Roy told the Hamilton Spectator he was retiring. “I\'m done,” Hamilton said.';
    expect(quote(b, 'I\'m done')).toMatchObject({ text: 'I\'m done,', type: 'direct', speaker: 'Hamilton', speaker_kind: 'person', speaker_start: at(b, 'Hamilton said'), cue: 'said', outlet: null });
  });
});
