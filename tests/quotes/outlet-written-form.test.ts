import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('an outlet speaker is written as the article writes it', () => {
  test('"According to AFP, …" in an article that never writes "Agence France-Presse": speaker and outlet "AFP", as "told AFP" gives', () => {
    const text = 'According to AFP, the race was cancelled for the first time. The organiser told AFP he was sorry.';
    expect(quote(text, 'the race')).toMatchObject({ type: 'indirect', text: 'the race was cancelled for the first time', speaker: 'AFP', speaker_kind: 'outlet', speaker_mention: 'AFP', speaker_start: at(text, 'AFP'), cue: 'According to' });
    expect(quote(text, 'he was sorry')).toMatchObject({ outlet: 'AFP' });
  });

  test('near miss: an article that writes the full name keeps it for the speaker', () => {
    const text = 'Agence France-Presse reported the closure on Monday. According to AFP, the race was cancelled for the first time.';
    expect(quote(text, 'the race')).toMatchObject({ speaker: 'Agence France-Presse', speaker_kind: 'outlet', speaker_mention: 'AFP' });
  });

  test('near miss: the full name written without its "The" counts as written ("Washington Post reporters … According to the Post")', () => {
    const text = 'Washington Post reporters found the memo on Monday. According to the Post, the race was cancelled for the first time.';
    expect(quote(text, 'the race')).toMatchObject({ speaker: 'The Washington Post', speaker_kind: 'outlet', speaker_mention: 'the Post', outlet: 'The Washington Post' });
  });
});
