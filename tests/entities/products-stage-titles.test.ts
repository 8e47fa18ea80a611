import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const films = (text: string) => extractArticle(text, { id: 'ps' }).entities.films.map((f) => `${f.title}:${f.kind}`);

describe('a product sold under a quoted name is no film or show', () => {
  test('"marketed as “…”" and a later "the “…” app": no film at either mention', () => {
    expect(films('The actor who voiced the hero of the animated film “Copper Fox” sued the bank. Its assistant, marketed as “Ledger Buddy 2,” has answered 9 million questions. In June the bank withdrew the “Ledger Buddy 2” app.')).toEqual(['Copper Fox:film']);
  });

  test('a product noun after the title alone ("the “…” perfume") is no film, even in an article about a film', () => {
    expect(films('The star of the film “Copper Fox” launched a perfume. Shoppers queued for the “Midnight Orchard” perfume on Saturday.')).toEqual(['Copper Fox:film']);
  });

  test('a known film\'s merchandise is the film\'s: "the “Frozen” range" stays a film', () => {
    expect(films('The “Frozen” range sold out in toy shops before the holidays.')).toEqual(['Frozen:film']);
  });

  test('a title the article calls a sequel elsewhere is no product', () => {
    expect(films('The sequel “Copper Fox 2” opens in May. Stores stocked the “Copper Fox 2” range early.')).toEqual(['Copper Fox 2:film']);
  });

  test('a film with its "voice cast" stays a film', () => {
    expect(films('The animated film “Copper Fox” announced its voice cast on Monday.')).toEqual(['Copper Fox:film']);
  });
});

describe('a title in a sentence about the stage is no film', () => {
  test('"the new drama that opened at the … Festival" is a play', () => {
    expect(films('“The Pewter Garden,” the new drama that opened at the Bath Summer Festival on Thursday, sold out its run.')).toEqual([]);
  });

  test('a drama moving to the West End, or taking curtain calls, is a play', () => {
    expect(films('“Lanterns for Ada,” the new drama by Ruth Elling, transfers to the West End in May.')).toEqual([]);
    expect(films('The drama “Lanterns for Ada” took six curtain calls on its opening night.')).toEqual([]);
  });

  test('the same sentence at a film festival stays a film', () => {
    expect(films('“Winter Ferry,” the new drama that premiered at the Toronto International Film Festival on Friday, drew long queues.')).toEqual(['Winter Ferry:film']);
  });

  test('a film version of a play is a film', () => {
    expect(films('The film “Glass Shore,” adapted from the play by Ruth Elling, opens in cinemas next week.')).toEqual(['Glass Shore:film']);
  });

  test('a stage word in another clause leaves a title with its own screen cue a film', () => {
    expect(films('Jon Vale, who starred in “Iron Orchard”, now tours with a theatre company.')).toEqual(['Iron Orchard:film']);
    expect(films('Jon Vale won an Oscar for “Iron Orchard” and later wrote for the West End.')).toEqual(['Iron Orchard:film']);
  });

  test('a Broadway play named in its own clause is a play', () => {
    expect(films('Jon Vale, who wrote the Broadway play “Iron Orchard”, retired.')).toEqual([]);
  });

  test('a series in which an actor plays a part stays a show', () => {
    expect(films('She plays a detective in the BBC series “Cold Estuary.”')).toEqual(['Cold Estuary:tv']);
  });
});

describe('a quoted sentence in a sentence about the stage is speech, no title', () => {
  const run = (text: string) => extractArticle(text, { id: 'ps' });

  test('a quoted headline naming a person and the West End keeps the person', () => {
    const r = run('“Nora Quill leaves the company on her way to the West End,” wrote Dev Patil of the Courier.');
    expect(r.entities.people.map((p) => [p.name, p.mentions.map((m) => [m.start, m.end])])).toEqual([['Nora Quill', [[1, 11]]], ['Dev Patil', [[66, 75]]]]);
    expect(r.entities.films).toEqual([]);
  });

  test('"this plays itself out" is no stage word: the person named in the quote stays', () => {
    const r = run('“The longer this plays itself out, the clearer it is that Victor Hale is bluffing,” Ms. Moreno said.');
    expect(r.entities.people.map((p) => p.name)).toEqual(['Victor Hale', 'Moreno']);
    expect(r.quotes.map((q) => [q.text, q.speaker, q.cue])).toEqual([['The longer this plays itself out, the clearer it is that Victor Hale is bluffing,', 'Moreno', 'said']]);
  });

  test('"the play\'s run" as a noun still makes a title a play', () => {
    expect(films('Critics praised “Harbour Lights” when the play’s run began at the Lyric.')).toEqual([]);
  });
});

describe('a soap opera is a show, though an opera alone is a stage work', () => {
  test('"joined the soap opera “…”": the title is a TV show, at its words inside the marks', () => {
    const text = 'Ana Ruiz joined the soap opera “Harbour Lane” in 2019.';
    const film = extractArticle(text, { id: 'ps' }).entities.films;
    expect(film).toMatchObject([{ title: 'Harbour Lane', kind: 'tv', mentions: [{ start: text.indexOf('Harbour'), end: text.indexOf('”'), text: 'Harbour Lane' }] }]);
  });

  test('near miss: "sang in the opera “…”" stays no film, whatever verb of acting is there', () => {
    expect(films('Ana Ruiz sang in the opera “Carmen” in Vienna.')).toEqual([]);
    expect(films('Ana Ruiz starred in the opera “Carmen” in Vienna.')).toEqual([]);
  });
});

describe('"the stage drama “…”" is a play, no film', () => {
  test('"A touring production of the stage drama “…”": no film', () => {
    expect(films('A touring production of the stage drama “The Iron Orchard” has been cancelled.')).toEqual([]);
  });

  test('near miss: "the drama “…”" with a screen word stays a film', () => {
    expect(films('The film drama “The Iron Orchard” opens in cinemas on Friday.')).toEqual(['The Iron Orchard:film']);
  });
});
