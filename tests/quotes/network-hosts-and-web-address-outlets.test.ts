import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// "told NETWORK's Given Surname": the network's host, so the network is the outlet (a programme title stays the outlet).
describe('a host after a network\'s possessive leaves the network the outlet', () => {
  test.each([
    ['told CNN’s Farid Osman on Monday', 'CNN'],
    ['told MSNBC’s Fareed Lang', 'MSNBC'],
    ['told NBC’s Lester Cole', 'NBC'],
  ])('%s', (told, outlet) => {
    const text = `The governor ${told} that the bridge plan was “finished for good.”`;
    expect(quote(text, 'finished for good')).toMatchObject({
      type: 'partial', start: at(text, 'finished for good'), speaker_mention: 'The governor', cue: 'told', outlet,
    });
  });
});

// "eldiario.es reported": the dot of a web address is no sentence end, and the whole address is the speaker.
describe('a known outlet named by its web address speaks whole', () => {
  test('after a time opener: "Last month eldiario.es reported that …"', () => {
    const text = 'Last month eldiario.es reported that the port would close in June.';
    expect(quote(text, 'the port would close')).toMatchObject({
      type: 'indirect', start: at(text, 'the port'), speaker: 'eldiario.es', speaker_mention: 'eldiario.es', cue: 'reported', outlet: 'eldiario.es',
    });
  });

  test('opening the sentence, an alias of a known outlet: "Politico.eu said …"', () => {
    const text = 'Politico.eu said the summit had been moved to Vienna.';
    expect(quote(text, 'the summit had been moved')).toMatchObject({
      type: 'indirect', start: at(text, 'the summit'), speaker: 'Politico Europe', speaker_mention: 'Politico.eu', cue: 'said', outlet: 'Politico Europe',
    });
  });

  test('a second site in the next sentence: "Actualite.cd said …"', () => {
    const text = 'The vote was delayed. Actualite.cd said the ballots had not arrived.';
    expect(quote(text, 'the ballots')).toMatchObject({ type: 'indirect', speaker: 'Actualite.cd', speaker_mention: 'Actualite.cd', cue: 'said' });
  });
});
