import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import { createRequire } from 'node:module';
import packageModel from 'wink-eng-lite-web-model';
import { loadCoreModel, winkModel } from '../../src/nlp/wink-model.js';

const require = createRequire(import.meta.url);

describe('winkModel', () => {
  it('reads the core model exactly as the package does', () => {
    const ours = loadCoreModel();
    const theirs = require('wink-eng-lite-web-model/dist/load-core-model.js')();
    expect(ours).toStrictEqual(theirs);
  });

  it('gives a fresh core model on each load (an instance learns words into its own)', () => {
    const a = loadCoreModel();
    const b = loadCoreModel();
    expect(a).not.toBe(b);
    expect(a.features.lexeme.list).not.toBe(b.features.lexeme.list);
  });

  it('holds every other part of the package model, the same loaders', () => {
    const ours = winkModel() as unknown as Record<string, unknown>;
    const theirs = packageModel as unknown as Record<string, unknown>;
    expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
    for (const key of Object.keys(theirs)) if (key !== 'core' && key !== 'addons') expect(ours[key]).toBe(theirs[key]);
    expect(ours.addons).toEqual(theirs.addons);
  });

  it('leaves the parts a pipe without NER, negation and sentiment never runs empty, and reads every document the same', () => {
    const pipe = ['sbd', 'pos'];
    const lean = winkModel(pipe) as unknown as Record<string, () => { machines: string[] }>;
    expect(lean.ner!().machines).toEqual([]);
    expect(lean.negation!().machines).toHaveLength(1);
    expect(lean.sa!().machines).toHaveLength(1);
    expect(winkModel(pipe)).toBe(lean);
    const full = winkNLP(winkModel(), pipe);
    const ours = winkNLP(lean as never, pipe);
    const text = 'Mr. Clinton’s aides said on Tuesday that they were not happy. "It is a disgrace," said Sen. Warren, D-Mass. The U.S. economy grew 3.2% in Q3; jobs didn\'t.';
    for (const nlp of [full, ours]) nlp.readDoc('qqzxqjv');
    const read = (nlp: typeof full) => {
      const doc = nlp.readDoc(text);
      const its = nlp.its;
      const tokens = doc.tokens();
      return [tokens.out(its.value), tokens.out(its.pos), tokens.out(its.lemma as typeof its.value), tokens.out(its.normal), tokens.out(its.type), tokens.out(its.uniqueId), doc.sentences().out(its.span)];
    };
    expect(read(ours)).toEqual(read(full));
  });
});
