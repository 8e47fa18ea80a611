import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a surname alone shared by several people named in full', () => {
  test('is the one of them who last spoke, named in full, in the same or previous paragraph, and that report\'s outlet carries', () => {
    const text = 'Tessa Marlow, 9, fell sick after eating at a burger stall. Her uncle, Owen Marlow, told the Evening Courier that she was on the mend.\n\n“She is braver than the rest of us put together,” Marlow said.';
    expect(quote(text, 'she was on')).toMatchObject({ type: 'indirect', speaker: 'Owen Marlow', cue: 'told', outlet: 'Evening Courier' });
    expect(quote(text, 'She is braver')).toMatchObject({
      type: 'direct', text: 'She is braver than the rest of us put together,', start: at(text, 'She is braver'),
      speaker: 'Owen Marlow', speaker_mention: 'Marlow', speaker_start: at(text, 'Marlow said'), cue: 'said', cue_start: at(text, 'said.'), outlet: 'Evening Courier',
    });
  });

  test('is still the first one named when the relative named later in full has not spoken', () => {
    const text = 'Carla Fenwick opened the bakery in 1998. Her husband, Frank Fenwick, bakes the bread.\n\n“We never close on a Sunday,” Fenwick said.';
    expect(quote(text, 'We never close')).toMatchObject({ speaker: 'Carla Fenwick', speaker_mention: 'Fenwick', cue: 'said' });
  });

  test('is still the first one named when the relative spoke paragraphs before', () => {
    const text = 'Carla Fenwick opened the bakery in 1998. Her husband, Frank Fenwick, said the oven was older than he was.\n\nThe shop sells rye and spelt loaves.\n\nThe town gave it a prize last year.\n\n“We never close on a Sunday,” Fenwick said.';
    expect(quote(text, 'We never close')).toMatchObject({ speaker: 'Carla Fenwick', speaker_mention: 'Fenwick', cue: 'said' });
  });

  test('with one person of that surname, nothing changes', () => {
    const text = 'Owen Marlow told the Evening Courier that the stall was closed.\n\n“It was the mayonnaise,” Marlow said.';
    expect(quote(text, 'It was the')).toMatchObject({ speaker: 'Owen Marlow', speaker_mention: 'Marlow', cue: 'said' });
  });

  test('is still the first one named when she has already spoken, though a relative spoke in full since', () => {
    const text = 'Councillor Rosa Sandell opened the new library on Friday. “Every child deserves a reading room,” Sandell said.\n\nHer son, Jonas Sandell, a teacher in the town, helped plan it. “She fought for this for years,” Jonas Sandell said.\n\nSandell said the shelves would be full by May. “We will keep it open late,” Sandell said.';
    expect(quote(text, 'Every child')).toMatchObject({ speaker: 'Rosa Sandell', speaker_mention: 'Sandell' });
    expect(quote(text, 'She fought')).toMatchObject({ speaker: 'Jonas Sandell', speaker_mention: 'Jonas Sandell' });
    expect(quote(text, 'the shelves')).toMatchObject({
      type: 'indirect', text: 'the shelves would be full by May', start: at(text, 'the shelves'), speaker: 'Rosa Sandell', speaker_mention: 'Sandell', speaker_start: at(text, 'Sandell said the'), cue: 'said', cue_start: at(text, 'said the shelves'),
    });
    expect(quote(text, 'We will keep')).toMatchObject({
      type: 'direct', text: 'We will keep it open late,', start: at(text, 'We will keep'), speaker: 'Rosa Sandell', speaker_mention: 'Sandell', cue: 'said',
    });
  });
});
