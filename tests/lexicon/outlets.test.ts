import { describe, expect, test } from 'vitest';
import { isTownAndNewspaperWord, lookupOutlet, mayShortenToHead } from '../../src/lexicon/outlets.js';
import { at, quote } from '../helpers/quotes.js';
import { extractArticle } from '../../src/pipeline/process.js';

describe('an outlet name that is also an ordinary noun needs its capital', () => {
  test('"the insider" in small letters is an anonymous source, not Business Insider', () => {
    const text = 'A friend of the singer was upbeat. “She has never been happier,” the insider told People.';
    expect(quote(text, 'She has never')).toMatchObject({
      type: 'direct', speaker: null, speaker_mention: 'the insider', speaker_start: at(text, 'the insider'), speaker_kind: 'anonymous', cue: 'told', outlet: 'People',
    });
  });

  test('small-letter nouns are no outlets', () => {
    for (const word of ['insider', 'the insider', 'guardian', 'mirror', 'economist']) expect(lookupOutlet(word)).toBeNull();
  });

  test('the same names with their capitals still are (negative case)', () => {
    expect(lookupOutlet('Insider')).toBe('Business Insider');
    expect(lookupOutlet('the Guardian')).toBe('The Guardian');
    expect(lookupOutlet('The Economist')).toBe('The Economist');
    expect(lookupOutlet('INDIEWIRE')).toBe('IndieWire');
  });
});

describe('outlets entertainment and general news quote often (data/outlets.json)', () => {
  test('regional dailies, gaming sites, theatre press and public broadcasters are known', () => {
    expect(lookupOutlet('the Sacramento Bee')).toBe('The Sacramento Bee');
    expect(lookupOutlet('Kotaku')).toBe('Kotaku');
    expect(lookupOutlet('Time Out New York')).toBe('Time Out New York');
    expect(lookupOutlet('Yle')).toBe('Yle');
    expect(lookupOutlet('The Stage')).toBe('The Stage');
  });

  test('a fashion trade paper and a Sunday programme are known; the programme only with its capitals', () => {
    expect(lookupOutlet('WWD')).toBe('WWD');
    expect(lookupOutlet('Women’s Wear Daily')).toBe('WWD');
    expect(lookupOutlet('Fox News Sunday')).toBe('Fox News Sunday');
    expect(lookupOutlet('fox news sunday')).toBeNull();
  });

  test('"told WWD" gives the trade paper to the report and to the same speaker\'s next quote', () => {
    const text = 'Priya Okonjo, the menswear buyer for a Chicago boutique chain, told WWD that the jackets would be "difficult to move at that price." "People want the idea but not the fraying," she said.';
    expect(quote(text, 'difficult to move')).toMatchObject({ text: 'difficult to move at that price.', type: 'partial', start: at(text, 'difficult to move'), speaker: 'Priya Okonjo', cue: 'told', outlet: 'WWD' });
    expect(quote(text, 'People want')).toMatchObject({ speaker: 'Priya Okonjo', speaker_mention: 'she', cue: 'said', outlet: 'WWD' });
  });

  test('names that are also ordinary words match only with their capitals (negative case)', () => {
    for (const phrase of ['polygon', 'the stage', 'time out', 'private eye', 'game developer']) expect(lookupOutlet(phrase)).toBeNull();
  });

  test('"told the Sacramento Bee" gives the outlet to the report and to the same speaker\'s next quotes', () => {
    const text = 'Ed Marlow, 70, told the Sacramento Bee he had never seen the creek so low. "We used to swim here," he said. "Now you can walk across."';
    expect(quote(text, 'he had never')).toMatchObject({ type: 'indirect', speaker: 'Ed Marlow', cue: 'told', outlet: 'Sacramento Bee' });
    expect(quote(text, 'We used to')).toMatchObject({ type: 'direct', speaker: 'Ed Marlow', speaker_mention: 'he', cue: 'said', outlet: 'Sacramento Bee' });
    expect(quote(text, 'Now you can')).toMatchObject({ type: 'direct', speaker: 'Ed Marlow', outlet: 'Sacramento Bee' });
  });
});

describe('national news agencies (data/outlets.json)', () => {
  test('agencies quoted in foreign news are known, with their long names', () => {
    expect(lookupOutlet('Antara')).toBe('Antara');
    expect(lookupOutlet('Antara News Agency')).toBe('Antara');
    expect(lookupOutlet('Bernama')).toBe('Bernama');
    expect(lookupOutlet('Jiji')).toBe('Jiji Press');
    expect(lookupOutlet('Islamic Republic News Agency')).toBe('IRNA');
  });

  test('"According to AGENCY, X told …" gives the agency to X\'s words; an unknown source gives none (negative case)', () => {
    const text = 'According to Bernama, Halvorsen told his visitor over lunch that Norway "will not be hurried."';
    expect(quote(text, 'will not be')).toMatchObject({ text: 'will not be hurried.', type: 'partial', speaker: 'Halvorsen', cue: 'told', outlet: 'Bernama' });
    const other = 'According to Brekke, Halvorsen told his visitor over lunch that Norway "will not be hurried."';
    expect(quote(other, 'will not be')).toMatchObject({ type: 'partial', speaker: 'Halvorsen', outlet: null });
  });
});

describe('Canadian, legal, city, Broadway and Brazilian outlets in the gazetteer', () => {
  test('names look up to themselves', () => {
    for (const name of ['TSN', 'Sportsnet', 'Winnipeg Free Press', 'Edmonton Journal', 'SCOTUSblog', 'Courthouse News Service', 'GloboNews', 'CNN Brasil']) expect(lookupOutlet(name)).toBe(name);
    expect(lookupOutlet('Courthouse News')).toBe('Courthouse News Service');
  });
  test('names that are ordinary phrases too match only as written', () => {
    expect(lookupOutlet('Above the Law')).toBe('Above the Law');
    expect(lookupOutlet('above the law')).toBeNull();
    expect(lookupOutlet('eater')).toBeNull();
  });
});

describe('short forms of a paper\'s name (isTownAndNewspaperWord, mayShortenToHead)', () => {
  test('a town and a newspaper\'s word: "the Edmonton Journal" yes, "Süddeutsche Zeitung" and "Wall Street Journal" no', () => {
    expect(isTownAndNewspaperWord('the Edmonton Journal')).toBe(true);
    expect(isTownAndNewspaperWord('Hamilton Spectator')).toBe(true);
    expect(isTownAndNewspaperWord('Süddeutsche Zeitung')).toBe(false);
    expect(isTownAndNewspaperWord('The Wall Street Journal')).toBe(false);
  });

  test('"The Times" stands for a paper named by its place only; "the Chronicle" for any', () => {
    expect(mayShortenToHead('The New York Times', 'Times')).toBe(true);
    expect(mayShortenToHead('Seattle Times', 'Times')).toBe(true);
    expect(mayShortenToHead('Financial Times', 'Times')).toBe(false);
    expect(mayShortenToHead('Sunday Times', 'Times')).toBe(false);
    expect(mayShortenToHead('Lakeview Chronicle', 'Chronicle')).toBe(true);
  });
});

describe('South Asian news agencies', () => {
  test('"told ANI" names Asian News International by its initials', () => {
    const text = '“The bridge will open in June,” the minister told ANI.';
    expect(quote(text, 'The bridge will')).toMatchObject({ type: 'direct', speaker_mention: 'the minister', cue: 'told', outlet: 'ANI' });
  });
});

describe('the common news agencies are known (data/outlets.json)', () => {
  test('national agencies by name and short form', () => {
    for (const name of ['AFP', 'Reuters', 'AP', 'dpa', 'ANSA', 'EFE', 'Kyodo', 'Yonhap', 'PTI', 'ANI', 'Xinhua', 'TASS', 'ITAR-TASS', 'Keystone-SDA', 'APA', 'Belga', 'ANP', 'NTB', 'TT', 'Ritzau', 'STT', 'PAP', 'CTK', 'ČTK', 'MTI', 'Anadolu', 'Bernama', 'Antara', 'AAP', 'NZPA']) expect(lookupOutlet(name), name).not.toBeNull();
    expect(lookupOutlet('Keystone-ATS')).toBe('Keystone-SDA');
    expect(lookupOutlet('Polska Agencja Prasowa')).toBe('Polish Press Agency');
  });

  test('near miss: the short forms that are also other bodies\' letters are outlets only where words were given to them', () => {
    const text = 'The AAP guidance on screen time was updated last year, a paediatrician said.';
    expect(quote(text, 'The AAP')).toMatchObject({ type: 'indirect', speaker_mention: 'a paediatrician', outlet: null });
    expect(extractArticle(text, { id: 'o' }).entities.outlets).toEqual([]);
    const told = '“We will sign,” the premier told AAP on Monday.';
    expect(quote(told, 'We will sign')).toMatchObject({ type: 'direct', speaker_mention: 'the premier', cue: 'told', outlet: 'AAP' });
  });
});

describe('a radio-and-television word and the one place it serves name a regional station', () => {
  test('"…, RTV Drenthe reported." is an outlet speaking, no person', () => {
    const text = 'The ferry to the island was cancelled for a third day, RTV Drenthe reported.';
    expect(quote(text, 'The ferry')).toMatchObject({ text: 'The ferry to the island was cancelled for a third day', start: 0, type: 'indirect', speaker: 'RTV Drenthe', speaker_kind: 'outlet', speaker_start: at(text, 'RTV'), cue: 'reported' });
    const r = extractArticle(text, { id: 'o' });
    expect(r.entities.people).toEqual([]);
    expect(r.entities.outlets.map((o) => o.name)).toEqual(['RTV Drenthe']);
  });

  test('"Omroep Zeeland said" is a station too', () => {
    const text = 'Omroep Zeeland said the dyke had held overnight.';
    expect(quote(text, 'the dyke')).toMatchObject({ speaker: 'Omroep Zeeland', speaker_kind: 'outlet', cue: 'said' });
  });

  test('near miss: a given name after the word is no place served, "Radio Dana" is no station by form', () => {
    const text = 'Radio Dana said the dyke had held overnight.';
    expect(quote(text, 'the dyke').speaker_kind).not.toBe('outlet');
  });
});

describe('a broadcaster\'s sport brand and a national agency by their full names', () => {
  test('"told ITV Racing that …": the outlet is ITV Racing, not ITV, and "Racing" is no part of what was said', () => {
    const text = 'The jockey, Cara Penn, was unhurt. She told ITV Racing that the filly had walked back to the stables.';
    expect(quote(text, 'the filly')).toMatchObject({
      type: 'indirect', text: 'the filly had walked back to the stables', start: at(text, 'the filly'), speaker: 'Cara Penn', speaker_mention: 'She', cue: 'told', outlet: 'ITV Racing',
    });
    expect(extractArticle(text, { id: 'o' }).entities.outlets.map((o) => o.name)).toEqual(['ITV Racing']);
  });

  test('"in an interview with the Athens News Agency that …" names the outlet', () => {
    const text = 'Deputy mayor Eleni Sotiri said in an interview with the Athens News Agency that the ferries would run.';
    expect(quote(text, 'the ferries')).toMatchObject({ type: 'indirect', text: 'the ferries would run', speaker: 'Eleni Sotiri', cue: 'said', outlet: 'Athens News Agency' });
    expect(extractArticle(text, { id: 'o' }).entities.outlets.map((o) => o.name)).toEqual(['Athens News Agency']);
  });

  test('near miss: plain "ITV" stays ITV', () => {
    const text = '“We were lucky,” the trainer told ITV on Saturday.';
    expect(quote(text, 'We were lucky')).toMatchObject({ type: 'direct', outlet: 'ITV' });
  });
});
