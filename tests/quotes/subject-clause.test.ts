import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/nlp/analyze.js';
import { mainVerbAfterClause } from '../../src/quotes/subject-clause.js';

/** The word mainVerbAfterClause finds after "that" in the sentence, or null. */
function verbAfterThat(text: string): string | null {
  const { tokens } = analyzeArticle({ id: 't', path: 't', text });
  const that = tokens.findIndex((t) => t.normal === 'that');
  const k = mainVerbAfterClause(tokens, that + 1, tokens.length - 1);
  return k < 0 ? null : tokens[k]!.text;
}

describe('mainVerbAfterClause', () => {
  test('the verb after the clause a report noun heads: "drew", "has"', () => {
    expect(verbAfterThat("Okafor's assertion that the vote was rigged drew anger from her rivals.")).toBe('drew');
    expect(verbAfterThat('Her claim that the count was wrong has been disputed.')).toBe('has');
  });

  test('clauses inside the clause take their own verbs: a relative, a clause after a verb of knowing, an infinitive', () => {
    expect(verbAfterThat('Her claim that the ferry which sank was safe angered the crews.')).toBe('angered');
    expect(verbAfterThat('Her claim that officials knew the pier was unsafe is new.')).toBe('is');
    expect(verbAfterThat('Her claim that the goal was to make Halvik mayor is new.')).toBe('is');
  });

  test('none when the clause runs to the end: "Her claim was that the count was wrong."', () => {
    expect(verbAfterThat('Her claim was that the count was wrong.')).toBeNull();
    expect(verbAfterThat('The mayor dismissed her claim that the count was wrong and the vote was rigged.')).toBeNull();
  });
});

describe('mainVerbAfterClause leaves what it cannot count', () => {
  test('a comma in the clause, a participle with its agent, a compound', () => {
    expect(verbAfterThat('His warning that as the tide rose, the pier would flood was ignored.')).toBeNull();
    expect(verbAfterThat('Her claim that the plan approved by the board was illegal drew fire.')).toBe('drew');
    expect(verbAfterThat('Her claim that the so-called levy was illegal drew fire.')).toBe('drew');
    // (A plural the tagger reads as a verb before the clause's verb: "ferry slips belong".)
    expect(verbAfterThat('Her view is that ferry slips belong to the public.')).toBeNull();
  });
});
