import { describe, expect, test } from 'vitest';
import { at, quote } from '../../helpers/quotes.js';

// "said A, and one member, who …, called it “…”": the relative clause sits on the subject the conjunction's clause
// opens, and the cue after it is that subject's verb; the report ends before ", and".
describe('a relative clause on the subject of a clause joined after the report', () => {
  test('"who spoke on condition of anonymity" and a listed weak cue after it', () => {
    const text = 'Several nurses said the ward had been short-staffed for months, and one senior nurse, who spoke on condition of anonymity, called it “a disgrace.”';
    expect(quote(text, 'the ward')).toMatchObject({
      type: 'indirect', text: 'the ward had been short-staffed for months', start: at(text, 'the ward'),
      speaker: null, speaker_mention: 'Several nurses', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    expect(quote(text, 'a disgrace')).toMatchObject({ type: 'partial', text: 'a disgrace.', speaker_mention: 'one senior nurse', cue: 'called', cue_start: at(text, 'called') });
  });

  test('… and with an object between the cue and the quotation', () => {
    const text = 'Several nurses said the ward had been short-staffed for months, and one senior nurse, who spoke on condition of anonymity, called the rota “a disgrace.”';
    expect(quote(text, 'the ward')).toMatchObject({ type: 'indirect', end: at(text, ', and one'), speaker_mention: 'Several nurses', cue: 'said' });
  });

  test('near miss: a listed cue of the same subject still ends the report before it', () => {
    const text = 'Some residents said the plan was rushed, called it “a land grab” and walked out.';
    expect(quote(text, 'the plan')).toMatchObject({ type: 'indirect', text: 'the plan was rushed', speaker_mention: 'Some residents', cue: 'said' });
  });
});
