import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a definite description coming back to an unnamed source brought in earlier', () => {
  test('"the engineer" after a named guild officer is the unnamed engineer, still talking to the outlet', () => {
    const text = 'A senior engineer told Billboard that the crew was paid late. The guild secretary, Ines Morrow, said the guild would look into it.\n\n"We waited months," the engineer said.';
    expect(quote(text, 'We waited')).toMatchObject({
      type: 'direct', text: 'We waited months,', start: at(text, 'We waited'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'the engineer', speaker_start: at(text, 'the engineer said'), cue: 'said', outlet: 'Billboard',
    });
  });

  test('"The former editor" after a named attorney, in a report', () => {
    const text = 'A former editor, who spoke to Rolling Stone on condition of anonymity, said the deadlines were brutal.\n\nAttorney Paul Kessing said his clients would sue.\n\nThe former editor said staff were punished for missed deadlines.';
    const q = quote(text, 'staff were punished');
    expect(q).toMatchObject({
      type: 'indirect', text: 'staff were punished for missed deadlines', start: at(text, 'staff were punished'), speaker: null,
      speaker_kind: 'anonymous', speaker_mention: 'The former editor', speaker_start: at(text, 'The former editor said'), cue: 'said', outlet: 'Rolling Stone',
    });
    expect(quote(text, 'his clients')).toMatchObject({ speaker: 'Paul Kessing', cue: 'said', outlet: null });
  });

  test('near miss: one named with that role since is that person', () => {
    const text = 'A senior engineer told Billboard that the crew was paid late. The lead engineer, Ines Morrow, said the studio would look into it.\n\n"We waited months," the engineer said.';
    expect(quote(text, 'We waited')).toMatchObject({ speaker: 'Ines Morrow', speaker_mention: 'the engineer', cue: 'said', outlet: null });
  });

  test('near miss: with no unnamed source of that role, the description is left to the name rules', () => {
    const text = 'The guild secretary, Ines Morrow, said the guild would look into it.\n\n"We waited months," the secretary said.';
    expect(quote(text, 'We waited')).toMatchObject({ speaker: 'Ines Morrow', speaker_mention: 'the secretary', cue: 'said' });
  });
});
