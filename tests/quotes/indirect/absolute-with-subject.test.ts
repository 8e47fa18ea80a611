import { describe, expect, test } from 'vitest';
import { at, quote } from '../../helpers/quotes.js';

// "…, with fans flooding social media to complain that …": the noun of the "with" phrase does the act whose
// purpose the infinitive cue states, so it is the speaker, not the clause's subject.
describe('the noun of a "with" phrase speaks its infinitive cue', () => {
  test('"with fans flooding social media to complain that …"', () => {
    const text = 'The series finale aired on Sunday, with fans flooding social media to complain that the ending was rushed.';
    expect(quote(text, 'the ending')).toMatchObject({
      text: 'the ending was rushed', type: 'indirect', start: at(text, 'the ending'), end: text.length - 1,
      speaker: null, speaker_mention: 'fans', speaker_start: at(text, 'fans'), cue: 'complain', outlet: null,
    });
  });

  test('"with many viewers taking to social media to demand that …"', () => {
    const text = 'The quiz show returned on Friday, with many viewers taking to social media to demand that the old host come back.';
    expect(quote(text, 'the old host')).toMatchObject({
      text: 'the old host come back', type: 'indirect', speaker_mention: 'many viewers', speaker_start: at(text, 'many viewers'), cue: 'demand',
    });
  });

  test('near miss: a "with" phrase whose noun is a thing keeps the clause subject', () => {
    const text = 'Mayor Ilse Brandt spoke for an hour, with slides flashing on the screen to argue that the levy worked.';
    expect(quote(text, 'the levy')).toMatchObject({
      text: 'the levy worked', type: 'indirect', speaker: 'Ilse Brandt', speaker_start: at(text, 'Ilse Brandt'), cue: 'argue',
    });
  });
});
