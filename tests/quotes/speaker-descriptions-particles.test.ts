import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a described subject named just before a pronoun quote is its antecedent', () => {
  test('"His rival NAME disagreed": the name after a possessive description', () => {
    const text = 'Lars Petersen said: “The bridge will hold.” His rival Oskar Vantaggio disagreed. “It will not,” he said.';
    expect(quote(text, 'It will not')).toMatchObject({
      type: 'direct', text: 'It will not,', start: at(text, 'It will not'), speaker: 'Oskar Vantaggio', speaker_mention: 'he', speaker_start: at(text, 'he said'), cue: 'said', cue_start: at(text, 'said.'),
    });
  });

  test('"Her coach NAME laughed": a longer description and "she"', () => {
    const text = 'Mia Lund said: “We trained hard.” Her longtime coach Ilse Brandvik laughed. “We barely trained,” she said.';
    expect(quote(text, 'We barely')).toMatchObject({ speaker: 'Ilse Brandvik', speaker_mention: 'she', speaker_start: at(text, 'she said'), cue: 'said' });
  });

  test('"NAME, his rival, laughed": the description in apposition', () => {
    const text = 'Lars Petersen said: “The bridge will hold.” Oskar Vantaggio, his rival, laughed. “It will not,” he said.';
    expect(quote(text, 'It will not')).toMatchObject({ speaker: 'Oskar Vantaggio', speaker_mention: 'he', speaker_start: at(text, 'he said'), cue: 'said' });
  });

  test('without a following pronoun the name is no one new: the earlier speaker keeps his quote', () => {
    const text = 'Lars Petersen said: “The bridge will hold.” His rival Oskar Vantaggio disagreed.';
    expect(quote(text, 'The bridge')).toMatchObject({ speaker: 'Lars Petersen', speaker_mention: 'Lars Petersen' });
  });
});

describe('a trailing description with a restrictive "that" clause speaks', () => {
  test('", the company that operates it said." after a report', () => {
    const text = 'A ferry lost power near the harbour mouth on Monday, leaving 200 passengers adrift, the company that operates it said.';
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({
      type: 'indirect', text: 'A ferry lost power near the harbour mouth on Monday, leaving 200 passengers adrift', start: 0,
      speaker_mention: 'the company that operates it', speaker_start: at(text, 'the company'), speaker_end: at(text, ' said.'), speaker_kind: 'organization', cue: 'said', cue_start: at(text, 'said.'),
    });
  });

  test('", the agency that runs the reservoir said."', () => {
    const text = 'Water levels fell by a third over the summer, the agency that runs the reservoir said.';
    expect(quote(text, 'Water levels')).toMatchObject({
      type: 'indirect', text: 'Water levels fell by a third over the summer', speaker_mention: 'the agency that runs the reservoir', speaker_start: at(text, 'the agency'), speaker_kind: 'organization', cue: 'said', cue_start: at(text, 'said.'),
    });
  });

  test('after a direct quotation: "“…,” the firm that built the tunnel said."', () => {
    const text = '“We never expected the flooding,” the firm that built the tunnel said.';
    expect(quote(text, 'We never')).toMatchObject({
      type: 'direct', speaker_mention: 'the firm that built the tunnel', speaker_start: at(text, 'the firm'), speaker_kind: 'organization', cue: 'said', cue_start: at(text, 'said.'),
    });
  });

  test('a plain trailing description keeps its phrase', () => {
    const text = 'The roof will be fixed by June, the builder said.';
    expect(quote(text, 'The roof')).toMatchObject({ speaker_mention: 'the builder', cue: 'said' });
  });
});

describe('a surname particle in small letters opening the mention stays in it', () => {
  test('"von Harlinghausen told reporters"', () => {
    const text = 'Konrad von Harlinghausen manages the mill. “We will not close,” von Harlinghausen told reporters.';
    expect(quote(text, 'We will not')).toMatchObject({
      speaker: 'Konrad von Harlinghausen', speaker_mention: 'von Harlinghausen', speaker_start: at(text, 'von Harlinghausen told'), speaker_end: at(text, ' told'), cue: 'told', cue_start: at(text, 'told'),
    });
  });

  test('"van Wouw said" and an inverted "said zu Steinach"', () => {
    const a = 'Pieter van Wouw manages the mill. “We will not close,” van Wouw said.';
    expect(quote(a, 'We will not')).toMatchObject({ speaker: 'Pieter van Wouw', speaker_mention: 'van Wouw', speaker_start: at(a, 'van Wouw said') });
    const b = 'Greta zu Steinach manages the mill. “We will not close,” said zu Steinach.';
    expect(quote(b, 'We will not')).toMatchObject({ speaker: 'Greta zu Steinach', speaker_mention: 'zu Steinach', speaker_start: at(b, 'zu Steinach.') });
  });

  test('two particles: "de la Fuente said" is the person named in full', () => {
    const text = 'Marta de la Fuente manages the mill. “We will not close,” de la Fuente said.';
    expect(quote(text, 'We will not')).toMatchObject({ speaker: 'Marta de la Fuente', speaker_mention: 'de la Fuente', speaker_start: at(text, 'de la Fuente said'), speaker_kind: 'person' });
  });

  test('a particle glued by a hyphen: "al-Masri said"', () => {
    const text = '“We will not close,” al-Masri said.';
    expect(quote(text, 'We will not')).toMatchObject({ speaker_mention: 'al-Masri', speaker_start: at(text, 'al-Masri'), speaker_kind: 'person', cue: 'said' });
  });
});
