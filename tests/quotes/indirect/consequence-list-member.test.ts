import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

// A consequence participle (", ending …", ", prompting …") that is one member of a list of -ing phrases, or is
// followed by ", and …", belongs to the speaker's content; only a phrase that ends the sentence alone is cut.
describe('a consequence participle inside the speaker’s list stays in the content', () => {
  test('", ending …" among sibling -ing phrases before and after', () => {
    const text = 'Okafor said the bakery chain was raising prices, trimming hours, ending its delivery service and renting out its depot.';
    expect(quote(text, 'the bakery chain')).toMatchObject({
      text: 'the bakery chain was raising prices, trimming hours, ending its delivery service and renting out its depot', type: 'indirect',
      start: at(text, 'the bakery'), end: at(text, '.'), speaker: 'Okafor', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('", prompting …" followed by ", and that …"', () => {
    const text = 'Okafor said tenants were angry, prompting the landlord to respond, and that talks would resume.';
    expect(quote(text, 'tenants were')).toMatchObject({
      text: 'tenants were angry, prompting the landlord to respond', type: 'indirect',
      start: at(text, 'tenants'), end: at(text, ', and that'), speaker: 'Okafor', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    expect(quote(text, 'talks')).toMatchObject({ text: 'talks would resume', end: at(text, '.'), speaker: 'Okafor', cue: 'said' });
  });

  test('", marking …" followed by ", and VERB-ing …"', () => {
    const text = 'Okafor said the players were celebrating the title, marking the end of a drought, and looking ahead.';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker, q.cue])).toEqual([
      ['the players were celebrating the title, marking the end of a drought, and looking ahead', 'indirect', 'Okafor', 'said'],
    ]);
  });

  test('near miss: a lone consequence phrase ending the sentence is still cut', () => {
    const text = 'The foundry said it would close in April, ending a century of ironwork in the valley.';
    expect(quote(text, 'it would close')).toMatchObject({
      text: 'it would close in April', type: 'indirect', start: at(text, 'it would'), end: at(text, ', ending'), cue: 'said', outlet: null,
    });
  });
});
