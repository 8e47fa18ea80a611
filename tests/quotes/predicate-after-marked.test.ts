import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

describe('"the X marked “a …”": the verb of what a thing amounts to, not a label written on it', () => {
  test('"said the launch marked “a turning point”": a partial by the one who said it', () => {
    const text = 'Lena Voss said the launch marked “a turning point.”';
    expect(quote(text, 'a turning')).toMatchObject({
      text: 'a turning point.', type: 'partial', start: at(text, 'a turning'), end: at(text, 'a turning') + 16,
      speaker: 'Lena Voss', speaker_mention: 'Lena Voss', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"said on Friday that the merger marked “the end of …”": a partial by the outlet', () => {
    const text = 'Reuters said on Friday that the merger marked “the end of a long feud.”';
    expect(quote(text, 'the end')).toMatchObject({
      text: 'the end of a long feud.', type: 'partial', start: at(text, 'the end'), end: at(text, 'the end') + 23,
      speaker: 'Reuters', speaker_mention: 'Reuters', cue: 'said', cue_start: at(text, 'said'), outlet: 'Reuters',
    });
  });

  test('negative: "a crate marked “fragile”" is still a label, no quote', () => {
    expect(extractArticle('Movers carried a crate marked “fragile” into the hall.', { id: 'a' }).quotes).toEqual([]);
    expect(extractArticle('Lena Voss said a crate marked “fragile” was left at the door.', { id: 'a' }).quotes.map((q) => q.type)).not.toContain('partial');
  });
});
