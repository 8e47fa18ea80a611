import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"the elder X" / "the younger X" picks among people sharing a surname by the parent or child relation named', () => {
  test('"the elder Varga" is the one named as the mother, still talking to the outlet she was told to', () => {
    const text = 'Chef Nora Varga closed her restaurant. Her mother, Ilse Varga, told the Courier that the chef was exhausted. "She needs a long rest," the elder Varga said.';
    expect(quote(text, 'She needs')).toMatchObject({
      type: 'direct', text: 'She needs a long rest,', start: at(text, 'She needs'), speaker: 'Ilse Varga', speaker_kind: 'person', speaker_mention: 'Varga', speaker_start: at(text, 'Varga said'), cue: 'said', outlet: 'Courier',
    });
  });

  test('"the elder Okonjo" is the father, though the son was named first', () => {
    const text = 'Tobenna Okonjo trained in Enugu, where his father, Chidi Okonjo, still coaches. Speaking to Reuters, the elder Okonjo said the gym had stayed open all night.';
    expect(quote(text, 'the gym')).toMatchObject({
      type: 'indirect', text: 'the gym had stayed open all night', start: at(text, 'the gym'), speaker: 'Chidi Okonjo', speaker_mention: 'Okonjo', speaker_start: at(text, 'Okonjo said'), cue: 'said', outlet: 'Reuters',
    });
  });

  test('"the younger Okonjo" is the other of the two when only the father was named as a relative', () => {
    const text = 'Tobenna Okonjo trained in Enugu, where his father, Chidi Okonjo, still coaches. Speaking to Reuters, the younger Okonjo said the gym had stayed open all night.';
    expect(quote(text, 'the gym')).toMatchObject({
      type: 'indirect', text: 'the gym had stayed open all night', speaker: 'Tobenna Okonjo', speaker_mention: 'Okonjo', speaker_start: at(text, 'Okonjo said'), cue: 'said', outlet: 'Reuters',
    });
  });

  test('negative: with no relation named, the comparative picks no one and the surname keeps its usual holder', () => {
    const text = 'Tobenna Okonjo trained in Enugu, where Chidi Okonjo still coaches. Speaking to Reuters, the elder Okonjo said the gym had stayed open all night.';
    expect(quote(text, 'the gym')).toMatchObject({ type: 'indirect', speaker: 'Tobenna Okonjo', speaker_mention: 'Okonjo', cue: 'said', outlet: 'Reuters' });
  });
});
