import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const entities = (text: string) => extractArticle(text, { id: 't' }).entities;

describe('a listed outlet name goes on through its own small words ("und")', () => {
  test('"told Auto Motor und Sport": the whole title is the outlet, and no person "Auto Motor"', () => {
    const text = '“We were too slow,” Lena Brandt told Auto Motor und Sport.';
    expect(quote(text, 'We were')).toMatchObject({
      text: 'We were too slow,', type: 'direct', start: 1, end: 18,
      speaker: 'Lena Brandt', speaker_mention: 'Lena Brandt', speaker_start: at(text, 'Lena'), cue: 'told', cue_start: at(text, 'told'), outlet: 'Auto Motor und Sport',
    });
    expect(entities(text).outlets.map((o) => o.name)).toEqual(['Auto Motor und Sport']);
    expect(entities(text).people.map((p) => p.name)).toEqual(['Lena Brandt']);
  });

  test('"spoke in an interview with OUTLET" carries the outlet to the speaker\'s next quote', () => {
    const text = 'Lena Brandt spoke in an interview with Auto Motor und Sport. “The tyres never worked,” Brandt said.';
    expect(quote(text, 'The tyres')).toMatchObject({
      text: 'The tyres never worked,', type: 'direct', start: at(text, 'The tyres'),
      speaker: 'Lena Brandt', speaker_mention: 'Brandt', speaker_start: at(text, 'Brandt said'), cue: 'said', cue_start: at(text, 'said'), outlet: 'Auto Motor und Sport',
    });
  });

  test('near miss: "und" after an unlisted capitalised run joins nothing', () => {
    const text = '“We were too slow,” Lena Brandt told Karl und Sohn staff.';
    expect(quote(text, 'We were')).toMatchObject({ speaker: 'Lena Brandt', cue: 'told', outlet: null });
  });

  test('"told The Globe and Mail": a lone news word ("Globe") does not end a listed name that goes on through "and"', () => {
    const text = 'Ada Nwoye told The Globe and Mail that the season would go ahead. “We open in May,” she said.';
    expect(quote(text, 'the season')).toMatchObject({
      text: 'the season would go ahead', type: 'indirect', start: at(text, 'the season'), end: at(text, '. “We'),
      speaker: 'Ada Nwoye', cue: 'told', cue_start: at(text, 'told'), outlet: 'The Globe and Mail',
    });
    expect(quote(text, 'We open')).toMatchObject({ speaker: 'Ada Nwoye', outlet: 'The Globe and Mail' });
  });

  test('near miss: "told the Herald and Reuters" keeps the paper alone', () => {
    const text = 'Ada Nwoye told the Herald and Reuters that the season would go ahead.';
    expect(quote(text, 'the season')).toMatchObject({ speaker: 'Ada Nwoye', cue: 'told', outlet: 'Herald' });
  });
});

describe('a news word opening a known name through a small word is no lone news word ("the Globe and Mail")', () => {
  test('"told the Globe and Mail": the whole known name is the outlet', () => {
    const text = 'The plan was flawed, Hana Orlov told the Globe and Mail on Tuesday.';
    expect(quote(text, 'The plan')).toMatchObject({
      text: 'The plan was flawed', type: 'indirect', start: 0, end: 19,
      speaker: 'Hana Orlov', speaker_mention: 'Hana Orlov', speaker_start: at(text, 'Hana'), cue: 'told', cue_start: at(text, 'told'), outlet: 'Globe and Mail',
    });
  });

  test('near miss: "the Herald and a local radio station" keeps the lone news word', () => {
    const text = 'The plan was flawed, Hana Orlov told the Herald and a local radio station on Tuesday.';
    expect(quote(text, 'The plan')).toMatchObject({ text: 'The plan was flawed', type: 'indirect', speaker: 'Hana Orlov', cue: 'told', outlet: 'Herald' });
  });
});
