import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe("a nation's name beside a sport's names the sport's governing body", () => {
  test('"USA Rowing said": the nation first', () => {
    const text = 'USA Rowing said the regatta would be moved.';
    expect(quote(text, 'the regatta')).toMatchObject({ text: 'the regatta would be moved', type: 'indirect', start: at(text, 'the regatta'), end: at(text, '.'), speaker: 'USA Rowing', speaker_kind: 'organization', speaker_start: 0, speaker_end: at(text, ' said'), cue: 'said', outlet: null });
  });

  test('"Cycling Canada said": the sport first', () => {
    const text = 'Cycling Canada said the team had been picked.';
    expect(quote(text, 'the team')).toMatchObject({ text: 'the team had been picked', type: 'indirect', speaker: 'Cycling Canada', speaker_kind: 'organization', speaker_start: 0, cue: 'said' });
  });

  test('near miss: a nation that is a given name may be a person ("Jordan Hockey")', () => {
    const text = 'Jordan Hockey said the team had been picked.';
    expect(quote(text, 'the team')).toMatchObject({ speaker: 'Jordan Hockey', speaker_kind: 'person' });
  });
});

describe('"World" or "European" before a sport names the body governing it', () => {
  test('"World Rowing said": an organisation', () => {
    const text = 'World Rowing said the result had been annulled.';
    expect(quote(text, 'the result')).toMatchObject({ text: 'the result had been annulled', type: 'indirect', start: at(text, 'the result'), speaker: 'World Rowing', speaker_kind: 'organization', speaker_start: 0, speaker_end: at(text, ' said'), cue: 'said' });
  });

  test('near miss: "World" after the sport is no area it governs ("Rowing World" is left as it was)', () => {
    const text = 'Rowing World said the result had been annulled.';
    expect(quote(text, 'the result')).toMatchObject({ speaker: 'Rowing World', speaker_kind: 'person' });
  });
});
