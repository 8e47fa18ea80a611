import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('", later said B": a second speech act joined to the first by a comma alone', () => {
  test('a denial with a plain object ends at the comma; the later report keeps the speaker', () => {
    const text = 'Pruitt denied the allegations at first, later said his remarks had been misread.';
    const later = quote(text, 'his remarks');
    expect(later).toMatchObject({ text: 'his remarks had been misread', type: 'indirect', speaker: 'Pruitt', cue: 'said' });
    expect(later.start).toBe(at(text, 'his remarks'));
    expect(later.end).toBe(at(text, '.'));
    const denial = quote(text, 'the allegations');
    expect(denial).toMatchObject({ text: 'the allegations at first', type: 'indirect', speaker: 'Pruitt', cue: 'denied' });
    expect(denial.end).toBe(at(text, ', later'));
    expect(quotesOf(text)).toHaveLength(2);
  });

  test('"denied the reports, then told reporters B" gives the denial its object only', () => {
    const text = 'Marta Hollis denied the reports, then told reporters she had never met the donor.';
    expect(quote(text, 'the reports')).toMatchObject({ text: 'the reports', speaker: 'Marta Hollis', cue: 'denied' });
    expect(quote(text, 'she had never met')).toMatchObject({ text: 'she had never met the donor', speaker: 'Marta Hollis', cue: 'told' });
  });

  test('a passive participle after the comma is no new act: "…, told by aides"', () => {
    const text = 'Marta Hollis said the vote was delayed, told by aides that the count was incomplete.';
    expect(quote(text, 'the vote')).toMatchObject({ speaker: 'Marta Hollis', cue: 'said' });
  });

  test('a reported clause with its own subject keeps ", then told …": the subject does both', () => {
    const text = 'Neighbours said the guard waved, then told the drivers to turn around.';
    const q = quote(text, 'the guard');
    expect(q).toMatchObject({ text: 'the guard waved, then told the drivers to turn around', cue: 'said', speaker_mention: 'Neighbours' });
    expect(q.start).toBe(at(text, 'the guard'));
    expect(q.end).toBe(at(text, '.'));
  });

  test('the cue verb repeated, ", then said B", ends the first report even after a clause', () => {
    const text = 'Odell said the bridge was closed, then said crews would reopen it by noon.';
    const first = quote(text, 'the bridge');
    expect(first).toMatchObject({ text: 'the bridge was closed', speaker: 'Odell', cue: 'said' });
    expect(first.end).toBe(at(text, ', then'));
    expect(quote(text, 'crews would')).toMatchObject({ text: 'crews would reopen it by noon', speaker: 'Odell', cue: 'said' });
  });
});
