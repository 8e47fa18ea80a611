import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a sentence opening with a preposition and its gerund clause ("After saying …, she …")', () => {
  test('"After saying her knee was “…,” she was “…”": both quotations are the subject\'s after the comma', () => {
    const text = 'Ana Reyes has had health scares before. After saying her left knee was “so stiff I could barely walk,” she was “rushed … off to Harbour General” for tests.';
    expect(quote(text, 'so stiff')).toMatchObject({
      type: 'partial', text: 'so stiff I could barely walk,', start: at(text, 'so stiff'),
      speaker: 'Ana Reyes', speaker_mention: 'she', speaker_start: at(text, 'she was'), cue: 'saying', cue_start: at(text, 'saying'),
    });
    expect(quote(text, 'rushed')).toMatchObject({ type: 'partial', speaker: 'Ana Reyes', speaker_mention: 'she', speaker_start: at(text, 'she was') });
  });

  test('"Before leaving office, NAME called the pier “…”": the name after the comma', () => {
    const text = 'Before leaving office, Tom Brell called the pier “a fine legacy.”';
    expect(quote(text, 'a fine legacy')).toMatchObject({ type: 'partial', speaker: 'Tom Brell', speaker_mention: 'Tom Brell', cue: 'called' });
  });

  test('a name inside the gerund clause is no subject: "After meeting NAME, OTHER was “…”" is OTHER\'s', () => {
    const text = 'After meeting Tom Brell at the pier, Ana Reyes was “deeply moved” by the visit.';
    expect(quote(text, 'deeply moved')).toMatchObject({ type: 'partial', speaker: 'Ana Reyes', speaker_mention: 'Ana Reyes', speaker_start: at(text, 'Ana Reyes') });
  });
});
