import { describe, expect, test } from 'vitest';
import { quotesOf } from '../helpers/quotes.js';

// Typing is writing: the one who typed words in quotation marks wrote them ("a nurse had typed “…”").
describe('"type" is a cue of writing', () => {
  test('the subject of "typed" wrote the words quoted after it', () => {
    const text = 'On the intake form, a nurse named Ada Kim had typed “persistent cough.”';
    expect(quotesOf(text)).toMatchObject([{
      type: 'partial', text: 'persistent cough.', start: text.indexOf('persistent'),
      speaker: 'Ada Kim', speaker_start: text.indexOf('Ada Kim'), cue: 'typed', cue_start: text.indexOf('typed'),
    }]);
  });

  test('"typed" as an adjective before a noun is no cue', () => {
    const text = 'A typed note reached the office on Monday, and Ada Kim called it “a hoax.”';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'a hoax.', speaker: 'Ada Kim', cue: 'called' }]);
  });
});
