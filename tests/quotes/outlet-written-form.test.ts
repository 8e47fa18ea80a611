import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a news agency speaker is written as the article writes it', () => {
  test('"According to AFP, …" in an article that never writes "Agence France-Presse": speaker and outlet "AFP", as "told AFP" gives', () => {
    const text = 'According to AFP, the race was cancelled for the first time. The organiser told AFP he was sorry.';
    expect(quote(text, 'the race')).toMatchObject({ type: 'indirect', text: 'the race was cancelled for the first time', speaker: 'AFP', speaker_kind: 'outlet', speaker_mention: 'AFP', speaker_start: at(text, 'AFP'), cue: 'According to' });
    expect(quote(text, 'he was sorry')).toMatchObject({ outlet: 'AFP' });
  });

  test('"According to PTI, … Officials told PTI …": one agency, one name, as written', () => {
    const text = 'According to PTI, the bridge was closed. Officials told PTI it would reopen.';
    expect(quote(text, 'the bridge')).toMatchObject({ type: 'indirect', text: 'the bridge was closed', speaker: 'PTI', speaker_kind: 'outlet', speaker_mention: 'PTI', speaker_start: at(text, 'PTI'), cue: 'According to', outlet: 'PTI' });
    expect(quote(text, 'it would reopen')).toMatchObject({ speaker_mention: 'Officials', cue: 'told', outlet: 'PTI' });
  });

  test('near miss: an article that writes the full name keeps it for the speaker', () => {
    const text = 'Agence France-Presse reported the closure on Monday. According to AFP, the race was cancelled for the first time.';
    expect(quote(text, 'the race')).toMatchObject({ speaker: 'Agence France-Presse', speaker_kind: 'outlet', speaker_mention: 'AFP' });
  });

  test('near miss: a paper written short is no agency and keeps its full name ("According to the WSJ")', () => {
    const text = 'According to the WSJ, the race was cancelled for the first time.';
    expect(quote(text, 'the race')).toMatchObject({ speaker: 'The Wall Street Journal', speaker_kind: 'outlet', outlet: 'The Wall Street Journal' });
  });
});
