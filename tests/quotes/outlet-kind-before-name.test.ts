import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// "told the broadcaster NAME": a kind of outlet before a name the gazetteer lacks makes the name the outlet,
// whatever its shape (outlet-near.ts appositionName).
describe('a kind of outlet before its name gives the name as the outlet', () => {
  test('a brand written small first: "told the broadcaster eTVN"', () => {
    const text = 'Mokoena told the broadcaster eTVN that the dam gates had jammed.';
    expect(quote(text, 'the dam')).toMatchObject({ text: 'the dam gates had jammed', start: at(text, 'the dam'), end: at(text, '.'), type: 'indirect', speaker: 'Mokoena', cue: 'told', outlet: 'eTVN' });
  });

  test('"the channel" and "the blog" before a name of several words', () => {
    const channel = 'Mokoena told the channel Vista Norte that the dam gates had jammed.';
    expect(quote(channel, 'the dam')).toMatchObject({ text: 'the dam gates had jammed', type: 'indirect', speaker: 'Mokoena', cue: 'told', outlet: 'Vista Norte' });
    const blog = 'Mokoena told the blog Harbour Lines that the dam gates had jammed.';
    expect(quote(blog, 'the dam')).toMatchObject({ text: 'the dam gates had jammed', speaker: 'Mokoena', cue: 'told', outlet: 'Harbour Lines' });
  });

  test('"the wire service" before a one-word name', () => {
    const text = 'Mokoena told the wire service Pressnord that the dam gates had jammed.';
    expect(quote(text, 'the dam')).toMatchObject({ text: 'the dam gates had jammed', start: at(text, 'the dam'), speaker: 'Mokoena', cue: 'told', outlet: 'Pressnord' });
  });

  test('"the fan site" before two capitalised words still gives them', () => {
    const text = 'Mokoena told the fan site Terrace Voice that the dam gates had jammed.';
    expect(quote(text, 'the dam')).toMatchObject({ speaker: 'Mokoena', cue: 'told', outlet: 'Terrace Voice' });
  });

  test('near miss: "the broadcaster" before a given name and a surname is the person told, no outlet', () => {
    const text = 'Mokoena told the broadcaster David Lindqvist that the dam gates had jammed.';
    expect(quote(text, 'the dam')).toMatchObject({ text: 'the dam gates had jammed', speaker: 'Mokoena', cue: 'told', outlet: null });
  });

  test('a known outlet the data writes small: "told the German news agency dpa", its speaker\'s words before it too', () => {
    const text = 'Weber said costs had doubled. “Bread is a luxury now,” she told the German news agency dpa.';
    expect(quote(text, 'costs had')).toMatchObject({ text: 'costs had doubled', type: 'indirect', speaker: 'Weber', cue: 'said', outlet: 'dpa' });
    expect(quote(text, 'Bread')).toMatchObject({ text: 'Bread is a luxury now,', start: at(text, 'Bread'), type: 'direct', speaker: 'Weber', cue: 'told', outlet: 'dpa' });
  });

  test('near miss: a small word after the kind that no outlet is written as names nothing', () => {
    const text = '“Bread is a luxury now,” Weber told the news agency yesterday.';
    expect(quote(text, 'Bread')).toMatchObject({ speaker: 'Weber', cue: 'told', outlet: null });
  });

  test('near miss: "the channel" alone names nothing', () => {
    const text = 'Mokoena said on Tuesday that she had left the channel because the dam gates had jammed.';
    expect(quote(text, 'she had left')).toMatchObject({ speaker: 'Mokoena', cue: 'said', outlet: null });
  });

  test('a name the data writes small after its kind: "told the German news agency dpa"', () => {
    const text = 'Greta Holm said the bakery had run out of flour. “We could not bake a single loaf,” she told the German news agency dpa.';
    expect(quote(text, 'We could not')).toMatchObject({
      type: 'direct', text: 'We could not bake a single loaf,', start: at(text, 'We could not'), speaker: 'Greta Holm', speaker_mention: 'she', cue: 'told', outlet: 'dpa',
    });
    // (The same speaker's words just before, in the same paragraph, were given to the agency too.)
    expect(quote(text, 'the bakery')).toMatchObject({ type: 'indirect', text: 'the bakery had run out of flour', speaker: 'Greta Holm', cue: 'said', outlet: 'dpa' });
  });

  test('"told the news agency dpa" is dpa, not an agency named earlier', () => {
    const text = 'Reuters first reported the closure. “We could not bake a single loaf,” Greta Holm told the news agency dpa.';
    expect(quote(text, 'We could not')).toMatchObject({ speaker: 'Greta Holm', cue: 'told', outlet: 'dpa' });
  });

  test('near miss: "told the news agency" with no name after it is still the agency named before', () => {
    const text = 'Reuters first reported the closure. “We could not bake a single loaf,” Greta Holm told the news agency.';
    expect(quote(text, 'We could not')).toMatchObject({ speaker: 'Greta Holm', cue: 'told', outlet: 'Reuters' });
  });

  test('near miss: a small word after the kind that the data does not write so is no outlet: "told the news agency afp"', () => {
    const text = '“We could not bake a single loaf,” Greta Holm told the news agency afp.';
    expect(quote(text, 'We could not')?.outlet ?? null).toBeNull();
  });
});

describe('"outlet" before a name: a news medium after an article, a nationality or a news word, not a shop', () => {
  test('"The Danish outlet Ekstrakt reported …" → the outlet speaks and carries itself', () => {
    const text = 'The Danish outlet Ekstrakt reported that the deal had collapsed.';
    expect(quote(text, 'the deal')).toMatchObject({
      type: 'indirect', text: 'the deal had collapsed', start: at(text, 'the deal'), speaker: 'Ekstrakt', speaker_mention: 'Ekstrakt', speaker_start: at(text, 'Ekstrakt'),
      speaker_kind: 'outlet', cue: 'reported', outlet: 'Ekstrakt',
    });
  });

  test('"the outlet Ekstrakt" alone after the article', () => {
    const text = 'The outlet Ekstrakt reported that the deal had collapsed.';
    expect(quote(text, 'the deal')).toMatchObject({ speaker: 'Ekstrakt', speaker_kind: 'outlet', outlet: 'Ekstrakt' });
  });

  test('near miss: "the factory outlet Bargain Barn" is a shop, no outlet', () => {
    const text = 'The factory outlet Bargain Barn said prices would fall.';
    expect(quote(text, 'prices')).toMatchObject({ speaker: 'Bargain Barn', outlet: null });
    expect(quote(text, 'prices').speaker_kind).not.toBe('outlet');
  });
});
