import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a body written in small letters with its field ("the chamber of commerce") is an organisation', () => {
  test('the phrase speaks as a body, and "It" in the next sentence is that body', () => {
    const text = "The town's chamber of commerce said in a statement that parking fees would drive shoppers away. It called for a free hour instead.";
    expect(quote(text, 'parking fees')).toMatchObject({
      type: 'indirect', text: 'parking fees would drive shoppers away', start: at(text, 'parking fees'), speaker: "The town's chamber of commerce",
      speaker_kind: 'organization', speaker_start: 0, cue: 'said', outlet: null,
    });
    expect(quote(text, 'a free hour')).toMatchObject({
      type: 'indirect', text: 'a free hour instead', speaker: "The town's chamber of commerce", speaker_kind: 'organization',
      speaker_mention: 'It', speaker_start: at(text, 'It called'), cue: 'called for', outlet: null,
    });
  });

  test('near miss: friends of someone are people, not a body', () => {
    const text = 'Friends of the family said the couple had planned to move.';
    expect(quote(text, 'the couple')).toMatchObject({ type: 'indirect', speaker_kind: 'anonymous', cue: 'said' });
  });

  test('near miss: a survey of people is no body', () => {
    const text = 'A survey of shop owners found that most feared the ban.';
    expect(quotesOf(text).every((q) => q.speaker_kind !== 'organization')).toBe(true);
  });
});

describe('a capitalised body\'s head and its field after "for"/"of" stay one name when the subject is read again', () => {
  test('"The Bureau for Tenants said A, but added that B": B\'s speaker is the whole name, not "The Bureau"', () => {
    const text = 'The Bureau for Tenants said it expected more cases, but added that it had received no complaint.';
    const name = 'Bureau for Tenants';
    expect(quote(text, 'it had received')).toMatchObject({
      type: 'indirect', text: 'it had received no complaint', start: at(text, 'it had received'), speaker: name, speaker_mention: name,
      speaker_start: at(text, name), speaker_end: at(text, name) + name.length, speaker_kind: 'organization', cue: 'added', outlet: null,
    });
  });

  test('"It added that …" in the next sentence is the whole name too', () => {
    const text = 'The Council of Rural Schools said it expected more cases. It added that it had received no complaint.';
    expect(quote(text, 'it had received')).toMatchObject({ speaker: 'Council of Rural Schools', speaker_mention: 'It', speaker_kind: 'organization', cue: 'added' });
  });

  test('near miss: a person "of" an outlet keeps the name alone ("Tom Reed of the Ledger …, but added")', () => {
    const text = 'Tom Reed of the Lakeview Ledger said the figures were wrong, but added that he had not seen them.';
    expect(quote(text, 'he had not')).toMatchObject({ speaker: 'Tom Reed', speaker_kind: 'person', cue: 'added' });
  });
});
