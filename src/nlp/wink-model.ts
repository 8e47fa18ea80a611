import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type model from 'wink-eng-lite-web-model';

/**
 * wink-eng-lite-web-model as winkNLP takes it, its core model read with one JSON parse instead of three.
 *
 * The package's own core loader (dist/read-core-model.js) requires its 3 MB JSON when the package loads, then
 * copies it whole on every load (JSON.parse of JSON.stringify), so that two wink instances never share the
 * lexicon each learns unknown words into. That is ~100 ms of CPU on every worker thread's start-up (one
 * instance per thread, see winkInstance) for a copy of an object nothing else reads. Here the core model is
 * parsed from the file once per load, a fresh object each time, then unpacked exactly as the package does;
 * the other parts are the package's own loaders. tests/nlp/wink-model.test.ts checks the result against the
 * package's, so an upgrade that changes the unpacking fails there rather than changing tags silently.
 */
type WinkModel = typeof model;

const require = createRequire(import.meta.url);
const dist = 'wink-eng-lite-web-model/dist/';

let loaded: WinkModel | undefined;

export function winkModel(): WinkModel {
  loaded ??= {
    // (As the package's dist/model.js assembles it, less the core loader.)
    core: loadCoreModel,
    sbd: require(`${dist}load-sbd-model.js`),
    pos: require(`${dist}load-pos-model.js`),
    ner: require(`${dist}load-ner-model.js`),
    negation: require(`${dist}load-negation-model.js`),
    sa: require(`${dist}load-sa-model.js`),
    metaCER: require(`${dist}load-cer-meta-model.js`),
    featureFn: require(`${dist}feature.js`),
    addons: Object.assign(Object.create(null), {
      stem: require(`${dist}porter-stemmer.js`),
      lemmatize: require(`${dist}lemmatize.js`),
      readabilityStats: require(`${dist}readability-stats.js`),
      wordVectors: undefined,
    }),
  } as unknown as WinkModel;
  return loaded;
}

/**
 * The package's readModel then loadModel (dist/read-core-model.js, dist/load-core-model.js), on a fresh parse.
 * (`any`: the core model's JSON has no declared type.)
 */
export function loadCoreModel(): any {
  const model = JSON.parse(readFileSync(require.resolve(`${dist}languages/cur/models/eng-core-web-model.json`), 'utf8'));
  // readModel: the packed lexicon as words, each feature's list as a hash, the POS clusters as sets.
  const packing = model.packing;
  const featuresData = model.features;
  const pos = model.pos;
  model.lexicon = new Uint32Array(bufferFromBase64(model.lexicon));
  model.xpansions = new Uint32Array(bufferFromBase64(model.xpansions));
  for (const f in packing.layout) {
    if (packing.layout[f][3] !== 0) continue;
    featuresData[f].hash = Object.create(null);
    for (let k = 0; k < featuresData[f].list.length; k += 1) featuresData[f].hash[featuresData[f].list[k]] = k;
  }
  featuresData.lexeme.hash = Object.create(null);
  for (let k = 0; k < featuresData.lexeme.list.length; k += 1) featuresData.lexeme.hash[featuresData.lexeme.list[k]] = k;
  const clusters = featuresData.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set(clusters[k].split('_').map((e: string) => pos.hash[e] || 0));
  // loadModel: where each feature's learnt entries start.
  packing.efList = [];
  for (const f in packing.layout) {
    if (packing.layout[f][3] === 0) {
      featuresData[f].intrinsicSize = featuresData[f].list.length;
      featuresData[f].index = featuresData[f].list.length;
      featuresData[f].maxIndex = packing.layout[f][1] >>> packing.layout[f][2];
    }
    if (packing.layout[f][4] === 1) packing.efList.push(f);
  }
  featuresData.lexeme.intrinsicSize = featuresData.lexeme.list.length;
  featuresData.lexeme.index = featuresData.lexeme.list.length;
  return model;
}

/** The bytes of base64 `data`, in an ArrayBuffer of their own (a Uint32Array view needs one from offset 0). */
function bufferFromBase64(data: string): ArrayBuffer {
  const bytes = Buffer.from(data, 'base64');
  return new Uint8Array(bytes).buffer;
}
