import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a body\'s joined name after "officials at the" / "a spokesman for the" is whole', () => {
  test('"Officials at the X and Y HEAD": the body speaks, named alone (as "Officials from the Department of Health")', () => {
    const text = 'Officials at the Grain and Livestock Commission said the quotas would rise.';
    expect(quote(text, 'the quotas')).toMatchObject({
      type: 'indirect', text: 'the quotas would rise', start: at(text, 'the quotas'),
      speaker: 'Grain and Livestock Commission', speaker_mention: 'Grain and Livestock Commission',
      speaker_start: at(text, 'Grain'), speaker_kind: 'organization', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('"a spokeswoman for the X and Y HEAD": the description speaks, naming the whole body', () => {
    const text = 'A spokeswoman for the Rail and Ferry Authority said the timetable was final.';
    expect(quote(text, 'the timetable')).toMatchObject({
      type: 'indirect', text: 'the timetable was final', speaker: null,
      speaker_mention: 'A spokeswoman for the Rail and Ferry Authority', speaker_start: 0, cue: 'said',
    });
  });

  test('negative: a person "of" such a body is still the speaker', () => {
    const text = 'Nadia Lowe of the Grain and Livestock Commission said the quotas would rise.';
    expect(quote(text, 'the quotas')).toMatchObject({ speaker: 'Nadia Lowe', speaker_mention: 'Nadia Lowe', cue: 'said' });
  });
});

describe('an office\'s "of the" and a body ending the phrase name no person', () => {
  test('"The Commissioner for Fisheries of the Baltic Nations, Pia Strand, said": the name in apposition speaks', () => {
    const text = 'The Commissioner for Fisheries of the Baltic Nations, Pia Strand, said the quotas were fair.';
    expect(quote(text, 'the quotas')).toMatchObject({
      type: 'indirect', text: 'the quotas were fair', speaker: 'Pia Strand', speaker_mention: 'Pia Strand',
      speaker_start: at(text, 'Pia'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('with no name after it the office is a description', () => {
    const text = 'The Commissioner for Fisheries of the Baltic Nations said the quotas were fair.';
    expect(quote(text, 'the quotas')).toMatchObject({
      speaker: null, speaker_mention: 'The Commissioner for Fisheries of the Baltic Nations', speaker_start: 0, cue: 'said',
    });
  });

  test('"Director of the Museum Elm Square said": a body\'s head word and a place\'s last word, no name', () => {
    const text = '“The wing will reopen in May,” Director of the Museum Elm Square said.';
    expect(quote(text, 'The wing')).toMatchObject({
      type: 'direct', text: 'The wing will reopen in May,', speaker: null,
      speaker_mention: 'Director of the Museum Elm Square', speaker_start: at(text, 'Director'), cue: 'said',
    });
  });

  test('negative: a given name after the body is still a person ("Chief of the Navy Ray Dunmore")', () => {
    const text = 'Chief of the Navy Ray Dunmore said the fleet was ready.';
    expect(quote(text, 'the fleet')).toMatchObject({ speaker: 'Ray Dunmore', speaker_mention: 'Ray Dunmore', cue: 'said' });
  });
});
