import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a body named first with its nation and then without it is the one body', () => {
  test('"… the U.S. Geological Survey. The Geological Survey said that …": the speaker is the full name', () => {
    const text = 'The quake struck at dawn, according to the U.S. Geological Survey.\n\nThe Geological Survey said that aftershocks were likely.';
    expect(quote(text, 'aftershocks')).toMatchObject({ text: 'aftershocks were likely', start: at(text, 'aftershocks'), end: at(text, 'aftershocks') + 23, type: 'indirect', speaker: 'U.S. Geological Survey', speaker_kind: 'organization', cue: 'said', outlet: null });
  });

  test('a country\'s name is a nation prefix too: "the Kenya Wildlife Service … The Wildlife Service said"', () => {
    const text = 'The Kenya Wildlife Service moved the herd.\n\nThe Wildlife Service said the move had gone well.';
    expect(quote(text, 'the move')).toMatchObject({ speaker: 'Kenya Wildlife Service', speaker_kind: 'organization', cue: 'said' });
  });

  test('near miss: a body written before without a nation keeps its name', () => {
    const text = 'Dana Ode of the Geological Survey spoke first.\n\nThe Geological Survey said that aftershocks were likely.';
    expect(quote(text, 'aftershocks')).toMatchObject({ speaker: 'Geological Survey', speaker_kind: 'organization', cue: 'said' });
  });
});
