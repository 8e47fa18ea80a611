import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

describe('a one-word speaker run together with a capital inside is a body', () => {
  const text = '“We have checked every clip,” GrainHub said. TechAlliance said the new rules were drafted in haste.';

  test('a direct and an indirect quote are the body\'s', () => {
    expect(quote(text, 'We have checked')).toMatchObject({
      type: 'direct', text: 'We have checked every clip,', start: at(text, 'We have'), speaker: 'GrainHub', speaker_kind: 'organization',
      speaker_mention: 'GrainHub', speaker_start: at(text, 'GrainHub'), cue: 'said', outlet: null,
    });
    expect(quote(text, 'the new rules')).toMatchObject({
      type: 'indirect', text: 'the new rules were drafted in haste', start: at(text, 'the new rules'), speaker: 'TechAlliance',
      speaker_kind: 'organization', cue: 'said', outlet: null,
    });
  });

  test('initials with a small letter are a body too', () => {
    const initials = 'EFFi said the proposal went too far.';
    expect(quote(initials, 'the proposal')).toMatchObject({ type: 'indirect', speaker: 'EFFi', speaker_kind: 'organization', cue: 'said', outlet: null });
    expect(entityNames(initials).people).toEqual([]);
  });

  test('the bodies are listed among no people', () => {
    expect(entityNames(text).people).toEqual([]);
  });

  test('a rights group\'s name of several words is a body', () => {
    const group = 'Northern Digital Rights said the proposal went too far.';
    expect(quote(group, 'the proposal')).toMatchObject({ type: 'indirect', speaker: 'Northern Digital Rights', speaker_kind: 'organization', cue: 'said' });
    expect(entityNames(group).people).toEqual([]);
  });

  test('near miss: a surname with a prefix before its second capital stays a person', () => {
    const person = 'DiNapoli said the proposal went too far.';
    expect(quote(person, 'the proposal')).toMatchObject({ speaker: 'DiNapoli', speaker_kind: 'person', cue: 'said' });
    expect(entityNames(person).people).toEqual(['DiNapoli']);
  });
});
