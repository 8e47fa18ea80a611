import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a description with two prepositional phrases: "A diplomat at the UN in New York said …"', () => {
  test('the place in the second phrase is no speaker; the whole description is the mention', () => {
    const text = 'An envoy at the EU in Brussels, speaking on condition of anonymity, said several states wanted a ceasefire.';
    expect(quote(text, 'several states')).toMatchObject({
      type: 'indirect', text: 'several states wanted a ceasefire', start: at(text, 'several states'), speaker: null,
      speaker_mention: 'An envoy at the EU in Brussels', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('a body with its article: "A spokesman for the Harbour Council in Leeds"', () => {
    const text = 'A spokesman for the Harbour Council in Leeds said: “The pier will reopen.”';
    expect(quote(text, 'The pier')).toMatchObject({ type: 'direct', speaker_mention: 'A spokesman for the Harbour Council in Leeds', speaker_start: 0, cue: 'said' });
  });

  test('a body in small letters before the place: "A clerk at the station in Leeds", no one named Leeds', () => {
    const text = 'A clerk at the station in Leeds said the last train had been cancelled.';
    expect(quote(text, 'the last train')).toMatchObject({
      type: 'indirect', text: 'the last train had been cancelled', start: at(text, 'the last train'), speaker: null,
      speaker_mention: 'A clerk at the station in Leeds', speaker_start: 0, speaker_kind: 'anonymous', cue: 'said', cue_start: at(text, 'said'),
    });
    const aide = 'An aide at the consulate in Lyon said the visas were ready.';
    expect(quote(aide, 'the visas')).toMatchObject({ speaker: null, speaker_mention: 'An aide at the consulate in Lyon', cue: 'said' });
  });
});

describe('"The family of the victim from Ohio said …": a body\'s "of" before a small-letter noun and a place', () => {
  test('the place is no speaker and the "of" no owner: the whole description is the mention', () => {
    const text = 'The family of the driver from Nevada said the crash was unavoidable.';
    expect(quote(text, 'the crash')).toMatchObject({
      type: 'indirect', text: 'the crash was unavoidable', start: at(text, 'the crash'), speaker: null,
      speaker_mention: 'The family of the driver from Nevada', speaker_start: 0, speaker_kind: 'anonymous', cue: 'said', cue_start: at(text, 'said'),
    });
    const office = 'The office of the governor in Oregon said the budget was “already spent.”';
    expect(quote(office, 'already spent')).toMatchObject({ speaker: null, speaker_mention: 'The office of the governor in Oregon', speaker_start: 0, cue: 'said' });
  });

  test('a trailing participle clause: "with the campaign of the former mayor from Utah saying …"', () => {
    const text = 'Lena Park lost the vote, with the campaign of the former mayor from Utah saying she was “never a real contender.”';
    expect(quote(text, 'never a real')).toMatchObject({
      type: 'partial', text: 'never a real contender.', start: at(text, 'never a real'), speaker: null,
      speaker_mention: 'the campaign of the former mayor from Utah', speaker_start: at(text, 'the campaign'), cue: 'saying', cue_start: at(text, 'saying'),
    });
  });

  test('a second small-letter hop before the "of" still holds: "The family of the pupil at the school in Derby"', () => {
    const text = 'The family of the pupil at the school in Derby said the class was cancelled.';
    expect(quote(text, 'the class')).toMatchObject({ speaker: null, speaker_mention: 'The family of the pupil at the school in Derby', speaker_start: 0, cue: 'said' });
  });
});

describe('"NAME, the chairman of the party in PLACE, said …": a person\'s noun before the "of"', () => {
  test('the apposed name is the speaker, never the place after the chained preposition', () => {
    const text = 'Nora Blyth, the treasurer of the union in Cardiff, for instance, said that the fund was empty.';
    expect(quote(text, 'the fund')).toMatchObject({
      type: 'indirect', text: 'the fund was empty', start: at(text, 'the fund'), speaker: 'Nora Blyth', speaker_mention: 'Nora Blyth',
      speaker_start: 0, cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('through a relative clause: "… by NAME, the leader of the council in PLACE, who argued that …"', () => {
    const text = 'The scheme was mocked by Owen Hale, the leader of the council in Lower Saxony, who argued that the money would run out.';
    expect(quote(text, 'the money')).toMatchObject({
      type: 'indirect', text: 'the money would run out', start: at(text, 'the money'), speaker: 'Owen Hale', cue: 'argued', cue_start: at(text, 'argued'),
    });
  });
});

describe('"In an interview with OUTLET, the actress, who played X in “Title,” said …"', () => {
  test('the outlet closing the opening phrase is no name before the description; the report keeps its outlet', () => {
    const text = 'Maria Lindqvist starred in the film. In an interview with Variety, the actress, who played Ada in “The Long Shore,” said she was exhausted.';
    expect(quote(text, 'she was exhausted')).toMatchObject({
      type: 'indirect', text: 'she was exhausted', start: at(text, 'she was exhausted'), speaker: 'Maria Lindqvist', speaker_mention: 'the actress',
      speaker_start: at(text, 'the actress'), cue: 'said', outlet: 'Variety',
    });
  });

  test('the same without a title in the relative clause', () => {
    const text = 'Maria Lindqvist starred in the film. In an interview with Variety, the actress, who played Ada in the film, said she was exhausted.';
    expect(quote(text, 'she was exhausted')).toMatchObject({ speaker: 'Maria Lindqvist', speaker_mention: 'the actress', outlet: 'Variety' });
  });
});

describe('"The office of the UN in Geneva said …": a place after a capitalised body is never the speaker', () => {
  test('a body noun before "of" a capitalised body and a place: the whole phrase is an anonymous description', () => {
    const text = 'The bureau of the WHO in Nairobi said the vaccines had arrived.';
    expect(quote(text, 'the vaccines')).toMatchObject({
      type: 'indirect', text: 'the vaccines had arrived', start: at(text, 'the vaccines'), speaker: null,
      speaker_mention: 'The bureau of the WHO in Nairobi', speaker_start: 0, speaker_kind: 'anonymous', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('a noun no list knows as a person before "at" a capitalised firm and a place', () => {
    const text = 'A broker at Dunmore Capital in Zurich said the rally was “built on sand”.';
    expect(quote(text, 'built on sand')).toMatchObject({
      type: 'partial', text: 'built on sand', start: at(text, 'built on sand'), speaker: null,
      speaker_mention: 'A broker at Dunmore Capital in Zurich', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('"NAME, the head of the board in PLACE, said": the apposed name speaks', () => {
    const text = 'Ruth Carver, the head of the board in Upper Austria, said that the plan was too costly.';
    expect(quote(text, 'the plan')).toMatchObject({ speaker: 'Ruth Carver', speaker_mention: 'Ruth Carver', speaker_start: 0, cue: 'said', cue_start: at(text, 'said') });
  });
});
