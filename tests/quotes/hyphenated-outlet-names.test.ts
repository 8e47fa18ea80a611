import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { quote } from '../helpers/quotes.js';

const outletNames = (text: string) => extractArticle(text, { id: 'h' }).entities.outlets.map((o) => o.name);

describe('a hyphen joined to a capitalised word goes on with an outlet\'s name', () => {
  test('"an interview with the Sun-Times": the paper written so, not The Sun', () => {
    const text = 'Maya Brandt said in an interview with the Sun-Times that the depot would close in spring.';
    const q = quote(text, 'the depot');
    expect(q).toMatchObject({ type: 'indirect', text: 'the depot would close in spring', start: text.indexOf('the depot'), speaker: 'Maya Brandt', speaker_start: 0, cue: 'said', outlet: 'Sun-Times' });
    expect(outletNames(text)).toEqual(['Sun-Times']);
  });

  test('an unknown hyphenated paper ending in a news word is an outlet whole ("the Ridge-Journal")', () => {
    const text = 'Maya Brandt told the Ridge-Journal that the depot would close in spring.';
    expect(quote(text, 'the depot')).toMatchObject({ type: 'indirect', speaker: 'Maya Brandt', cue: 'told', cue_start: text.indexOf('told'), outlet: 'Ridge-Journal' });
    expect(outletNames(text)).toEqual(['Ridge-Journal']);
  });

  test('"the Post-Gazette", "the Union-Tribune": short forms of the papers the data knows', () => {
    const text = 'Maya Brandt told the Post-Gazette that the depot would close in spring.';
    expect(quote(text, 'the depot')).toMatchObject({ speaker: 'Maya Brandt', cue: 'told', outlet: 'Post-Gazette' });
    const other = 'Maya Brandt told the Union-Tribune that the depot would close in spring.';
    expect(quote(other, 'the depot')).toMatchObject({ speaker: 'Maya Brandt', cue: 'told', outlet: 'Union-Tribune' });
  });

  test('near miss: "the Sun" alone stays The Sun', () => {
    const text = 'Maya Brandt told the Sun that the depot would close in spring.';
    expect(quote(text, 'the depot')).toMatchObject({ type: 'indirect', speaker: 'Maya Brandt', cue: 'told', outlet: 'Sun' });
  });
});

describe('a hyphen before an agency\'s capital letters goes on with its name', () => {
  test('"told Keystone-SDA": the Swiss agency is the outlet, whole', () => {
    const text = '“The bridge will reopen in May,” the mayor told Keystone-SDA.';
    expect(quote(text, 'The bridge')).toMatchObject({ type: 'direct', text: 'The bridge will reopen in May,', start: 1, speaker: null, speaker_mention: 'the mayor', speaker_kind: 'anonymous', cue: 'told', outlet: 'Keystone-SDA' });
    expect(outletNames(text)).toEqual(['Keystone-SDA']);
  });

  test('"Keystone-SDA reported …": the agency speaks as an outlet, no person', () => {
    const text = 'Keystone-SDA reported that the bridge would reopen in May.';
    expect(quote(text, 'the bridge')).toMatchObject({ type: 'indirect', speaker: 'Keystone-SDA', speaker_start: 0, speaker_kind: 'outlet', cue: 'reported', outlet: 'Keystone-SDA' });
    const entities = extractArticle(text, { id: 'h' }).entities;
    expect(entities.people).toEqual([]);
    expect(entities.outlets.map((o) => o.name)).toEqual(['Keystone-SDA']);
  });

  test('near miss: a hyphenated capital word after a person\'s name is no agency ("told Maya Brandt-Lee")', () => {
    const text = '“The bridge will reopen in May,” the mayor told Maya Brandt-Lee.';
    expect(quote(text, 'The bridge')).toMatchObject({ type: 'direct', speaker_mention: 'the mayor', outlet: null });
  });
});
