import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/index.js';

const row = (text: string) => extractArticle(text).quotes.map((x) => [x.type, x.text, x.speaker, x.cue]);

describe('"which/who … and said": the reported pronoun must fit the antecedent', () => {
  it('keeps the main subject when a body would be "she"', () => {
    const text = 'Governor Nora Quist visited the Riverside Shelter, which houses 400 people and said she would fund a new wing.';
    expect(row(text).filter((r) => r[3] === 'said')).toEqual([['indirect', 'she would fund a new wing', 'Nora Quist', 'said']]);
  });
  it('keeps the main subject when the relative clause has "him" and the report "he"', () => {
    const text = 'Mayor Paul Steen praised coach Lisa Orr, who trained him as a boy and said he would back the club.';
    expect(row(text).filter((r) => r[3] === 'said')).toEqual([['indirect', 'he would back the club', 'Paul Steen', 'said']]);
  });
  it('keeps the main subject when "he" does not fit a woman\'s given name', () => {
    const text = 'Senator Tom Hale met nurse Maria Lind, who runs the ward and said he was grateful.';
    expect(row(text)).toEqual([['indirect', 'he was grateful', 'Tom Hale', 'said']]);
  });
  it('still gives "it" to the body', () => {
    const text = 'Mayor Paul Steen met the Dock Board, which runs the port and said it would cut fees.';
    expect(row(text)).toEqual([['indirect', 'it would cut fees', 'Dock Board', 'said']]);
  });
});

describe('titles named out of a list', () => {
  it('keeps chanted slogans named "among them"', () => {
    const text = 'The strikers chanted several slogans, “Fair Pay Now” among them.';
    const q = extractArticle(text).quotes;
    expect(q.map((x) => [x.type, x.text, x.speaker_mention, x.cue])).toEqual([['direct', 'Fair Pay Now', 'The strikers', 'chanted']]);
    expect(text.slice(q[0]!.start, q[0]!.end)).toBe('Fair Pay Now');
  });
  it('keeps words shouted "too"', () => {
    const text = 'The fans yelled “Bring Him Back,” too, as the owner left.';
    expect(extractArticle(text).quotes.map((x) => [x.text, x.speaker_mention, x.cue])).toEqual([['Bring Him Back,', 'The fans', 'yelled']]);
  });
  it('still drops a song named out of a list of songs', () => {
    const text = 'The label bought 14 songs, “Copper Moon Motel” among them, Dara Fenn said.';
    expect(extractArticle(text).quotes.filter((x) => x.type !== 'indirect')).toHaveLength(0);
  });
});

describe('writers of sent documents before a colon', () => {
  it('lets a speech verb of its own frame the words', () => {
    const text = 'Asked about the letter his aide wrote to the council, Brandt said: “I did not read it.”';
    expect(row(text)).toEqual([['direct', 'I did not read it.', 'Brandt', 'said']]);
  });
  it('gives "a reply from NAME:" to that person', () => {
    const text = 'The post that Sorel published on Monday drew an angry reply from Councillor Ada Frey: “This is absurd.”';
    const q = extractArticle(text).quotes;
    expect(q.map((x) => [x.type, x.text, x.speaker, x.cue])).toEqual([['direct', 'This is absurd.', 'Ada Frey', 'reply']]);
    expect(text.slice(q[0]!.start, q[0]!.end)).toBe('This is absurd.');
  });
  it('still gives a shown message to its writer', () => {
    const text = 'A note that Varga left her partner was read in court: “Do not wait for me.”';
    expect(row(text)).toEqual([['direct', 'Do not wait for me.', 'Varga', 'left']]);
  });
});

describe('"read for the record" is a cue', () => {
  it('frames the words read into the record', () => {
    const text = 'The chairwoman read into the record: “The hearing is adjourned.”';
    expect(extractArticle(text).quotes.map((x) => [x.type, x.text, x.speaker_mention, x.cue])).toEqual([['direct', 'The hearing is adjourned.', 'The chairwoman', 'read into the record']]);
  });
});
