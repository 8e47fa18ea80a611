import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('an answer after an opening question clause', () => {
  test('"Asked whether …, X said …": the answerer reports the answer', () => {
    const text = 'Tomas Reyes coaches the first team. Asked whether Okafor had handed in a transfer request, Reyes said he had not.';
    expect(quote(text, 'he had not')).toMatchObject({ text: 'he had not', type: 'indirect', speaker: 'Tomas Reyes', speaker_mention: 'Reyes', speaker_start: at(text, 'Reyes said'), cue: 'said' });
    expect(quotesOf(text).filter((q) => q.speaker_mention === 'Okafor')).toHaveLength(0);
  });

  test('"When X asked about …, she said …": she answers, not the one asking', () => {
    const text = 'Mara Okafor spoke to the Harbour Gazette. When Tillery asked about the long break, she said it had never been planned.';
    expect(quote(text, 'it had never')).toMatchObject({ text: 'it had never been planned', type: 'indirect', speaker: 'Mara Okafor', speaker_mention: 'she', cue: 'said' });
  });
});

describe('a cue inside a question someone was asked reports nothing of theirs', () => {
  test('"Asked … what she thought of X, NAME said only: “…”": no report of "thought of", the answer is NAME’s', () => {
    const text = 'Asked at the gala what she thought of the new “Harbour Lights” poster, Tomas Brandt’s co-star Lidia Varga said only: “Blue.”';
    expect(quotesOf(text).filter((q) => q.cue === 'thought of')).toHaveLength(0);
    expect(quote(text, 'Blue')).toMatchObject({
      text: 'Blue.', type: 'direct', speaker: 'Lidia Varga', speaker_mention: 'Lidia Varga', speaker_start: at(text, 'Lidia Varga'),
      cue: 'said', cue_start: at(text, 'said only'),
    });
  });

  test('"Asked whether she believed …, NAME said …": the belief asked about is no report', () => {
    const text = 'Asked whether she believed the ferry plan would work, Lidia Varga said the council had not yet voted on it.';
    expect(quotesOf(text).filter((q) => q.cue === 'believed')).toHaveLength(0);
    expect(quote(text, 'the council')).toMatchObject({ text: 'the council had not yet voted on it', type: 'indirect', speaker: 'Lidia Varga', cue: 'said' });
  });

  test('a report after "asked" with no question word stands: "was asked about the plan and said she …"', () => {
    const text = 'Lidia Varga was asked about the ferry plan on Monday and said she believed it would pass by spring.';
    expect(quote(text, 'she believed')).toMatchObject({ text: 'she believed it would pass by spring', type: 'indirect', speaker: 'Lidia Varga', cue: 'said' });
  });

  test('a question word after a comma opens no asked question: "asked for calm, and said what she saw …"', () => {
    const text = 'Lidia Varga asked the crowd for calm; she said what she saw on the pier was a failure of planning.';
    expect(quotesOf(text).some((q) => q.speaker === 'Lidia Varga' && q.cue === 'said')).toBe(true);
  });
});
