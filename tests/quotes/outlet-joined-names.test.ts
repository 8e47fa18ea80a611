import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('known outlet names holding a possessive, a slash or a web domain', () => {
  test('"told Lloyd\'s List", "told Página/12", "told Actualite.cd" give the whole name', () => {
    const a = '“The canal is calm,” Ole Berg told Lloyd\'s List on Tuesday.';
    expect(quote(a, 'The canal')).toMatchObject({ text: 'The canal is calm,', speaker: 'Ole Berg', cue: 'told', cue_start: at(a, 'told'), outlet: "Lloyd's List" });
    const b = '“Bread will cost more,” Rosa Vidal told Página/12 on Sunday.';
    expect(quote(b, 'Bread')).toMatchObject({ text: 'Bread will cost more,', speaker: 'Rosa Vidal', cue: 'told', outlet: 'Página/12' });
    const c = '“The bridge is open,” Paul Kasa told Actualite.cd.';
    expect(quote(c, 'The bridge')).toMatchObject({ text: 'The bridge is open,', speaker: 'Paul Kasa', cue: 'told', outlet: 'Actualite.cd' });
  });

  test('trade titles known to data: "according to Lloyd\'s List", "told TradeWinds"', () => {
    const a = 'The tanker was held at anchor, according to Lloyd\'s List. “Freight rates will fall,” Jan Holm told TradeWinds.';
    expect(quote(a, 'The tanker')).toMatchObject({ text: 'The tanker was held at anchor', speaker: "Lloyd's List", cue: 'according to' });
    expect(quote(a, 'Freight')).toMatchObject({ text: 'Freight rates will fall,', speaker: 'Jan Holm', cue: 'told', outlet: 'TradeWinds' });
  });
});
