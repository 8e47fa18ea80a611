import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a critic placed at an outlet by "of", a relative clause or "the paper\'s"', () => {
  test('"X, the theatre critic of OUTLET, wrote that …"', () => {
    const text = 'The revival opened on Thursday.\n\nPaula Renshaw, the theatre critic of The Guardian, wrote the next morning that the second act had collapsed.';
    expect(quote(text, 'the second act')).toMatchObject({
      text: 'the second act had collapsed', start: at(text, 'the second act'), type: 'indirect',
      speaker: 'Paula Renshaw', speaker_start: at(text, 'Paula Renshaw'), cue: 'wrote', outlet: 'The Guardian',
    });
  });

  test('"The critic X, who has reviewed the band for OUTLET since 2012, wrote …" and "“…,” X wrote." in the next paragraph', () => {
    const text = 'The band played two nights.\n\nThe critic Martin Osei, who has reviewed the band for the Star Tribune since 2012, wrote in a column that the sound had been muddy.\n\n“The drums drowned everything,” Osei wrote.';
    expect(quote(text, 'the sound had')).toMatchObject({ type: 'indirect', speaker: 'Martin Osei', cue: 'wrote', outlet: 'Star Tribune' });
    expect(quote(text, 'The drums drowned')).toMatchObject({
      text: 'The drums drowned everything,', start: at(text, 'The drums'), type: 'direct',
      speaker: 'Martin Osei', speaker_mention: 'Osei', speaker_start: at(text, 'Osei wrote'), cue: 'wrote', outlet: 'Star Tribune',
    });
  });

  test('near miss: "X, who has written for OUTLET, said …" — words said, not written, name no outlet', () => {
    const text = 'The band played two nights.\n\nMartin Osei, who has written for the Star Tribune, said the sound had been muddy.';
    expect(quote(text, 'the sound had')).toMatchObject({ type: 'indirect', speaker: 'Martin Osei', cue: 'said', outlet: null });
  });

  test('"Le Monde covered the gala. The paper\'s critic, X, wrote that …": the paper named before', () => {
    const text = 'Le Monde covered the gala. The paper\'s critic, Hélène Vasseur, wrote that the speeches ran too long.';
    expect(quote(text, 'the speeches')).toMatchObject({
      text: 'the speeches ran too long', start: at(text, 'the speeches'), type: 'indirect',
      speaker: 'Hélène Vasseur', speaker_start: at(text, 'Hélène'), cue: 'wrote', outlet: 'Le Monde',
    });
  });

  test('near miss: "The paper\'s critic, X, wrote …" with no outlet named before', () => {
    const text = 'The gala ran late. The paper\'s critic, Hélène Vasseur, wrote that the speeches ran too long.';
    expect(quote(text, 'the speeches')).toMatchObject({ speaker: 'Hélène Vasseur', cue: 'wrote', outlet: null });
  });
});

describe('a critic placed by a fronted piece keeps that placing', () => {
  test('near miss: "Writing in Le Monde, the paper\'s critic, X, called …" stays Le Monde\'s', () => {
    const text = 'The film returned to cinemas.\n\nWriting in Le Monde, the paper\'s critic, Hélène Vasseur, called it “a slow and patient wonder”.';
    expect(quote(text, 'a slow and')).toMatchObject({
      text: 'a slow and patient wonder', start: at(text, 'a slow and'), type: 'partial',
      speaker: 'Hélène Vasseur', cue: 'called', outlet: 'Le Monde',
    });
  });
});
