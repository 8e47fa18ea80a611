import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe("a person's thing as the previous sentence's subject makes the person the he/she after it", () => {
  test('"Name\'s account was brief. Pressed on …, he frowned. “…,” he said": the owner, not the latest speaker', () => {
    const text = 'Bartholomew Quayle appeared before the panel. Senator Ignatius Fenwick said the audit was thorough.\n\nQuayle\'s account was brief. Pressed on the missing funds, he frowned.\n\n"We made mistakes," he said.';
    expect(quote(text, 'We made')).toMatchObject({
      type: 'direct', text: 'We made mistakes,', start: at(text, 'We made'), speaker: 'Bartholomew Quayle', speaker_kind: 'person',
      speaker_mention: 'he', speaker_start: at(text, 'he said'), cue: 'said', outlet: null,
    });
  });

  test('an indirect report right after it', () => {
    const text = 'Bartholomew Quayle appeared before the panel. Senator Ignatius Fenwick said the audit was thorough.\n\nQuayle\'s voice was steady. He said the bank had repaid every loan.';
    expect(quote(text, 'the bank had')).toMatchObject({ type: 'indirect', speaker: 'Bartholomew Quayle', speaker_mention: 'He', cue: 'said' });
  });

  test('near miss: a person the name owns ("Quayle\'s lawyer") is not Quayle', () => {
    const text = 'Bartholomew Quayle appeared before the panel. Senator Ignatius Fenwick said the audit was thorough.\n\nQuayle\'s lawyer was calm. He said the bank had repaid every loan.';
    expect(quote(text, 'the bank had').speaker).not.toBe('Bartholomew Quayle');
  });
});
