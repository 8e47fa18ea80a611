import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"NAME, whose album “TITLE” …, posted on X: “…”": the colon introduction wins over a report after the quotation', () => {
  test('a quoted work name inside the relative clause does not hide the subject', () => {
    const text = 'The drummer Ana Pratt, whose album “Glass” was ignored, posted on X: “We were never welcome there. We will tour again anyway.” Variety reported that Pratt had missed the festival.';
    expect(quote(text, 'We were never')).toMatchObject({
      text: 'We were never welcome there. We will tour again anyway.', type: 'direct', start: at(text, 'We were never'),
      speaker: 'Ana Pratt', speaker_start: at(text, 'Ana Pratt'), cue: 'posted', cue_start: at(text, 'posted'),
    });
    expect(quote(text, 'Pratt had missed')).toMatchObject({ type: 'indirect', speaker: 'Variety', cue: 'reported' });
  });

  test('near miss: with no introduction the report after the quotation still frames its own clause only', () => {
    const text = 'The drummer Ana Pratt posted on X: “We were never welcome there.” Variety reported that Pratt had left.';
    expect(quote(text, 'We were never')).toMatchObject({ speaker: 'Ana Pratt', cue: 'posted' });
  });
});

describe('"The magazine described X as “…” and quoted the widow as saying: “…”"', () => {
  test('the relative noun is the person the article names, the outlet the coordinated quoter is', () => {
    const text = 'Elle said Ana Cole wore black at the service. According to Elle, Cole spoke briefly. The magazine described the evening as “gently sad” and quoted the widow as saying: “He would have hated the speeches.”';
    expect(quote(text, 'He would have')).toMatchObject({
      text: 'He would have hated the speeches.', type: 'direct', start: at(text, 'He would have'),
      speaker: 'Ana Cole', speaker_mention: 'the widow', speaker_start: at(text, 'the widow'), speaker_role: 'widow',
      cue: 'saying', cue_start: at(text, 'saying'), outlet: 'Elle',
    });
  });

  test('a widow is the woman named most in reach, not the spokeswoman who spoke last', () => {
    const text = 'Ana Cole buried her husband on Saturday, her spokeswoman, Mia Brook, said. Cole wore black, according to Elle. The magazine quoted the widow as saying: “He would have hated the speeches.”';
    expect(quote(text, 'He would have')).toMatchObject({
      speaker: 'Ana Cole', speaker_mention: 'the widow', speaker_start: at(text, 'the widow'), cue: 'saying', outlet: 'Elle',
    });
  });
});

describe('"A spokesperson for X said the company had recalled two batches and was “…”"', () => {
  test('recalling goods is no speech: the words quoted in the report are the spokesperson\'s', () => {
    const text = 'A spokesperson for Delta Mills said the company had recalled two batches and was “working closely with regulators.”';
    expect(quote(text, 'working closely')).toMatchObject({
      text: 'working closely with regulators.', type: 'partial', start: at(text, 'working closely'),
      speaker_mention: 'A spokesperson for Delta Mills', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('near miss: recalling a remark is still speech', () => {
    const text = 'Ruiz recalled the two weeks as “the worst of my life.”';
    expect(quote(text, 'the worst')).toMatchObject({ speaker: 'Ruiz', cue: 'recalled', cue_start: at(text, 'recalled') });
  });
});
