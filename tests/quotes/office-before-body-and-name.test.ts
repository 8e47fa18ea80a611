import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const people = (text: string) => extractArticle(text, { id: 'o' }).entities.people.map((p) => p.name);

describe('"OFFICE for/of BODY-OR-PLACE NAME said": the person after the body or place speaks', () => {
  test('"Spokeswoman for Sandell Freight Ida Marsh said": an office head noun before a firm, then the name', () => {
    const text = 'Spokeswoman for Sandell Freight Ida Marsh said the depot would stay shut.';
    expect(quote(text, 'the depot')).toMatchObject({
      type: 'indirect', text: 'the depot would stay shut', start: at(text, 'the depot'),
      speaker: 'Ida Marsh', speaker_mention: 'Ida Marsh', speaker_start: at(text, 'Ida'), speaker_kind: 'person', speaker_role: 'spokeswoman',
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    expect(people(text)).toEqual(['Ida Marsh']);
  });

  test('"Representative for Nevada Paul Ostrow said": one place word, then a given name and a surname', () => {
    const text = 'Representative for Nevada Paul Ostrow said the tax plan would fail.';
    expect(quote(text, 'the tax')).toMatchObject({
      type: 'indirect', text: 'the tax plan would fail', start: at(text, 'the tax'),
      speaker: 'Paul Ostrow', speaker_mention: 'Paul Ostrow', speaker_start: at(text, 'Paul'), speaker_kind: 'person', speaker_role: 'representative',
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('no trailing name: "Supporters of Ida Marsh said", "Lawyer for Ida Marsh said" stay descriptions', () => {
    expect(quote('Supporters of Ida Marsh said the depot would stay shut.', 'the depot')).toMatchObject({ speaker: null, speaker_mention: 'Supporters of Ida Marsh', speaker_kind: 'anonymous' });
    expect(quote('Lawyer for Ida Marsh said the depot would stay shut.', 'the depot')).toMatchObject({ speaker: null, speaker_mention: 'Lawyer for Ida Marsh' });
  });
});

describe('"OFFICE of PLACE-OR-BODY NAME": the place or body is no person', () => {
  test('"Mayor of Rose Harbor Neil Dunne": a place opening with a given name, ending in a place word, is no person', () => {
    const text = 'Mayor of Rose Harbor Neil Dunne said the ferry would run again.';
    expect(quote(text, 'the ferry')).toMatchObject({
      type: 'indirect', text: 'the ferry would run again', speaker: 'Neil Dunne', speaker_mention: 'Neil Dunne', speaker_start: at(text, 'Neil'),
      speaker_role: 'mayor', cue: 'said', cue_start: at(text, 'said'),
    });
    expect(people(text)).toEqual(['Neil Dunne']);
  });

  test('"Chair of the Rosa Parks Institute Mia Holt": the body\'s name ends at its last word; no person inside it', () => {
    const text = 'Chair of the Rosa Parks Institute Mia Holt said the archive would open in May.';
    expect(quote(text, 'the archive')).toMatchObject({
      type: 'indirect', text: 'the archive would open in May', speaker: 'Mia Holt', speaker_mention: 'Mia Holt', speaker_start: at(text, 'Mia'),
      speaker_kind: 'person', speaker_role: 'chair', cue: 'said', cue_start: at(text, 'said'),
    });
    expect(people(text)).toEqual(['Mia Holt']);
  });

  test('"Head of the Frederick Douglass King Center Omar Reyes": a title word inside the body is the body\'s', () => {
    const text = 'Head of the Frederick Douglass King Center Omar Reyes said the lecture was full.';
    expect(quote(text, 'the lecture')).toMatchObject({ speaker: 'Omar Reyes', speaker_mention: 'Omar Reyes', speaker_start: at(text, 'Omar'), speaker_kind: 'person', cue: 'said' });
    expect(people(text)).toEqual(['Omar Reyes']);
  });
});

describe('already read right (kept): a nested description, a relative quoted', () => {
  test('"said a retired teacher named Lena Voss": the name after "named" speaks', () => {
    const text = '“Nobody called us back,” said a retired teacher named Lena Voss.';
    expect(quote(text, 'Nobody')).toMatchObject({
      type: 'direct', text: 'Nobody called us back,', speaker: 'Lena Voss', speaker_mention: 'Lena Voss', speaker_start: at(text, 'Lena'),
      cue: 'said', cue_start: at(text, 'said'),
    });
    const before = 'A retired teacher named Lena Voss said nobody had called back.';
    expect(quote(before, 'nobody')).toMatchObject({ speaker: 'Lena Voss', speaker_start: at(before, 'Lena'), cue: 'said' });
  });

  test('"Brandt quoted his uncle as saying …": the uncle, not Brandt, is the speaker', () => {
    const text = 'Brandt quoted his uncle as saying that the farm had been flooded.';
    expect(quote(text, 'the farm')).toMatchObject({
      type: 'indirect', text: 'the farm had been flooded', speaker: null, speaker_mention: 'his uncle', speaker_start: at(text, 'his uncle'),
      cue: 'saying', cue_start: at(text, 'saying'),
    });
  });
});

describe('the office-before-name rules stay in their place', () => {
  test('"speaking from Tessa Park\'s flat": a run ending in a place word after "speaking from" with a possessive is a person', () => {
    const text = '“We lost power,” Omar Reyes said, speaking from Tessa Park’s flat in Leeds.';
    expect(people(text)).toEqual(['Omar Reyes', 'Tessa Park']);
  });

  test('"Mayor of Clara Heights Paul Ostrow": an office before a place still rejects the place', () => {
    const text = 'Mayor of Clara Heights Paul Ostrow said the bridge would reopen.';
    expect(people(text)).toEqual(['Paul Ostrow']);
  });

  test('"Spokesman for Conservative Ida Marsh said": a party word before the name describes the client, who is no speaker', () => {
    const text = 'Spokesman for Conservative Ida Marsh said the candidate would not debate.';
    expect(quote(text, 'the candidate')).toMatchObject({ speaker: null, speaker_mention: 'Spokesman for Conservative Ida Marsh', speaker_kind: 'anonymous', cue: 'said' });
    expect(quote('Lawyer for French Paul Ostrow said the appeal was lodged.', 'the appeal')).toMatchObject({ speaker: null, speaker_mention: 'Lawyer for French Paul Ostrow' });
  });

  test('"Head of the Arts Institute Rosa Heights campus": a place word ending the run, or a noun after it, names a site, no person', () => {
    const text = '“Classes resume Monday,” Director of the Arts Institute Clara Springs campus said.';
    expect(quote(text, 'Classes')).toMatchObject({ speaker: null, cue: 'said' });
    expect(people(text)).toEqual([]);
    expect(people('Head of the Arts Institute Dana Wood said the studio was full.')).toEqual(['Dana Wood']);
  });
});
