import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 'h' }).entities.people.map((p) => p.name);

describe('entities: a headline verb opening a clause is no name', () => {
  test('a run opening with a headline verb after a title-like word names no one ("Pop Star Quits Ex-Manager")', () => {
    const text = 'Pop Star Quits Ex-Manager\'s Label Over Royalties, Claims Fraud\n\nNASHVILLE — The singer Odile Ferrand left the label on Friday. "It was time," Ferrand said.\n';
    expect(people(text)).toEqual(['Odile Ferrand']);
  });

  test('a given-name-like word followed by a headline verb names no one ("Madrid and Austin Clash")', () => {
    const text = 'Madrid and Austin Clash Over Tariff Plan as Talks Stall\n\nMADRID — The trade minister Lucía Serrano said on Monday the talks would resume.\n';
    expect(people(text)).toEqual(['Lucía Serrano']);
  });

  test('a headline name whose last word recurs in the body stays a person', () => {
    const text = 'Dana Sues Over Contract\n\nThe singer Rhea Sues filed the claim on Monday. Sues said she was owed money.\n';
    expect(people(text)).toContain('Rhea Sues');
  });
});
