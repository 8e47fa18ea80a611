import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('an appearance on a programme still to come places no one on it: later words were not said there', () => {
  const later = '\n\nThe label declined to comment.\n\nIn a video on Instagram on Thursday, a fan asked whether she would change the tracklist. Kade said she would not.\n\n“It’s finished,” she said.';

  test('"will appear on the show “…” next week": the singer\'s later words have no outlet', () => {
    const text = 'The singer Nora Kade will appear on the late-night show “Harbour Lights” next week.' + later;
    expect(quote(text, 'she would not')).toMatchObject({ text: 'she would not', type: 'indirect', speaker: 'Nora Kade', speaker_mention: 'Kade', cue: 'said', outlet: null, start: at(text, 'she would not') });
    expect(quote(text, 'It’s finished')).toMatchObject({ text: 'It’s finished,', type: 'direct', speaker: 'Nora Kade', speaker_mention: 'she', cue: 'said', outlet: null });
  });

  test('"had planned to sing … on the show “…”": a plan, no appearance', () => {
    const text = 'The singer Nora Kade had planned to sing the single on the late-night show “Harbour Lights” on Friday.' + later;
    expect(quote(text, 'she would not')).toMatchObject({ speaker: 'Nora Kade', cue: 'said', outlet: null });
  });

  test('"is due to appear on the show “…”": still to come', () => {
    const text = 'The singer Nora Kade is due to appear on the morning show “Harbour Lights”.' + later;
    expect(quote(text, 'It’s finished')).toMatchObject({ speaker: 'Nora Kade', outlet: null });
  });

  test('negative: an appearance that happened still carries its programme to her next words', () => {
    const text = 'Nora Kade talked up her album on the morning show “Harbour Lights” on Monday.\n\n“It’s finished,” she said.';
    expect(quote(text, 'It’s finished')).toMatchObject({ text: 'It’s finished,', type: 'direct', speaker: 'Nora Kade', speaker_mention: 'she', cue: 'said', outlet: 'Harbour Lights' });
  });
});
