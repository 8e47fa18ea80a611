import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe('a kind of body opening its clause with no article names the body after it', () => {
  test('"Rival carrier Skyhop said …": an organisation, no person', () => {
    const text = 'Rival carrier Skyhop said it would add flights on two routes.';
    expect(quote(text, 'it would add')).toMatchObject({ text: 'it would add flights on two routes', start: at(text, 'it would'), end: text.length - 1, type: 'indirect', speaker: 'Skyhop', speaker_kind: 'organization', cue: 'said', outlet: null });
    expect(people(text)).not.toContain('Skyhop');
  });

  test('"On Monday, budget airline Skyhop said …": after a comma, in small letters', () => {
    const text = 'On Monday, budget airline Skyhop said it would add flights on two routes.';
    expect(quote(text, 'it would add')).toMatchObject({ speaker: 'Skyhop', speaker_kind: 'organization', cue: 'said' });
  });

  test('near miss: a person\'s role before the surname keeps the person ("Fellow member Okafor said")', () => {
    const text = 'Fellow member Okafor said the plan would fail.';
    expect(quote(text, 'the plan')).toMatchObject({ speaker: 'Okafor', speaker_kind: 'person', cue: 'said' });
  });
});

describe('a one-word name set off before a body that is no person\'s job ("the water authority", "the utility")', () => {
  test('"Havenraad, the Belgian port authority, said …": an organisation', () => {
    const text = 'Havenraad, the Belgian port authority, said one lock stayed shut.';
    expect(quote(text, 'one lock')).toMatchObject({ text: 'one lock stayed shut', start: at(text, 'one lock'), type: 'indirect', speaker: 'Havenraad', speaker_kind: 'organization', cue: 'said', outlet: null });
  });

  test('near miss: "Okafor, the spokeswoman, said" and "Okafor, the authority on Roman coins, said" stay a person', () => {
    expect(quote('Okafor, the spokeswoman, said the plan would fail.', 'the plan')).toMatchObject({ speaker: 'Okafor', speaker_kind: 'person', speaker_role: 'spokeswoman' });
    expect(quote('Okafor, the authority on Roman coins, said the hoard was genuine.', 'the hoard')).toMatchObject({ speaker: 'Okafor', speaker_kind: 'person' });
  });
});
