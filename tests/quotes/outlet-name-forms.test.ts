import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('outlet names read after "told"', () => {
  test('an esports site is an outlet: the partial inside "told OUTLET that …" and the speaker\'s next quote carry it (straight marks)', () => {
    const text = 'Captain Ivo Marsh told Dot Esports that his squad had been "two rounds short" of a trophy. "Nobody here panicked," Marsh said.';
    expect(quote(text, 'two rounds')).toMatchObject({
      text: 'two rounds short', start: at(text, 'two rounds'), end: at(text, 'two rounds') + 'two rounds short'.length, type: 'partial',
      speaker: 'Ivo Marsh', speaker_mention: 'Ivo Marsh', speaker_start: at(text, 'Ivo Marsh'), cue: 'told', cue_start: at(text, 'told'), outlet: 'Dot Esports',
    });
    expect(quote(text, 'Nobody here')).toMatchObject({
      text: 'Nobody here panicked,', start: at(text, 'Nobody here'), type: 'direct',
      speaker: 'Ivo Marsh', speaker_mention: 'Marsh', speaker_start: at(text, 'Marsh said'), cue: 'said', cue_start: at(text, 'said.'), outlet: 'Dot Esports',
    });
  });

  test('"Dexerto" is a known outlet', () => {
    const text = 'The analyst Rhea Stone told Dexerto that the patch had changed the whole season.';
    expect(quote(text, 'the patch')).toMatchObject({
      text: 'the patch had changed the whole season', start: at(text, 'the patch'), type: 'indirect',
      speaker: 'Rhea Stone', speaker_mention: 'Rhea Stone', cue: 'told', cue_start: at(text, 'told'), outlet: 'Dexerto',
    });
  });

  test('after a kind of outlet, a Romance paper\'s name goes on through "di" to the place it is of', () => {
    const text = 'The harbour master, Gianni Rota, told the regional newspaper La Voce di Bergamo that the ferry would run again on Monday.';
    expect(quote(text, 'the ferry')).toMatchObject({
      text: 'the ferry would run again on Monday', start: at(text, 'the ferry'), type: 'indirect',
      speaker: 'Gianni Rota', speaker_mention: 'Gianni Rota', speaker_start: at(text, 'Gianni Rota'), cue: 'told', cue_start: at(text, 'told'), outlet: 'La Voce di Bergamo',
    });
  });

  test('without a kind of outlet before it, a name stops before "de" as before', () => {
    const text = 'Paula Reis told Folha that the vote would go ahead. Reis said the plan de facto ended the strike.';
    expect(quote(text, 'the vote')).toMatchObject({ type: 'indirect', speaker: 'Paula Reis', cue: 'told', outlet: 'Folha' });
  });

  test('a known name opening with its own small-letter article: "el Nuevo Herald", "de Volkskrant"', () => {
    const text = 'The exile Marta Solis told el Nuevo Herald that she had not slept in three days.';
    expect(quote(text, 'she had not')).toMatchObject({
      text: 'she had not slept in three days', start: at(text, 'she had not'), type: 'indirect',
      speaker: 'Marta Solis', speaker_mention: 'Marta Solis', speaker_start: at(text, 'Marta Solis'), cue: 'told', cue_start: at(text, 'told'), outlet: 'el Nuevo Herald',
    });
    const dutch = 'The mayor, Rob Vos, told de Volkskrant that he would step down in May.';
    expect(quote(dutch, 'he would')).toMatchObject({ text: 'he would step down in May', type: 'indirect', speaker: 'Rob Vos', cue: 'told', outlet: 'de Volkskrant' });
  });
});
