import { describe, expect, test } from 'vitest';
import { quotesOf } from '../helpers/quotes.js';

describe('a capitalised word the tagger reads as foreign stays in a known outlet name', () => {
  test('"Pro Football Talk" opening the sentence is the whole outlet, speaker and outlet', () => {
    const text = 'Pro Football Talk reported that the quarterback would stay in Denver.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the quarterback would stay in Denver', start: text.indexOf('the quarterback'), speaker: 'Pro Football Talk', cue: 'reported', outlet: 'Pro Football Talk' }]);
  });

  test('mid-sentence, before its cue, the name keeps "Pro"', () => {
    const text = 'The agent said Pro Football Talk reported that the contract was signed.';
    expect(quotesOf(text).find((q) => q.cue === 'reported')).toMatchObject({ text: 'the contract was signed', speaker: 'Pro Football Talk', outlet: 'Pro Football Talk' });
  });
});

describe('a capitalised word the tagger reads as a verb stays in a known outlet name', () => {
  test('"Rolling Stone quoted X as saying" gives the words to Rolling Stone, not to a "Stone"', () => {
    const text = 'Rolling Stone quoted Marla Vinter as saying the sessions had been “loud and happy for weeks.”';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'loud and happy for weeks.', start: text.indexOf('loud'), speaker: 'Marla Vinter', speaker_start: text.indexOf('Marla'), cue: 'saying', outlet: 'Rolling Stone' }]);
  });

  test('"Rolling Stone said" names the magazine as speaker', () => {
    const text = 'Rolling Stone said the album had sold poorly.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the album had sold poorly', speaker: 'Rolling Stone', speaker_kind: 'outlet', cue: 'said', outlet: 'Rolling Stone' }]);
  });

  test('near miss: a sentence-opening verb outside an outlet name keeps its tag ("Rolling back the rules, …")', () => {
    const text = 'Rolling back the rules, Mayor Dana Kirk said the city “cannot wait another year.”';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'cannot wait another year.', speaker: 'Dana Kirk', cue: 'said', outlet: null }]);
  });
});

describe('a capitalised word the tagger reads as an adverb stays in a known outlet name ("Opera Now")', () => {
  test('"According to Opera Now, …": the magazine is the source; its "Now" opens no clause', () => {
    const text = 'According to Opera Now, the tenor had cancelled two dates.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the tenor had cancelled two dates', start: 24, end: 57, speaker: 'Opera Now', speaker_kind: 'outlet', cue: 'According to', outlet: 'Opera Now' }]);
  });

  test('"X told Opera Now that …": the outlet heard it, the content starts after "that"', () => {
    const text = 'Jonas Fairlie told Opera Now that he was relieved.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'he was relieved', start: 34, speaker: 'Jonas Fairlie', cue: 'told', outlet: 'Opera Now' }]);
  });

  test('"Opera Now reported that …" is said by the magazine', () => {
    const text = 'Opera Now reported that the tenor had cancelled two dates.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the tenor had cancelled two dates', speaker: 'Opera Now', speaker_kind: 'outlet', cue: 'reported', outlet: 'Opera Now' }]);
  });

  test('"the magazine" is the magazine named last: Opera News after Gramophone', () => {
    const text = 'Jonas Fairlie told Gramophone that he was relieved. According to Opera News, the tenor had been unwell. The magazine quoted a member of the crew as saying that he had seemed “very tired.”';
    expect(quotesOf(text).find((q) => q.type === 'partial')).toMatchObject({ text: 'very tired.', speaker_mention: 'a member of the crew', cue: 'saying', outlet: 'Opera News' });
  });

  test('near miss: "Opera. Now …" across a sentence end keeps "Now" an adverb', () => {
    const text = 'Jonas Fairlie sang Opera. Now he says the tenor had been unwell.';
    expect(quotesOf(text).every((q) => q.outlet === null)).toBe(true);
  });
});
