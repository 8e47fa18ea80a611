import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

describe('a noun for a person\'s part in a story before a full name is no part of the name', () => {
  test('"Headliner Mara Quist posted …": the speaker is Mara Quist, a headliner', () => {
    const text = 'Headliner Mara Quist posted a clip on TikTok, telling fans she was "heartbroken".';
    expect(quote(text, 'heartbroken')).toMatchObject({
      text: 'heartbroken', type: 'partial', speaker: 'Mara Quist', speaker_kind: 'person', speaker_role: 'headliner',
      speaker_start: at(text, 'Mara Quist'), speaker_end: at(text, 'Mara Quist') + 'Mara Quist'.length, cue: 'posted', outlet: null,
      start: at(text, 'heartbroken'), end: at(text, 'heartbroken') + 'heartbroken'.length,
    });
    expect(entityNames(text).people).toEqual(['Mara Quist']);
  });

  test('"Whistleblower Owen Hartley said": the person is Owen Hartley', () => {
    const text = 'Whistleblower Owen Hartley said the audit was "a whitewash".';
    expect(quote(text, 'a whitewash')).toMatchObject({ type: 'partial', speaker: 'Owen Hartley', speaker_role: 'whistleblower', speaker_start: at(text, 'Owen Hartley'), cue: 'said', outlet: null });
    expect(entityNames(text).people).toEqual(['Owen Hartley']);
  });

  test('near miss: a name whose first word is a given name keeps it ("Mara Quist said")', () => {
    const text = 'Mara Quist said the tour was "exhausting".';
    expect(quote(text, 'exhausting')).toMatchObject({ speaker: 'Mara Quist', speaker_start: at(text, 'Mara Quist'), cue: 'said' });
    expect(entityNames(text).people).toEqual(['Mara Quist']);
  });
});
