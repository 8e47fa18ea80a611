import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('Portuguese and Spanish sports papers as outlets', () => {
  test('"A Bola" after "told" is the outlet', () => {
    const text = 'Defender Nuno Vaz told A Bola that he would sign a new deal.';
    expect(quote(text, 'he would')).toMatchObject({
      text: 'he would sign a new deal', start: at(text, 'he would'), type: 'indirect',
      speaker: 'Nuno Vaz', speaker_mention: 'Nuno Vaz', speaker_start: at(text, 'Nuno Vaz'), cue: 'told', cue_start: at(text, 'told'), outlet: 'A Bola',
    });
  });

  test('"O Jogo" after "told" is the outlet', () => {
    const text = 'Winger Rui Lopes told O Jogo that the dressing room was calm.';
    expect(quote(text, 'the dressing')).toMatchObject({ speaker: 'Rui Lopes', cue: 'told', outlet: 'O Jogo' });
  });

  test('"AS" after "told" is the Spanish daily', () => {
    const text = '“We never doubted him,” the coach Mateo Gil told AS.';
    expect(quote(text, 'We never')).toMatchObject({
      text: 'We never doubted him,', type: 'direct', speaker: 'Mateo Gil', cue: 'told', cue_start: at(text, 'told'), outlet: 'AS',
    });
  });
});
