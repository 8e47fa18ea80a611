import { describe, expect, test } from 'vitest';
import { quotesOf } from '../helpers/quotes.js';

describe('an outlet named after the kind of outlet it is', () => {
  test('"told the newspaper Harbour Tidings" gives the name, known or not', () => {
    const text = 'Mara Okafor told the newspaper Harbour Tidings that the port would reopen.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the port would reopen', start: 52, end: 73, speaker: 'Mara Okafor', cue: 'told', outlet: 'Harbour Tidings' }]);
  });

  test('"speaking to broadcaster ELW": a bare kind of outlet right after the lead, and the speaker\'s label after it', () => {
    const text = 'Speaking to broadcaster ELW, Mara Okafor said the port had been sold, which she called "a scandal".';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'the port had been sold', start: 46, end: 68, speaker: 'Mara Okafor', cue: 'said', outlet: 'ELW' },
      { type: 'partial', text: 'a scandal', speaker: 'Mara Okafor', cue: 'called', outlet: 'ELW' },
    ]);
  });

  test('"speaking to state broadcaster ELW" after a small-letter word', () => {
    const text = 'Speaking to state broadcaster ELW, Mara Okafor said the port would reopen.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the port would reopen', speaker: 'Mara Okafor', cue: 'said', outlet: 'ELW' }]);
  });

  test('a day after the kind of outlet is no name', () => {
    const text = 'Mara Okafor told the newspaper Monday that the port would reopen.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the port would reopen', outlet: null }]);
  });

  test('a nationality before the kind: "told the German weekly Die Zeit"', () => {
    const text = 'Mara Okafor told the German weekly Die Zeit that the port would reopen.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', speaker: 'Mara Okafor', cue: 'told', outlet: 'Die Zeit' }]);
  });

  test('a nationality of its own before "broadcaster": "the Ugandan broadcaster Lakeside FM", and the next quotation keeps it', () => {
    const text = 'Nakato Birungi told the Ugandan broadcaster Lakeside FM that the ferry would sail on Friday. ‘Nobody will be left behind,’ she said.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'the ferry would sail on Friday', speaker: 'Nakato Birungi', cue: 'told', outlet: 'Lakeside FM' },
      { type: 'direct', text: 'Nobody will be left behind,', speaker: 'Nakato Birungi', cue: 'said', outlet: 'Lakeside FM' },
    ]);
  });

  test('a two-word nationality: "the New Zealand broadcaster Harbourvision"', () => {
    const text = 'Her trainer, Gus Oberholzer, told the New Zealand broadcaster Harbourvision that he had been “caught off guard” by the result.';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'caught off guard', speaker: 'Gus Oberholzer', cue: 'told', outlet: 'Harbourvision' }]);
  });

  test('"the Bulgarian daily 12 Vesti": a listed nationality, and a name opening with a number as a word of its own', () => {
    const text = 'Mara Okafor told the Bulgarian daily 12 Vesti that the port would reopen.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the port would reopen', start: text.indexOf('the port'), end: text.indexOf('the port') + 21, speaker: 'Mara Okafor', speaker_start: 0, cue: 'told', cue_start: text.indexOf('told'), outlet: '12 Vesti' }]);
  });

  test('near miss: a number then a month after the kind is a date, no name: "told the paper 12 March …"', () => {
    const text = 'Mara Okafor told the paper 12 March was the day the port would reopen.';
    expect(quotesOf(text).map((q) => q.outlet)).toEqual([null]);
  });

  test('one word of a two-word nationality alone is a name: "the Zealand broadcaster Elwin"', () => {
    const text = 'Mara Okafor told the Zealand broadcaster Elwin would vote.';
    expect(quotesOf(text).map((q) => q.outlet)).not.toContain('Elwin');
  });

  test('two modifiers before the kind, and a name it does not know: "the Spanish sports daily Diario Elwin"', () => {
    const text = 'Mara Okafor told the Spanish sports daily Diario Elwin that she would stay at Port Elwin.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'she would stay at Port Elwin', speaker: 'Mara Okafor', cue: 'told', outlet: 'Diario Elwin' }]);
  });

  test('a quotation told to "the British tabloid The Sun"', () => {
    const text = '“He is resting,” a palace aide told the British tabloid The Sun.';
    expect(quotesOf(text)).toMatchObject([{ type: 'direct', text: 'He is resting,', speaker_mention: 'a palace aide', cue: 'told', outlet: 'The Sun' }]);
  });

  test('a capitalised word before the kind that is no nationality is a name: "the Harbour newspaper Elwin"', () => {
    const text = 'Mara Okafor told the Harbour newspaper Elwin would vote.';
    expect(quotesOf(text).map((q) => q.outlet)).not.toContain('Elwin');
  });
});

describe('"was quoted by OUTLET as saying"', () => {
  test('the subject speaks; the quoting medium is the outlet of the report and of its partial quotes', () => {
    const text = 'The club director, Mara Okafor, was quoted by the daily Harbour Post as saying the club was “in no hurry” and would not join “a bidding war.”';
    expect(quotesOf(text)).toMatchObject([
      { type: 'partial', text: 'in no hurry', start: text.indexOf('in no'), speaker: 'Mara Okafor', cue: 'saying', outlet: 'Harbour Post' },
      { type: 'partial', text: 'a bidding war.', speaker: 'Mara Okafor', cue: 'saying', outlet: 'Harbour Post' },
    ]);
  });

  test('a known agency: "was quoted by Reuters as saying that …"', () => {
    const text = 'Tom Reed was quoted by Reuters as saying that the ferry deal was off.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the ferry deal was off', speaker: 'Tom Reed', cue: 'saying', outlet: 'Reuters' }]);
  });

  test('quoted by a person is no outlet', () => {
    const text = 'Tom Reed was quoted by a neighbour as saying that the ferry deal was off.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', speaker: 'Tom Reed', outlet: null }]);
  });
});

describe('"told the magazine": the outlet of that kind named last', () => {
  test('a magazine named before a newspaper is the magazine', () => {
    const text = 'Mara Okafor spoke to The Hollywood Reporter about the finale. The Guardian was less kind. Okafor told the magazine she had expected the split.';
    expect(quotesOf(text).find((q) => q.text === 'she had expected the split')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', speaker_mention: 'Okafor', cue: 'told', outlet: 'The Hollywood Reporter' });
  });

  test('"the paper" is the newspaper, not a magazine named after it', () => {
    const text = 'Tom Reed wrote to the Daily Mail last week. A profile in Vogue followed. Reed told the paper he was sorry.';
    expect(quotesOf(text).find((q) => q.text === 'he was sorry')).toMatchObject({ speaker: 'Tom Reed', cue: 'told', outlet: 'Daily Mail' });
  });

  test('with no outlet of its kind named, the outlet named last', () => {
    const text = 'Tom Reed appeared on CNN on Monday. Reed told the magazine he was sorry.';
    expect(quotesOf(text).find((q) => q.text === 'he was sorry')).toMatchObject({ speaker: 'Tom Reed', cue: 'told', outlet: 'CNN' });
  });
});

describe('the medium that ran the words: "broadcast by", "carried by"', () => {
  test('"said in a tribute broadcast by the BBC that …"', () => {
    const text = 'Lena Hart, her co-star, said in a tribute broadcast by the BBC that she owed her career to Okafor.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'she owed her career to Okafor', speaker: 'Lena Hart', cue: 'said', outlet: 'BBC' }]);
  });

  test('"said in remarks carried by Harbour TV that …"', () => {
    const text = 'Tom Reed said in remarks carried by Harbour TV that the port would close.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the port would close', speaker: 'Tom Reed', cue: 'said', outlet: 'Harbour TV' }]);
  });

  test('a video posted by a club is no outlet', () => {
    const text = 'Ada Kim said in a video posted by the club that she was proud.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'she was proud', speaker: 'Ada Kim', outlet: null }]);
  });
});

describe('"said on the podcast": the one programme of that kind the article names', () => {
  const text = 'Singer Mara Okafor has never liked talking about her first hit. On this week’s episode of the music podcast “Low Notes,” she finally did.\n\n“I hated that song for years,” Okafor said on the podcast. “It was all anybody wanted.”\n\nLater she said on the show that she had moved away.';

  test('the quote said "on the podcast" and its continuation get the podcast', () => {
    expect(quotesOf(text).find((q) => q.text.startsWith('I hated'))).toMatchObject({ type: 'direct', speaker: 'Mara Okafor', speaker_mention: 'Okafor', cue: 'said', outlet: 'Low Notes' });
    expect(quotesOf(text).find((q) => q.text.startsWith('It was all'))).toMatchObject({ type: 'direct', speaker: 'Mara Okafor', outlet: 'Low Notes' });
  });

  test('"on the show" when no show is named is another occasion: no outlet', () => {
    expect(quotesOf(text).find((q) => q.text === 'she had moved away')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', outlet: null });
  });

  test('two podcasts named: "on the podcast" is neither', () => {
    const two = 'Mara Okafor hosts the podcast “Low Notes” and guests on the podcast “High Tide.” “I love both,” Okafor said on the podcast.';
    expect(quotesOf(two).find((q) => q.text.startsWith('I love'))).toMatchObject({ speaker: 'Mara Okafor', outlet: null });
  });
});

describe('a programme title in quotation marks after its kind, then "on the podcast"', () => {
  test('the whole quoted title, small words and all', () => {
    const text = 'Tom Reed guested on the podcast “Over to You” in May. Later Reed said on the podcast that he was fine.';
    expect(quotesOf(text).find((q) => q.text === 'he was fine')).toMatchObject({ speaker: 'Tom Reed', cue: 'said', outlet: 'Over to You' });
  });
});

describe('"told the business daily X that …": a kind phrase before the outlet, then the report', () => {
  test('"that" after the outlet opens the content; the pronoun resolves', () => {
    for (const [kind, outlet] of [['business daily', 'Elwin Handelsbote'], ['trade paper', 'Screenline'], ['German broadcaster', 'WLX']]) {
      const text = `Mara Okafor runs the plant. She told the ${kind} ${outlet} that the plant would close.`;
      expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the plant would close', start: text.indexOf('the plant would'), speaker: 'Mara Okafor', speaker_mention: 'She', cue: 'told', outlet }]);
    }
  });

  test('a kind phrase with no name after it names no outlet (negative case)', () => {
    const text = 'Mara Okafor runs the plant. She told the business daily that the plant would close.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the plant would close', speaker: 'Mara Okafor', outlet: null }]);
  });
});

describe('a regional paper in the gazetteer', () => {
  test('"told the Toledo Blade on Monday that … but wanted “…”": the partial inside the told report gets it, and so does the report before it', () => {
    const text = 'Ollerton told the Toledo Blade on Monday that the guild backed the deal but wanted “a firm promise on pensions.”';
    // (The clause before "but wanted “…”" is a report of its own, as most gold sets mark it.)
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'the guild backed the deal', speaker: 'Ollerton', cue: 'told', outlet: 'Toledo Blade' },
      { type: 'partial', text: 'a firm promise on pensions.', speaker: 'Ollerton', cue: 'told', outlet: 'Toledo Blade' },
    ]);
  });
});

describe('a website named after its kind, where someone gave it words', () => {
  test('"in an interview with the music website NAME", "told the news site NAME": the site is the outlet, known or not', () => {
    const interview = 'Tom Reid, in a separate interview with the music website Harbour Wire, said the pair had worked at night.';
    expect(quotesOf(interview)).toMatchObject([{ type: 'indirect', text: 'the pair had worked at night', speaker: 'Tom Reid', cue: 'said', outlet: 'Harbour Wire' }]);
    const told = 'Tom Reid told the news site Harbour Wire that the pair had worked at night.';
    expect(quotesOf(told)).toMatchObject([{ type: 'indirect', text: 'the pair had worked at night', speaker: 'Tom Reid', cue: 'told', outlet: 'Harbour Wire' }]);
  });

  test('a known name with a small word inside runs on past the search\'s reach: "The Line of Best Fit"', () => {
    const text = 'Tom Reid said in an interview with the music website The Line of Best Fit that the pair had worked at night.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the pair had worked at night', speaker: 'Tom Reid', cue: 'said', outlet: 'The Line of Best Fit' }]);
  });

  test('a website someone posted on is no outlet of words given: "posted on the website Harbour Deals"', () => {
    const text = 'Tom Reid posted on the website Harbour Deals that the pair had worked at night.';
    expect(quotesOf(text)[0]?.outlet ?? null).toBeNull();
  });
});
