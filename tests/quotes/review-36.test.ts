// Near misses of this session's rules, found by a review with sentences of its own (written for these tests).
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { quote, quotesOf } from '../helpers/quotes.js';

const entities = (text: string) => extractArticle(text, { id: 'r' }).entities;

describe('rules of this session that must not fire on their near misses', () => {
  test('"said something in the water had made …": an amount word with a verb after its phrase opens the clause said', () => {
    const text = 'Residents said something in the water had made their children sick.';
    expect(quote(text, 'something in the water')).toMatchObject({ text: 'something in the water had made their children sick', type: 'indirect' });
    expect(quotesOf('The coach said little as he left the ground.')).toEqual([]);
  });

  test('a second, different anonymous source in the same sentence keeps no outlet of the first', () => {
    const text = 'A source told People that the couple had split, while a source close to the actor said they were still together.';
    expect(quote(text, 'the couple had split')).toMatchObject({ outlet: 'People' });
    expect(quote(text, 'they were still together')).toMatchObject({ outlet: null });
  });

  test('"told Sydney radio station 2GB the party would regroup": the station is the outlet and no part of the content', () => {
    const text = 'Dutton told Sydney radio station 2GB the party would regroup.';
    expect(quote(text, 'the party would regroup')).toMatchObject({ text: 'the party would regroup', outlet: '2GB' });
  });

  test('"After the race row," is about a row: the interview goes on; "After the ballot," moves past it', () => {
    const row = 'Cole told ESPN the season had been hard. After the race row, he said he had considered quitting.';
    expect(quote(row, 'he had considered quitting')).toMatchObject({ outlet: 'ESPN' });
    const ballot = 'Cole told ESPN the season had been hard. After the ballot, he said he would stay.';
    expect(quote(ballot, 'he would stay')).toMatchObject({ outlet: null });
  });

  test('"Mr Baker said": a job word after an honorific is a surname', () => {
    expect(quote('The plan would "send a message", Mr Baker said.', 'send a message')).toMatchObject({ speaker: 'Baker', speaker_kind: 'person' });
  });
});

describe('entity rules of this session and their near misses', () => {
  test('"joins the cast next season as Detective Mara Quinn" is a part; "the party cast Maria Lopez as Speaker" is an office', () => {
    expect(entities('Ana Ruiz joins the cast next season as Detective Mara Quinn.').characters.map((c) => c.name)).toEqual(['Mara Quinn']);
    expect(entities('The party cast Maria Lopez as Speaker, the first woman in the role.').characters).toEqual([]);
  });

  test('"the owner of Metro Bank", "the editor of Fortune 500 filings", "Complex published rules" name no outlet', () => {
    expect(entities('The owner of Metro Bank said the branch would close. The editor of Fortune 500 filings said nothing. Complex published rules took effect on Monday, the regulator said.').outlets).toEqual([]);
  });
});
