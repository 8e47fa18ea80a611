import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('"In a video …, PERSON VERB": the person acts in her own medium; the video reports nothing', () => {
  test('a named person with a verb and no reported clause gives no report', () => {
    const text = "In a video posted to the airline's Instagram account, chief operating officer Helena Varga thanked the cabin crew.";
    expect(quotesOf(text)).toEqual([]);
  });

  test('a named person with a report cue is the speaker, not the video', () => {
    const text = 'In a video posted online, Varga said the airline would refund every cancelled ticket.';
    expect(quote(text, 'the airline')).toMatchObject({
      type: 'indirect', text: 'the airline would refund every cancelled ticket', start: at(text, 'the airline'), speaker: 'Varga',
      speaker_kind: 'person', speaker_mention: 'Varga', speaker_start: at(text, 'Varga'), cue: 'said', outlet: null,
    });
  });

  test('near miss: a clause with no person opening it stays the footage\'s report', () => {
    const text = 'In the footage, two officers can be seen dragging a man from his car.';
    expect(quote(text, 'two officers')).toMatchObject({
      type: 'indirect', text: 'two officers can be seen dragging a man from his car', start: at(text, 'two officers'), speaker: null,
      speaker_kind: 'anonymous', speaker_mention: 'the footage', speaker_start: at(text, 'the footage'), cue: 'In', outlet: null,
    });
  });
});
