import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

// Quoted names, slogans and printed words that no one is quoted saying, in sentences that give them
// without a speech act: a nickname set off by a comma, a slogan the reported clause opens with, a slogan
// with a phrase of time after its noun, words on a thing owned by something else, a title after "According to".
const texts = (text: string) => quotesOf(text).map((q) => q.text);

describe('a nickname set off by a comma after the naming noun', () => {
  test('"has picked up a new nickname, “…”" names the holder and quotes no one', () => {
    const text = 'Orla Brennick won the regatta on Sunday. Along the harbour, Brennick has already earned a new nickname, “the Tide Queen.”';
    expect(texts(text)).not.toContain('the Tide Queen.');
  });

  test('a characterisation with a cue of its own is kept (negative case)', () => {
    const text = 'Orla Brennick won the regatta on Sunday. Her coach, Pim Adler, said she was “the calmest sailor on the water.”';
    expect(quote(text, 'the calmest')).toMatchObject({ type: 'partial', text: 'the calmest sailor on the water.', speaker: 'Pim Adler', cue: 'said', start: at(text, 'the calmest') });
  });
});

describe('a set phrase the reported clause opens with', () => {
  test('"He said the poster’s slogan, “…,” was “…”": the slogan is mentioned; the verdict on it is his', () => {
    const text = 'Hugo Brandt, a former studio executive, spoke to the Ledger on Monday. He said the poster\'s slogan, "Drive the Future," was "clumsy and forgettable."';
    expect(texts(text)).not.toContain('Drive the Future,');
    expect(quote(text, 'clumsy')).toMatchObject({ type: 'partial', text: 'clumsy and forgettable.', speaker: 'Hugo Brandt', speaker_mention: 'He', cue: 'said' });
  });

  test('a line the speaker is quoted saying, with the frame after it, stays speech (negative case)', () => {
    const text = 'Her motto, “Keep the lights on,” she said, came from her grandmother.';
    expect(quote(text, 'Keep the lights')).toMatchObject({ type: 'direct', speaker_mention: 'she', cue: 'said' });
  });
});

describe('a set phrase whose noun has a phrase of time or purpose after it', () => {
  test('"the government’s motto for the summer, ‘…’, to win over voters" quotes no one', () => {
    const text = 'A senior Labour MP said the debate had been ‘a mess from start to finish’. Ministers are relying on the government’s motto for the summer, ‘Build It Faster’, to win over voters.';
    expect(texts(text)).toEqual(['a mess from start to finish']);
  });
});

describe('words printed on a thing that belongs to something', () => {
  test('"The bus’s side screens read “…”": the screens carry the words', () => {
    const text = 'Supporters rallied outside the ground. The bus’s side screens read “Bring Back Our Coach, Keep Our Coach.”';
    expect(quotesOf(text)).toHaveLength(0);
  });

  test('a person who owns the subject still reads words aloud (negative case)', () => {
    const text = 'The mayor’s chief of staff read “We will rebuild the pier before winter,” from the mayor’s notes, Ana Ruiz said.';
    expect(texts(text)).toContain('We will rebuild the pier before winter,');
  });
});

describe('a title that opens its clause after "According to X,"', () => {
  test('"According to ratings data, “Morning Desk” averaged …" does not quote the title', () => {
    const text = 'Ratings fell last year. According to ratings data, "Morning Desk" averaged 410,000 viewers in the spring.';
    expect(quotesOf(text).filter((q) => q.type !== 'indirect')).toHaveLength(0);
  });

  test('words quoted after "According to" with their own punctuation stay a quotation (negative case)', () => {
    const text = 'According to Mara Okafor, "the pier will reopen in May."';
    expect(quote(text, 'the pier')).toMatchObject({ speaker: 'Mara Okafor' });
  });
});

describe('a quotation right after a word for a phrase someone is known by', () => {
  test('his trademark “…” after a cue verb is named, not quoted', () => {
    const text = 'After the final whistle, Dario Venn posted his trademark “job done” on social media.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('the customary “…” is named, not quoted', () => {
    const text = 'The captain gave the customary “thank you, everyone” and left the stage.';
    expect(quotesOf(text)).toEqual([]);
  });
});
