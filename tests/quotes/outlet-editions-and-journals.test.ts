import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { quote } from '../helpers/quotes.js';

const outletNames = (text: string) => extractArticle(text, { id: 'h' }).entities.outlets.map((o) => o.name);

describe('a network\'s branded edition and a journal written in are the outlet', () => {
  test('"an interview with CNN Türk": the edition, not CNN', () => {
    const text = '"The bridge is safe," Deniz Kaya said in an interview with CNN Türk.';
    expect(quote(text, 'The bridge')).toMatchObject({ type: 'direct', text: 'The bridge is safe,', start: 1, speaker: 'Deniz Kaya', speaker_start: text.indexOf('Deniz'), cue: 'said', outlet: 'CNN Türk' });
    expect(outletNames(text)).toEqual(['CNN Türk']);
  });

  test('"told Fox Business": the business channel, not Fox', () => {
    const text = 'Deniz Kaya told Fox Business that the bridge was safe.';
    expect(quote(text, 'the bridge')).toMatchObject({ type: 'indirect', speaker: 'Deniz Kaya', cue: 'told', outlet: 'Fox Business' });
  });

  test('near miss: plain "CNN" stays CNN', () => {
    const text = 'Deniz Kaya told CNN that the bridge was safe.';
    expect(quote(text, 'the bridge')).toMatchObject({ speaker: 'Deniz Kaya', cue: 'told', outlet: 'CNN' });
  });

  test('"Writing in The Lancet, a panel argued that …": the journal is the outlet', () => {
    const text = 'Writing in The Lancet, a panel of nurses argued that the clinics needed more staff.';
    expect(quote(text, 'the clinics')).toMatchObject({ type: 'indirect', text: 'the clinics needed more staff', start: text.indexOf('the clinics'), speaker_mention: 'a panel of nurses', cue: 'argued', outlet: 'The Lancet' });
    expect(outletNames(text)).toEqual(['The Lancet']);
  });

  test('near miss: a journal a study was only published in gave no words and is no outlet', () => {
    const text = 'The trial results were published on Monday in The Lancet. "It works," said Dr. Ana Ruiz.';
    expect(quote(text, 'It works')).toMatchObject({ type: 'direct', speaker: 'Ana Ruiz', cue: 'said', outlet: null });
    expect(outletNames(text)).toEqual([]);
  });

  test('near miss: "Nature" as an ordinary word opening a sentence is no journal', () => {
    const text = 'Nature is resilient, the rangers said.';
    expect(quote(text, 'Nature')).toMatchObject({ speaker_mention: 'the rangers', cue: 'said', outlet: null });
    expect(outletNames(text)).toEqual([]);
  });
});
