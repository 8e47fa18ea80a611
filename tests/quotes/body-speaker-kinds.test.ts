import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

describe('a body named as a speaker is an organisation, not a person', () => {
  test('a place word before a listed body\'s name: "the Kenyan Red Cross said …"', () => {
    const text = 'The Kenyan Red Cross said it had sent 12 ambulances to the coast.';
    expect(quote(text, 'it had sent')).toMatchObject({
      type: 'indirect', start: text.indexOf('it had sent'), end: text.indexOf('.', 30), text: 'it had sent 12 ambulances to the coast',
      speaker: 'Kenyan Red Cross', speaker_kind: 'organization', speaker_start: 4, speaker_end: 20, cue: 'said', outlet: null,
    });
  });

  test('"the Vatican said …" is the Holy See speaking, and no person', () => {
    const text = 'The Vatican said the cardinal would step down in March.';
    expect(quote(text, 'the cardinal')).toMatchObject({
      type: 'indirect', start: 17, speaker: 'Vatican', speaker_kind: 'organization', speaker_start: 4, speaker_end: 11, cue: 'said', outlet: null,
    });
    expect(entityNames(text).people).toEqual([]);
  });

  test('a company-name word ending the name: "Brekke Properties said …"', () => {
    const text = 'The owner, Brekke Properties, said the tenants had been warned twice.';
    expect(quote(text, 'the tenants')).toMatchObject({
      type: 'indirect', start: text.indexOf('the tenants'), speaker: 'Brekke Properties', speaker_kind: 'organization',
      speaker_start: 11, speaker_end: 28, cue: 'said', outlet: null,
    });
  });

  test('near miss: a person whose surname is a listed name\'s last word stays a person', () => {
    const text = 'Dana Cross said the tenants had been warned twice.';
    expect(quote(text, 'the tenants')).toMatchObject({ speaker: 'Dana Cross', speaker_kind: 'person', cue: 'said' });
  });

  test('a name shaped like an outlet\'s that an apposition calls a group is an organisation, and no outlet', () => {
    const text = 'The Harbour Tenants Network, a housing charity, said in a statement that rents had doubled.';
    expect(quote(text, 'rents')).toMatchObject({
      type: 'indirect', start: text.indexOf('rents'), text: 'rents had doubled', speaker: 'Harbour Tenants Network', speaker_kind: 'organization',
      speaker_start: 0, speaker_end: 27, cue: 'said', outlet: null,
    });
  });

  test('near miss: an apposition naming an outlet\'s kind keeps the outlet', () => {
    const text = 'The Harbour Tenants Network, a cable channel, said in a statement that rents had doubled.';
    expect(quote(text, 'rents')).toMatchObject({ speaker_kind: 'outlet', outlet: 'The Harbour Tenants Network', cue: 'said' });
  });

  test('near miss: a news word anywhere in the apposition keeps the outlet (", the diocese\'s news service,")', () => {
    const text = 'Harbour Diocese News, the diocese’s own news service, reported that the bishop would retire.';
    expect(quote(text, 'the bishop')).toMatchObject({ speaker: 'Harbour Diocese News', speaker_kind: 'outlet', outlet: 'Harbour Diocese News', cue: 'reported' });
  });
});

describe('a body that hears a case or examines a matter speaks as an organisation', () => {
  test('"The tribunal said …", "The panel said …": the body, kind organization', () => {
    for (const noun of ['tribunal', 'panel']) {
      const text = `The ${noun} said the transfers had been improper.`;
      expect(quote(text, 'the transfers')).toMatchObject({
        type: 'indirect', text: 'the transfers had been improper', start: text.indexOf('the transfers'),
        speaker: `The ${noun}`, speaker_mention: `The ${noun}`, speaker_start: 0, speaker_end: 4 + noun.length, speaker_kind: 'organization', cue: 'said',
      });
    }
  });

  test('near miss: "the bureau" inside reported words is no speaker; a person who sat on the panel stays the one who speaks', () => {
    const bureau = 'Ines Kovac said the bureau advises victims not to pay, because payment “rarely brings the data back.”';
    expect(quote(bureau, 'rarely')).toMatchObject({ type: 'partial', speaker: 'Ines Kovac', cue: 'said' });
    const text = 'A juror who sat on the panel said the verdict was “hard to bear”.';
    expect(quote(text, 'hard to bear')).toMatchObject({ type: 'partial', speaker_mention: 'A juror', speaker_kind: 'anonymous', cue: 'said' });
  });
});

describe('a ruling body that "found … but said" gives the words after "said"', () => {
  test('"The tribunal found … but said the bets were “…”": a partial, cue said, the tribunal', () => {
    const text = 'The tribunal found no sign of match-fixing but said the transfers were “a grave breach of trust.”';
    expect(quote(text, 'a grave')).toMatchObject({
      type: 'partial', text: 'a grave breach of trust.', start: at(text, 'a grave'), speaker: 'The tribunal', speaker_mention: 'The tribunal',
      speaker_start: 0, speaker_kind: 'organization', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('"It found …, but said …": "It" stands for the panel named before', () => {
    const text = 'The panel suspended the trainer for a year.\n\nIt found no sign of match-fixing, but said the transfers were “a grave breach of trust.”';
    expect(quote(text, 'a grave')).toMatchObject({
      type: 'partial', text: 'a grave breach of trust.', speaker: 'The panel', speaker_mention: 'It', speaker_start: at(text, 'It found'), speaker_kind: 'organization', cue: 'said',
    });
  });
});
