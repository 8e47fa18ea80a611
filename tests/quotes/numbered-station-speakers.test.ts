import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { extractArticle } from '../../src/pipeline/process.js';

describe('a local station with a channel number as speaker or hearer', () => {
  test('"News 8 Lakeshore reported that …" is said by the station, an outlet', () => {
    const text = 'News 8 Lakeshore reported that the ferry was cancelled after the storm.';
    expect(quote(text, 'the ferry')).toMatchObject({ text: 'the ferry was cancelled after the storm', type: 'indirect', speaker: 'News 8 Lakeshore', speaker_kind: 'outlet', speaker_mention: 'News 8 Lakeshore', speaker_start: 0, cue: 'reported', outlet: 'News 8 Lakeshore', start: at(text, 'the ferry') });
    expect(extractArticle(text, { id: 't' }).entities.outlets.map((o) => o.name)).toEqual(['News 8 Lakeshore']);
  });

  test('"told CBS 3 Philadelphia that …" names the outlet told', () => {
    const text = 'The fire chief told CBS 3 Philadelphia that the blaze was contained.';
    expect(quote(text, 'the blaze')).toMatchObject({ text: 'the blaze was contained', type: 'indirect', speaker: null, speaker_mention: 'The fire chief', cue: 'told', outlet: 'CBS 3 Philadelphia', start: at(text, 'the blaze') });
  });

  test('after a quotation, the station after "telling" is the hearer, the sentence\'s subject the speaker', () => {
    const text = 'The Harbour Trust did not want to address “that matter,” telling News 8 Lakeshore that the trust is focused on “safer piers.”';
    expect(quote(text, 'that matter')).toMatchObject({ text: 'that matter,', type: 'partial', speaker: 'Harbour Trust', speaker_mention: 'Harbour Trust', cue: 'telling', outlet: 'News 8 Lakeshore', start: at(text, 'that matter') });
    expect(quote(text, 'safer piers')).toMatchObject({ text: 'safer piers.', type: 'partial', speaker: 'Harbour Trust', cue: 'telling', outlet: 'News 8 Lakeshore', start: at(text, 'safer piers') });
  });

  test('near miss: a count after a call sign is the content\'s, not the station\'s number', () => {
    const text = 'Officials told WXYZ 4 people were hurt.';
    expect(quote(text, '4 people')).toMatchObject({ text: '4 people were hurt', type: 'indirect', speaker_mention: 'Officials', cue: 'told', outlet: 'WXYZ' });
  });
});
