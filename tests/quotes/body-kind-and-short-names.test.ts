import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"the airline" and a one-word short form stand for a body named before whose name says its kind', () => {
  const text = 'A power cut at Corvane Airlines delayed 40 flights on Sunday.\n\nThe airline said the backup system had failed.\n\n"We are sorry," Corvane said in a statement.';

  test('"The airline said" after "Corvane Airlines" named in a prepositional phrase', () => {
    expect(quote(text, 'the backup')).toMatchObject({
      type: 'indirect', text: 'the backup system had failed', start: at(text, 'the backup'),
      speaker: 'Corvane Airlines', speaker_kind: 'organization', speaker_mention: 'The airline', speaker_start: at(text, 'The airline'),
      cue: 'said', cue_start: at(text, 'said the'), outlet: null,
    });
  });

  test('"Corvane said": the first word of the body\'s name is the body', () => {
    expect(quote(text, 'We are sorry')).toMatchObject({
      type: 'direct', text: 'We are sorry,', start: at(text, 'We are'),
      speaker: 'Corvane Airlines', speaker_kind: 'organization', speaker_mention: 'Corvane', speaker_start: at(text, 'Corvane said'),
      cue: 'said', outlet: null,
    });
  });

  test('"the bank" after a bank named before', () => {
    const t = 'Customers of Halvern Bank could not log in on Monday.\n\nThe bank said the fault had been fixed.';
    expect(quote(t, 'the fault')).toMatchObject({ speaker: 'Halvern Bank', speaker_kind: 'organization', speaker_mention: 'The bank', cue: 'said' });
  });

  test('near miss: a bank is no airline, and a surname after a given name stays a person', () => {
    const t = 'Customers of Halvern Bank could not log in on Monday.\n\nThe airline said the fault had been fixed.';
    expect(quote(t, 'the fault').speaker).not.toBe('Halvern Bank');
    const p = 'Ana Corvane runs Corvane Airlines.\n\n"We are sorry," Corvane said.';
    expect(quote(p, 'We are sorry')).toMatchObject({ speaker: 'Ana Corvane', speaker_kind: 'person' });
  });
});
