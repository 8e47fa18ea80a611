import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// "told De Vries": "De" opens Dutch papers' names but many surnames too; an unknown "De" + word is the person
// told (data/outlets.json surnameParticleArticles). Known papers stay outlets.
describe('"told De NAME": a surname with its particle is a hearer, not an outlet', () => {
  test('"The manager told De Vrieze that …" gives no outlet', () => {
    const text = 'The manager told De Vrieze that he would be rested on Saturday.';
    expect(quote(text, 'he would')).toMatchObject({ text: 'he would be rested on Saturday', start: at(text, 'he would'), end: at(text, '.'), type: 'indirect', speaker_mention: 'The manager', cue: 'told', outlet: null });
  });

  test('near miss: a known paper opened by the same article stays the outlet', () => {
    const text = 'The manager told De Telegraaf that he would be rested on Saturday.';
    expect(quote(text, 'he would')).toMatchObject({ text: 'he would be rested on Saturday', speaker_mention: 'The manager', cue: 'told', outlet: 'De Telegraaf' });
    const listed = 'The manager told De Morgen that he would be rested on Saturday.';
    expect(quote(listed, 'he would')).toMatchObject({ cue: 'told', outlet: 'De Morgen' });
  });

  test('near miss: other articles still name an unknown paper by form ("told Le Quotidien Nord" aside, "El Centinela")', () => {
    const text = 'The manager told El Centinela that he would be rested on Saturday.';
    expect(quote(text, 'he would')).toMatchObject({ cue: 'told', outlet: 'El Centinela' });
  });
});
