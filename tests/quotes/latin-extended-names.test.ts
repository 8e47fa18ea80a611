import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { analyzeArticle } from '../../src/nlp/analyze.js';
import { at, quote } from '../helpers/quotes.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

// wink ends a word at any letter past U+00FF: these names lost their first letter or split in two.
describe('names with letters of Latin Extended (Polish, Czech, Turkish, Hungarian, Romanian) are whole words', () => {
  test('a word with such letters is one token with the article\'s own letters and exact offsets', () => {
    const text = 'Mayor Zdzisław Łęcki met Șerban Țică in Brașov.';
    const doc = analyzeArticle({ id: 't', path: '', text });
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.map((t) => t.text)).toEqual(['Mayor', 'Zdzisław', 'Łęcki', 'met', 'Șerban', 'Țică', 'in', 'Brașov', '.']);
    expect(doc.tokens.find((t) => t.text === 'Łęcki')?.normal).toBe('łęcki');
  });

  test('Polish: a surname opening in Ż later links to the full name', () => {
    const text = 'Councillor Marek Żmuda opened the session. Żmuda said the budget would pass.';
    expect(quote(text, 'the budget')).toMatchObject({ text: 'the budget would pass', start: at(text, 'the budget'), type: 'indirect', speaker: 'Marek Żmuda', speaker_mention: 'Żmuda', cue: 'said' });
    expect(people(text)).toEqual(['Marek Żmuda']);
  });

  test('Polish: given name and surname both opening outside Latin-1 ("Ł… Ś…")', () => {
    const text = 'Łucja Ślósarz said the ferry was “a disgrace.”';
    expect(quote(text, 'a disgrace')).toMatchObject({ type: 'partial', speaker: 'Łucja Ślósarz', speaker_mention: 'Łucja Ślósarz', cue: 'said', outlet: null });
    expect(people(text)).toEqual(['Łucja Ślósarz']);
  });

  test('Polish: "ę" inside a surname keeps the later mention linked, with the outlet of "told"', () => {
    const text = 'The union chief, Bogdan Wręga, left early. Wręga told Radio Zet that the strike would go on.';
    expect(quote(text, 'the strike')).toMatchObject({ text: 'the strike would go on', type: 'indirect', speaker: 'Bogdan Wręga', speaker_mention: 'Wręga', cue: 'told', outlet: 'Radio Zet' });
  });

  test('Czech: "Č" and "Š" open the words', () => {
    const text = 'Čeněk Šolc said the tram line was late. “Nobody listened,” Šolc said.';
    expect(quote(text, 'Nobody listened')).toMatchObject({ type: 'direct', speaker: 'Čeněk Šolc', speaker_mention: 'Šolc', cue: 'said' });
    expect(people(text)).toEqual(['Čeněk Šolc']);
  });

  test('Turkish: "Ş" and "Ğ"-bearing names', () => {
    const text = 'Şevket Dağlı said the harbour would reopen. “The cranes are fixed,” Dağlı said.';
    expect(quote(text, 'The cranes')).toMatchObject({ type: 'direct', speaker: 'Şevket Dağlı', speaker_mention: 'Dağlı', cue: 'said' });
  });

  test('Hungarian: "Ő" opens the given name', () => {
    const text = 'Őze Lajos said the choir would sing. “We rehearse daily,” Lajos said.';
    expect(quote(text, 'the choir')).toMatchObject({ type: 'indirect', speaker: 'Őze Lajos', speaker_mention: 'Őze Lajos', cue: 'said' });
  });

  test('Romanian: "Ș" and "Ț" (comma below) open the names', () => {
    const text = 'Ștefania Țepeș said the museum would close. “It breaks my heart,” Țepeș said.';
    expect(quote(text, 'It breaks')).toMatchObject({ type: 'direct', speaker: 'Ștefania Țepeș', speaker_mention: 'Țepeș', cue: 'said' });
    expect(people(text)).toEqual(['Ștefania Țepeș']);
  });
});
