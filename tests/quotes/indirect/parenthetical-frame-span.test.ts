import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../../helpers/quotes.js';

// A cue set inside the reported sentence ("The ferry, she adds, will run hourly.") keeps the whole sentence,
// frame included, as its content. Measured (fx46-par): PolNeAR splits such content around the cue and is
// scored on the cover of its spans (the whole sentence); the own sets annotate the part after the cue only.
// Taking the part after the cue lowered polnear_dev indirect and own sets 10 and 24, so the cover stays.
const indirect = (text: string) => quotesOf(text).filter((q) => q.type === 'indirect');

describe('content of a report framed by a parenthetical cue', () => {
  test('a subject split by the frame: the whole sentence, cue included', () => {
    const text = 'The harbour ferry, Captain Nell Abbot adds, will run every hour from June.';
    const found = indirect(text);
    expect(found.map((q) => [q.text, q.start, q.end, q.speaker, q.cue])).toEqual([
      [text.slice(0, -1), 0, text.length - 1, 'Nell Abbot', 'adds'],
    ]);
  });

  test('an opener before the frame: the whole sentence too', () => {
    const text = 'The orchard was quiet. Without rain, grower Tomas Reyes said, the apples would stay small.';
    const start = at(text, 'Without');
    const found = indirect(text);
    expect(found.map((q) => [q.text, q.start, q.end, q.speaker, q.cue])).toEqual([
      ['Without rain, grower Tomas Reyes said, the apples would stay small', start, text.length - 1, 'Tomas Reyes', 'said'],
    ]);
  });
});
