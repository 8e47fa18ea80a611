import { describe, expect, it } from 'vitest';
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
});
