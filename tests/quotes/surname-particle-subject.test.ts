import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a surname with a small particle opening a sentence is its subject, for a "he"/"she" after it', () => {
  test('"But van Leeuwen seemed unsure. “…,” she said": the particle name, not the speaker before', () => {
    const text = 'Ingrid van Leeuwen chairs the port board. Marta Sousa said the vote was “settled.” But van Leeuwen seemed unsure. “We will count again,” she said.';
    expect(quote(text, 'We will count')).toMatchObject({
      type: 'direct', text: 'We will count again,', start: at(text, '“We will') + 1,
      speaker: 'Ingrid van Leeuwen', speaker_mention: 'she', speaker_start: at(text, 'she said'), speaker_kind: 'person', cue: 'said',
    });
  });

  test('"Asked by a reporter whether …, she said: “…”" after "De la Fuente looked tired."', () => {
    const text = 'Elena de la Fuente runs the clinic. Sara Holm called the plan “a start.” Then de la Fuente looked tired. Asked by a reporter whether she would stay, she said: “I have not decided.”';
    expect(quote(text, 'I have not')).toMatchObject({
      type: 'direct', text: 'I have not decided.', speaker: 'Elena de la Fuente', speaker_mention: 'she', speaker_start: at(text, 'she said'), cue: 'said',
    });
  });
});
