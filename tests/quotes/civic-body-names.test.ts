import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

describe('a campaign\'s or civic group\'s own name speaks whole, as an organisation', () => {
  test('"Friends of …": the group, and no person named after the place', () => {
    const text = 'Friends of Cobble Lane said the plan would ruin the street.';
    expect(quote(text, 'the plan')).toMatchObject({
      type: 'indirect', text: 'the plan would ruin the street', start: at(text, 'the plan'),
      speaker: 'Friends of Cobble Lane', speaker_kind: 'organization', speaker_role: null, speaker_mention: 'Friends of Cobble Lane', speaker_start: 0,
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    expect(entityNames(text).people).toEqual([]);
  });

  test('a plural of people before "Against"/"for", and a call to act ending on "Campaign"', () => {
    const against = 'Neighbours Against the Quarry said the blasting shook their homes.';
    expect(quote(against, 'the blasting')).toMatchObject({ speaker: 'Neighbours Against the Quarry', speaker_kind: 'organization', speaker_mention: 'Neighbours Against the Quarry', speaker_start: 0, cue: 'said' });
    expect(entityNames(against).people).toEqual([]);
    const campaign = 'The Save the Old Pier Campaign said the council had ignored the survey.';
    expect(quote(campaign, 'the council')).toMatchObject({ speaker: 'Save the Old Pier Campaign', speaker_kind: 'organization', speaker_mention: 'The Save the Old Pier Campaign', speaker_start: 0, cue: 'said' });
  });

  test('near miss: friends of a person, or people against something in small letters, are no group', () => {
    const friends = 'Friends of Dana Ruiz said she was innocent.';
    expect(quote(friends, 'she was')).toMatchObject({ speaker_kind: 'anonymous', speaker_mention: 'Friends of Dana Ruiz' });
    expect(entityNames(friends).people).toContain('Dana Ruiz');
    expect(quote('Friends of the couple said they were shocked.', 'they were')).toMatchObject({ speaker_kind: 'anonymous', speaker_mention: 'Friends of the couple' });
  });
});

describe('people "for" someone named are that one\'s agents, no group', () => {
  test('"Lawyers for Brenwick said" stays a description; "Parents for Safe Streets said" is the group', () => {
    expect(quote('Lawyers for Brenwick said the claim had no merit.', 'the claim')).toMatchObject({ speaker_kind: 'anonymous', speaker_mention: 'Lawyers for Brenwick' });
    const group = 'Parents for Safe Streets said the crossing was dangerous.';
    expect(quote(group, 'the crossing')).toMatchObject({ speaker: 'Parents for Safe Streets', speaker_kind: 'organization', speaker_mention: 'Parents for Safe Streets', speaker_start: 0 });
  });
});

describe('a civic group\'s name after the cue', () => {
  test('after the cue too: "…,” said Parents for Safe Streets" is the whole group', () => {
    const text = '“We will walk the route every night,” said Parents for Quiet Roads.';
    const name = 'Parents for Quiet Roads';
    expect(quote(text, 'We will walk')).toMatchObject({
      type: 'direct', text: 'We will walk the route every night,', start: 1,
      speaker: name, speaker_kind: 'organization', speaker_role: null, speaker_mention: name,
      speaker_start: at(text, name), speaker_end: at(text, name) + name.length, cue: 'said', outlet: null,
    });
    expect(entityNames(text).people).toEqual([]);
    const against = '“The fumes are everywhere,” said Neighbours Against the Quarry, which formed last spring.';
    expect(quote(against, 'The fumes')).toMatchObject({ speaker: 'Neighbours Against the Quarry', speaker_kind: 'organization', speaker_start: at(against, 'Neighbours') });
  });

  test('near miss: after the cue, friends of a person are no group named for part of the name', () => {
    const text = '“She did nothing wrong,” said Friends of Dana Ruiz.';
    const q = quote(text, 'She did nothing');
    expect(q.speaker_kind).not.toBe('organization');
    expect(q.speaker).not.toBe('Friends of Dana');
  });
});
