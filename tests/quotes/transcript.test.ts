import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

const texts = (text: string) => quotesOf(text).map((q) => q.text);

describe('speaker labels', () => {
  test('turns without quotation marks are the speaker’s words, typed indirect (no marks), the colon their cue; a title-case label that is no name is no turn', () => {
    const text = 'The interview aired Sunday.\n\nHOST: Will you run again next year?\n\nGARCIA: No, I will not run this year, and that is final.\n\nBottom Line: the race is open.';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => [q.text, q.type, q.speaker, q.speaker_mention, q.speaker_start, q.cue, q.cue_start])).toEqual([
      ['Will you run again next year?', 'indirect', 'Host', 'HOST', at(text, 'HOST'), ':', at(text, 'HOST') + 4],
      ['No, I will not run this year, and that is final.', 'indirect', 'Garcia', 'GARCIA', at(text, 'GARCIA'), ':', at(text, 'GARCIA') + 6],
    ]);
  });

  test('a label in capitals names the fullest form of the name in the article', () => {
    const text = 'Governor Lena Moray spoke to Tom Vick on Sunday.\n\nVICK: Will the ferry fares rise?\n\nMORAY: They will rise in the spring, and not before.';
    expect(quote(text, 'They will rise')).toMatchObject({
      type: 'indirect', speaker: 'Lena Moray', speaker_mention: 'MORAY', speaker_start: at(text, 'MORAY'), speaker_kind: 'person', cue: ':', cue_start: at(text, 'MORAY:') + 5, cue_end: at(text, 'MORAY:') + 6,
    });
  });

  test('"NAME: …" names the speaker of the quotes in its turn and of the paragraphs that continue it', () => {
    const text = 'The interview ran on Sunday.\n\nHOST: Will you run again?\n\nGARCIA: Well, frankly the plan is “a mess from top to bottom” and nobody likes it.\n\n“I am still thinking about it, to be honest with you, and I will decide in May.”';
    expect(quote(text, 'a mess from')).toMatchObject({
      text: 'a mess from top to bottom', type: 'partial', speaker: 'Garcia', speaker_mention: 'GARCIA', speaker_start: at(text, 'GARCIA'), speaker_end: at(text, 'GARCIA') + 6, cue: ':',
    });
    expect(quote(text, 'I am still thinking')).toMatchObject({ type: 'direct', speaker: 'Garcia', cue: null });
    // The turn's paragraph holds a quotation: it is reported once, as that quotation.
    expect(texts(text).filter((t) => t.includes('frankly'))).toEqual([]);
  });

  test('notes, captions and a single label are no transcript', () => {
    const text = 'Port Elwin voted on the levy on Tuesday.\n\nNOTE: This story has been updated.\n\nVIDEO: The harbour at dawn, filmed from the pier.\n\nThe result: a levy of two percent on every berth.';
    expect(quotesOf(text)).toEqual([]);
  });
});

describe('transcripts inside quotation marks', () => {
  const text = 'The show aired on Sunday. Partial transcript as follows:\n\n"HOST: Let us start with the news. Will you run?\n\n"GARCIA: Well, no. I will not run this year, and that is final.\n\n"(CROSSTALK.)\n\n"HOST: Thank you, Governor."';

  test('each turn’s words start after the speaker’s label', () => {
    expect(quote(text, 'Well, no.')).toMatchObject({
      text: 'Well, no. I will not run this year, and that is final.', type: 'direct', speaker: 'Garcia', speaker_mention: 'GARCIA', speaker_start: text.indexOf('GARCIA'), cue: ':', cue_start: text.indexOf('GARCIA') + 6,
    });
    expect(quote(text, 'Thank you')).toMatchObject({ speaker: 'Host', speaker_start: text.lastIndexOf('HOST') });
  });

  test('a stage direction is not a quote', () => {
    expect(texts(text).some((t) => t.includes('CROSSTALK'))).toBe(false);
  });
});
