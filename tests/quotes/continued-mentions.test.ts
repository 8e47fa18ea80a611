import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a quote that continues an earlier attribution keeps its mention, with no cue of its own', () => {
  test('a quote-only paragraph after “…,” she said: the mention is that “she”', () => {
    const text = 'Councillor Ines Varga opened the hearing on Tuesday.\n\n“The bridge is older than any of us,” she said.\n\n“We owe the next town a safer one.”';
    expect(quote(text, 'We owe')).toMatchObject({
      type: 'direct', text: 'We owe the next town a safer one.', start: at(text, 'We owe'),
      speaker: 'Ines Varga', speaker_mention: 'she', speaker_start: at(text, 'she said'), speaker_end: at(text, 'she said') + 3,
      cue: null, cue_start: null,
    });
  });

  test('a later sentence of the same paragraph, after narration about no one, continues the same way', () => {
    const text = '“The bridge is older than any of us,” Ines Varga said. The vote is in May. “We owe the next town a safer one.”';
    expect(quote(text, 'We owe')).toMatchObject({ speaker: 'Ines Varga', speaker_mention: 'Ines Varga', speaker_start: at(text, 'Ines Varga'), cue: null });
  });

  test('the quote with its own cue keeps its own mention and cue', () => {
    const text = 'Councillor Ines Varga opened the hearing on Tuesday.\n\n“The bridge is older than any of us,” she said.\n\n“We owe the next town a safer one,” added Varga.';
    expect(quote(text, 'We owe')).toMatchObject({ speaker: 'Ines Varga', speaker_mention: 'Varga', speaker_start: at(text, 'Varga.'), cue: 'added' });
  });

  test('a quotation with no one to continue gets no mention', () => {
    const text = 'The hearing opened late on Tuesday.\n\n“We owe the next town a safer one.”';
    const q = quote(text, 'We owe');
    expect(q.speaker_mention).toBeNull();
    expect(q.speaker_start).toBeNull();
  });

  test('the answer after a quoted question is not given the asker\'s mention', () => {
    const text = 'The ferry pier reopened on Friday.\n\n“Is the ramp strong enough?” a visitor asked Tomas Berg.\n\n“Yes, the engineers tested it twice.”';
    expect(quote(text, 'Yes, the')).toMatchObject({ type: 'direct', text: 'Yes, the engineers tested it twice.', speaker_mention: null, speaker_start: null, cue: null });
  });

  test('an asker whose own words go on after the question keeps the mention', () => {
    const text = '“Why now?” Tomas Berg asked at the meeting. “Nobody told us anything.”\n\n“We want answers from the board.”';
    expect(quote(text, 'We want')).toMatchObject({ type: 'direct', speaker: 'Tomas Berg', speaker_mention: 'Tomas Berg', speaker_start: at(text, 'Tomas Berg'), cue: null });
  });
});
