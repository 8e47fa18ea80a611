import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const outlets = (text: string) => extractArticle(text, { id: 't' }).entities.outlets.map((o) => o.name);

describe('a three-letter US call sign where words are given to it is a station', () => {
  test('"In an interview with WOR, …": the station is the outlet', () => {
    const text = 'In an interview with WOR, Marta Quill said the ferry would run again.';
    expect(quote(text, 'the ferry')).toMatchObject({
      text: 'the ferry would run again', type: 'indirect', start: at(text, 'the ferry'), end: at(text, 'the ferry') + 'the ferry would run again'.length,
      speaker: 'Marta Quill', speaker_mention: 'Marta Quill', speaker_start: at(text, 'Marta Quill'), cue: 'said', cue_start: at(text, 'said'), outlet: 'WOR',
    });
    expect(outlets(text)).toEqual(['WOR']);
  });

  test('"told KEX that …"', () => {
    const text = 'Marta Quill told KEX that the ferry would run again.';
    expect(quote(text, 'the ferry')).toMatchObject({
      text: 'the ferry would run again', type: 'indirect', start: at(text, 'the ferry'),
      speaker: 'Marta Quill', speaker_start: 0, cue: 'told', cue_start: at(text, 'told'), outlet: 'KEX',
    });
    expect(outlets(text)).toEqual(['KEX']);
  });

  test('"…," X said, speaking to WGN', () => {
    const text = '“The ferry will run again,” Marta Quill said, speaking to WGN.';
    expect(quote(text, 'The ferry')).toMatchObject({
      text: 'The ferry will run again,', type: 'direct', start: 1, end: 1 + 'The ferry will run again,'.length,
      speaker: 'Marta Quill', speaker_start: at(text, 'Marta Quill'), cue: 'said', cue_start: at(text, 'said'), outlet: 'WGN',
    });
  });

  test('near miss: an organisation of that shape, or the letters before a noun, is no station', () => {
    const who = 'Marta Quill told WHO that the clinic would open again.';
    expect(quote(who, 'the clinic')).toMatchObject({ speaker: 'Marta Quill', cue: 'told', outlet: null });
    expect(outlets(who)).toEqual([]);
    const crew = 'Marta Quill told WGN reporters that the ferry would run again.';
    expect(quote(crew, 'the ferry')).toMatchObject({ speaker: 'Marta Quill', cue: 'told', outlet: null });
  });
});

describe('a radio brand with its frequency is a known station', () => {
  test('"told Hot 97 that …"', () => {
    const text = 'Marta Quill told Hot 97 that the tour would start in May.';
    expect(quote(text, 'the tour')).toMatchObject({
      text: 'the tour would start in May', type: 'indirect', start: at(text, 'the tour'),
      speaker: 'Marta Quill', speaker_start: 0, cue: 'told', cue_start: at(text, 'told'), outlet: 'Hot 97',
    });
    expect(outlets(text)).toEqual(['Hot 97']);
  });
});
