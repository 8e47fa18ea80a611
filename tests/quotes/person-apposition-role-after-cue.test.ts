import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/index.js';
import { at, quote } from '../helpers/quotes.js';

// "said NAME, a spokeswoman for the company": the apposition's head is the role word; the body after its
// "for" is whom the person speaks for, so the name stays a person's and the role is read from the apposition.

describe('a named person after the cue, then "a ROLE for the BODY"', () => {
  test('"said Ines Valdero, a spokeswoman for the agency" is a person with her role', () => {
    const text = '“The figures are still being checked,” said Ines Valdero, a spokeswoman for the agency.';
    expect(quote(text, 'The figures')).toMatchObject({
      type: 'direct', text: 'The figures are still being checked,', start: 1, end: at(text, '” said'),
      speaker: 'Ines Valdero', speaker_mention: 'Ines Valdero', speaker_start: at(text, 'Ines'), speaker_end: at(text, ', a spokeswoman'),
      speaker_kind: 'person', speaker_role: 'spokeswoman', cue: 'said', outlet: null,
    });
    expect(extractArticle(text, { id: 't' }).entities.people.map((p) => p.name)).toContain('Ines Valdero');
  });

  test('"for the company" likewise, with a time after the apposition', () => {
    const text = '“No decision has been made,” said Tobias Renner, a spokesman for the company, on Monday.';
    expect(quote(text, 'No decision')).toMatchObject({
      type: 'direct', text: 'No decision has been made,', speaker: 'Tobias Renner', speaker_kind: 'person', speaker_role: 'spokesman',
      speaker_start: at(text, 'Tobias'), cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('near miss: an apposition headed by a kind of body still makes the name a firm', () => {
    const text = '“We will appeal the ruling,” said Haldor Meyer, the Norwegian shipping firm.';
    expect(quote(text, 'We will')).toMatchObject({ type: 'direct', speaker: 'Haldor Meyer', speaker_kind: 'organization', speaker_role: null, cue: 'said', outlet: null });
  });

  test('near miss: an adjective tagged as a preposition ("an outside advocacy group") keeps the body', () => {
    const text = 'Harbor Voters Fund, an outside advocacy group, said the adverts would run in June.';
    expect(quote(text, 'the adverts')).toMatchObject({
      type: 'indirect', text: 'the adverts would run in June', start: at(text, 'the adverts'), speaker: 'Harbor Voters Fund',
      speaker_start: 0, speaker_kind: 'organization', cue: 'said', outlet: null,
    });
  });
});
