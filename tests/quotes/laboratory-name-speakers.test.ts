import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a name ending in "Laboratory" or "Lab" is a body\'s', () => {
  test('tests carried out by a laboratory: the laboratory finds', () => {
    const text = 'Tests carried out by Halden Forensic Laboratory found that the ink was modern.';
    expect(quote(text, 'the ink')).toMatchObject({
      type: 'indirect', text: 'the ink was modern', start: at(text, 'the ink'), end: text.length - 1,
      speaker: 'Halden Forensic Laboratory', speaker_kind: 'organization', speaker_mention: 'Halden Forensic Laboratory', cue: 'found', outlet: null,
    });
  });

  test('"Halden Lab said"', () => {
    const text = 'Halden Lab said the ink was modern.';
    expect(quote(text, 'the ink')).toMatchObject({ type: 'indirect', speaker: 'Halden Lab', speaker_kind: 'organization', speaker_start: 0, cue: 'said' });
  });

  test('near miss: a given name before "Lab" keeps a person\'s reading', () => {
    const text = 'Dana Lab said the ink was modern.';
    expect(quote(text, 'the ink')).toMatchObject({ type: 'indirect', speaker: 'Dana Lab', speaker_kind: 'person', cue: 'said' });
  });
});
