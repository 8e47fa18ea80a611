import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// An infinitive cue's speaker is the subject of the verb it completes ("fans flooded social media to complain"),
// before the sentence's subject: in a second clause joined by "and" the two differ.
describe('an infinitive cue takes the subject of the verb it completes', () => {
  test('"…, and fans flooded social media to complain that …"', () => {
    const text = 'The sitcom ended its run last week, and fans flooded social media to complain that the finale was rushed.';
    expect(quote(text, 'the finale')).toMatchObject({
      text: 'the finale was rushed', type: 'indirect', start: at(text, 'the finale'), end: text.length - 1,
      speaker: null, speaker_mention: 'fans', speaker_start: at(text, 'fans'), cue: 'complain', outlet: null,
    });
  });

  test('"…, and the tenants used the hearing to demand that …"', () => {
    const text = 'The council met on Monday, and the tenants used the hearing to demand that rents be frozen.';
    expect(quote(text, 'rents be')).toMatchObject({ text: 'rents be frozen', type: 'indirect', speaker_mention: 'the tenants', speaker_start: at(text, 'the tenants'), cue: 'demand' });
  });

  test('near miss: a document subject still speaks through "goes on to say"', () => {
    const text = 'The memo goes on to say that staff must return to the office.';
    expect(quote(text, 'staff must')).toMatchObject({ text: 'staff must return to the office', type: 'indirect', speaker_mention: 'The memo', cue: 'say' });
  });
});
