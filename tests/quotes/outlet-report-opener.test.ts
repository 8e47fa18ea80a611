import { describe, expect, test } from 'vitest';
import { quotesOf } from '../helpers/quotes.js';

describe('"OUTLET said PERSON told …: “…”": the outlet opening the sentence carried the quotation', () => {
  test('a short form of an outlet named earlier is that outlet', () => {
    const text = 'The Financial Times reported the merger was off. The FT said banker Lia Moreno told staff: “We walk away today.”';
    const direct = quotesOf(text).find((q) => q.type === 'direct');
    expect(direct).toMatchObject({ text: 'We walk away today.', start: text.indexOf('We walk'), speaker: 'Lia Moreno', cue: 'told', cue_start: text.indexOf('told staff'), outlet: 'Financial Times' });
  });

  test('an outlet by its own name', () => {
    const text = 'The ferry was late again. Reuters said captain Ode Lund told passengers: “The engine failed.”';
    expect(quotesOf(text).find((q) => q.type === 'direct')).toMatchObject({ text: 'The engine failed.', speaker: 'Ode Lund', cue: 'told', outlet: 'Reuters' });
  });

  test('a lone word the article uses as a person\'s surname is that person, not the outlet it matches', () => {
    const text = 'Jim Fox praised the crew. Fox said coach Ana Ruiz told him: “We are ready.”';
    expect(quotesOf(text).find((q) => q.type === 'direct')).toMatchObject({ text: 'We are ready.', speaker: 'Ana Ruiz', cue: 'told', outlet: null });
  });

  test('a subject that is no outlet gives none', () => {
    const text = 'The ferry was late again. The harbour board said captain Ode Lund told passengers: “The engine failed.”';
    expect(quotesOf(text).find((q) => q.type === 'direct')).toMatchObject({ speaker: 'Ode Lund', outlet: null });
  });
});
