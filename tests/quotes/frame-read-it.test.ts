import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"read it" is reading a text, no cue (cues.json not_cues_when_followed_by)', () => {
  test('"… and said the jurors had read it twice ‘…’": the words are the outer speaker\'s', () => {
    const text = 'Ruiz praised the memoir and said the jurors had read it twice ‘just to be certain’.';
    expect(quote(text, 'just to be')).toMatchObject({ text: 'just to be certain', type: 'partial', start: at(text, 'just to be'), speaker_mention: 'Ruiz', cue: 'said', outlet: null });
  });

  test('"read a statement: “…”" still gives its words (negative case)', () => {
    const text = 'Ruiz read a short statement: “We will not appeal.”';
    expect(quote(text, 'We will')).toMatchObject({ type: 'direct', speaker: 'Ruiz', cue: 'read' });
  });
});

describe('"read for a part", "read about", "read law", "read the script" are reading or auditioning, no cue', () => {
  test('"He said Lina had read for the role three times and had “…”": the outer speaker\'s words, cue said', () => {
    const text = 'Marco Delu stood by the choice. He said Lina had read for the role three times and had “won it fair and square.”';
    expect(quote(text, 'won it')).toMatchObject({ text: 'won it fair and square.', type: 'partial', start: at(text, 'won it'), speaker: 'Marco Delu', speaker_mention: 'He', cue: 'said', outlet: null });
  });

  test('"read about", "read law", "read the script" before the quotation leave the outer cue', () => {
    const about = 'Marco Delu said Lina had read about the singer for years and was “ready from day one.”';
    expect(quote(about, 'ready from')).toMatchObject({ type: 'partial', speaker: 'Marco Delu', cue: 'said' });
    const law = 'Marco Delu said Lina had read law in Leeds before she was “lured to the stage.”';
    expect(quote(law, 'lured to')).toMatchObject({ type: 'partial', speaker: 'Marco Delu', cue: 'said' });
    const script = 'Marco Delu said Lina had read the script once and had been “in tears by page ten.”';
    expect(quote(script, 'in tears')).toMatchObject({ type: 'partial', speaker: 'Marco Delu', cue: 'said' });
  });

  test('"read a statement saying …" still give the words read (negative case)', () => {
    const statement = 'Mayor Ana Ruiz read a statement saying the city was “deeply sorry.”';
    expect(quote(statement, 'deeply sorry')).toMatchObject({ type: 'partial', speaker: 'Ana Ruiz', cue: 'read' });
  });
});
