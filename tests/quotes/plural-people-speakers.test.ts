import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const people = (text: string) => extractArticle(text, { id: 'p' }).entities.people.map((p) => p.name);

describe('a plural noun for people opening a sentence is a description, not a name', () => {
  test('"Superdelegates said …", "Jurors said …", "Legislators said …": the noun is the mention, no person', () => {
    const text = 'Superdelegates said the race was over. Jurors said the case was weak. Legislators said the bill was dead.';
    expect(quote(text, 'the race')).toMatchObject({ type: 'indirect', text: 'the race was over', speaker: null, speaker_mention: 'Superdelegates', speaker_start: 0, speaker_kind: 'anonymous', cue: 'said' });
    expect(quote(text, 'the case')).toMatchObject({ speaker: null, speaker_mention: 'Jurors', speaker_start: at(text, 'Jurors'), speaker_kind: 'anonymous' });
    expect(quote(text, 'the bill')).toMatchObject({ speaker: null, speaker_mention: 'Legislators', speaker_kind: 'anonymous' });
    expect(people(text)).toEqual([]);
  });

  test('after a quotation too: "“It is over,” Jurors said."', () => {
    const text = '"It is over," Jurors said.';
    expect(quote(text, 'It is over')).toMatchObject({ type: 'direct', speaker: null, speaker_mention: 'Jurors', speaker_kind: 'anonymous' });
  });

  test('"Polls show …", "Surveys suggest …": a source of evidence opening a sentence is a description, no person', () => {
    const text = 'The vote is close. Polls show the levy is losing. Surveys suggest turnout will fall.';
    expect(quote(text, 'the levy is losing')).toMatchObject({ type: 'indirect', speaker: null, speaker_mention: 'Polls', speaker_start: at(text, 'Polls'), speaker_kind: 'anonymous', cue: 'show' });
    expect(quote(text, 'turnout will fall')).toMatchObject({ speaker: null, speaker_mention: 'Surveys', speaker_kind: 'anonymous', cue: 'suggest' });
    expect(people(text)).toEqual([]);
  });

  test('a surname that is no plural people noun stays a person: "Ames said …"', () => {
    const text = 'Dara Ames met the board. Ames said the plan was dead.';
    expect(quote(text, 'the plan')).toMatchObject({ speaker: 'Dara Ames', speaker_kind: 'person' });
    expect(people(text)).toEqual(['Dara Ames']);
  });
});

describe('scientists and other experts named by their field', () => {
  test('"Volcanologists said …", "Forecasters said …": a description, no person', () => {
    const text = 'Volcanologists said the eruption followed a familiar pattern. Forecasters said the ash would drift east.';
    expect(quote(text, 'the eruption')).toMatchObject({
      type: 'indirect', text: 'the eruption followed a familiar pattern', start: at(text, 'the eruption'),
      speaker: null, speaker_mention: 'Volcanologists', speaker_start: 0, speaker_kind: 'anonymous', cue: 'said', cue_start: at(text, 'said'),
    });
    expect(quote(text, 'the ash')).toMatchObject({ speaker: null, speaker_mention: 'Forecasters', speaker_kind: 'anonymous' });
    expect(people(text)).toEqual([]);
  });

  test('near miss: a named scientist is still a person', () => {
    const text = 'Ivo Markel, a volcanologist, said the eruption followed a familiar pattern.';
    expect(quote(text, 'the eruption')).toMatchObject({ speaker: 'Ivo Markel', speaker_mention: 'Ivo Markel', speaker_start: 0, speaker_kind: 'person' });
    expect(people(text)).toEqual(['Ivo Markel']);
  });
});

describe('a plural agent noun that no list names is a description by its ending', () => {
  test('"Auditors said …", "Curators argued …": anonymous mentions, and no person listed', () => {
    const text = 'The museum reopened on Monday.\n\nAuditors said the accounts had been kept in good order. Curators argued the east wing needed more guards at night.';
    expect(quote(text, 'the accounts')).toMatchObject({ speaker: null, speaker_mention: 'Auditors', speaker_start: at(text, 'Auditors'), speaker_kind: 'anonymous', cue: 'said' });
    expect(quote(text, 'the east wing')).toMatchObject({ speaker: null, speaker_mention: 'Curators', speaker_kind: 'anonymous', cue: 'argued' });
    expect(people(text)).toEqual([]);
  });

  test('negative: surnames in -iers and -eers are still people ("Desrosiers said", "Speers added")', () => {
    const text = 'The museum reopened on Monday.\n\nDesrosiers said the accounts had been kept in good order. Speers added that the east wing needed more guards.';
    expect(quote(text, 'the accounts')).toMatchObject({ speaker: 'Desrosiers', speaker_kind: 'person' });
    expect(quote(text, 'the east wing')).toMatchObject({ speaker: 'Speers', speaker_kind: 'person' });
  });

  test('negative: a lone surname in -s is still a person ("Connors said")', () => {
    const text = 'The museum reopened on Monday.\n\nConnors said the accounts had been kept in good order.';
    expect(quote(text, 'the accounts')).toMatchObject({ speaker: 'Connors', speaker_kind: 'person' });
    expect(people(text)).toEqual(['Connors']);
  });
});

describe('a plural doer named by its trade opening a sentence ("Retailers", "Insurers") is a description, not a name', () => {
  test('"Retailers have warned that …", "Insurers said …": the noun is the mention, kind anonymous, no person', () => {
    const text = 'Retailers have warned that the shelves will be empty by June. Insurers said premiums would rise.';
    expect(quote(text, 'the shelves')).toMatchObject({
      type: 'indirect', text: 'the shelves will be empty by June', start: at(text, 'the shelves'),
      speaker: null, speaker_mention: 'Retailers', speaker_start: 0, speaker_kind: 'anonymous', cue: 'warned', cue_start: at(text, 'warned'), outlet: null,
    });
    expect(quote(text, 'premiums')).toMatchObject({ speaker: null, speaker_mention: 'Insurers', speaker_start: at(text, 'Insurers'), speaker_kind: 'anonymous', cue: 'said' });
    expect(people(text)).toEqual([]);
  });

  test('negative: a trade plural that is a surname too stays a person: "Banks said …" after "Sheila Banks"', () => {
    const text = 'Sheila Banks chairs the board. Banks said rates would rise.';
    expect(quote(text, 'rates')).toMatchObject({ text: 'rates would rise', speaker: 'Sheila Banks', speaker_mention: 'Banks', speaker_kind: 'person', cue: 'said' });
    expect(people(text)).toEqual(['Sheila Banks']);
  });
});
