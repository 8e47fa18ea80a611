// Builds the held-out quote gold sets from their articles and hand annotations:
//   set 1: eval/own-articles/quotes-*.txt + eval/own-quotes.annotations.json   -> eval/own_quotes.jsonl
//   set 2: eval/own-articles/held2-*.txt  + eval/own-quotes-2.annotations.json -> eval/own_quotes_2.jsonl
//   set 3: eval/own-articles/held3-*.txt  + eval/own-quotes-3.annotations.json -> eval/own_quotes_3.jsonl
//   set 4: eval/own-articles/held4-*.txt  + eval/own-quotes-4.annotations.json -> eval/own_quotes_4.jsonl
//   set 5: eval/own-articles/held5-*.txt  + eval/own-quotes-5.annotations.json -> eval/own_quotes_5.jsonl
//   set 6: eval/own-articles/held6-*.txt  + eval/own-quotes-6.annotations.json -> eval/own_quotes_6.jsonl
//   set 7: eval/own-articles/held7-*.txt  + eval/own-quotes-7.annotations.json -> eval/own_quotes_7.jsonl
//   set 8: eval/own-articles/held8-*.txt  + eval/own-quotes-8.annotations.json -> eval/own_quotes_8.jsonl
//   set 9: eval/own-articles/held9-*.txt  + eval/own-quotes-9.annotations.json -> eval/own_quotes_9.jsonl
//   set 10: eval/own-articles/held10-*.txt + eval/own-quotes-10.annotations.json -> eval/own_quotes_10.jsonl
//   set 11: eval/own-articles/held11-*.txt + eval/own-quotes-11.annotations.json -> eval/own_quotes_11.jsonl
//   set 12: eval/own-articles/held12-*.txt + eval/own-quotes-12.annotations.json -> eval/own_quotes_12.jsonl
//   set 13: eval/own-articles/held13-*.txt + eval/own-quotes-13.annotations.json -> eval/own_quotes_13.jsonl
//   set 14: eval/own-articles/held14-*.txt + eval/own-quotes-14.annotations.json -> eval/own_quotes_14.jsonl
//   set 15: eval/own-articles/held15-*.txt + eval/own-quotes-15.annotations.json -> eval/own_quotes_15.jsonl
//   set 16: eval/own-articles/held16-*.txt + eval/own-quotes-16.annotations.json -> eval/own_quotes_16.jsonl
//   set 17: eval/own-articles/held17-*.txt + eval/own-quotes-17.annotations.json -> eval/own_quotes_17.jsonl
//   set 18: eval/own-articles/held18-*.txt + eval/own-quotes-18.annotations.json -> eval/own_quotes_18.jsonl
//   set 19: eval/own-articles/held19-*.txt + eval/own-quotes-19.annotations.json -> eval/own_quotes_19.jsonl
//   set 20: eval/own-articles/held20-*.txt + eval/own-quotes-20.annotations.json -> eval/own_quotes_20.jsonl
//   set 21: eval/own-articles/held21-*.txt + eval/own-quotes-21.annotations.json -> eval/own_quotes_21.jsonl
//   set 22: eval/own-articles/held22-*.txt + eval/own-quotes-22.annotations.json -> eval/own_quotes_22.jsonl
//   set 23: eval/own-articles/held23-*.txt + eval/own-quotes-23.annotations.json -> eval/own_quotes_23.jsonl
//   set 24: eval/own-articles/held24-*.txt + eval/own-quotes-24.annotations.json -> eval/own_quotes_24.jsonl
//   set 25: eval/own-articles/held25-*.txt + eval/own-quotes-25.annotations.json -> eval/own_quotes_25.jsonl
//   set 26: eval/own-articles/held26-*.txt + eval/own-quotes-26.annotations.json -> eval/own_quotes_26.jsonl
//   set 27: eval/own-articles/held27-*.txt + eval/own-quotes-27.annotations.json -> eval/own_quotes_27.jsonl
//   set 28: eval/own-articles/held28-*.txt + eval/own-quotes-28.annotations.json -> eval/own_quotes_28.jsonl
//   set 29: eval/own-articles/held29-*.txt + eval/own-quotes-29.annotations.json -> eval/own_quotes_29.jsonl
//   set 30: eval/own-articles/held30-*.txt + eval/own-quotes-30.annotations.json -> eval/own_quotes_30.jsonl
//   set 31: eval/own-articles/held31-*.txt + eval/own-quotes-31.annotations.json -> eval/own_quotes_31.jsonl
//   set 32: eval/own-articles/held32-*.txt + eval/own-quotes-32.annotations.json -> eval/own_quotes_32.jsonl
//   set 33: eval/own-articles/held33-*.txt + eval/own-quotes-33.annotations.json -> eval/own_quotes_33.jsonl
//   set 34: eval/own-articles/held34-*.txt + eval/own-quotes-34.annotations.json -> eval/own_quotes_34.jsonl
//   set 35: eval/own-articles/held35-*.txt + eval/own-quotes-35.annotations.json -> eval/own_quotes_35.jsonl
//   set 36: eval/own-articles/held36-*.txt + eval/own-quotes-36.annotations.json -> eval/own_quotes_36.jsonl
//   set 37: eval/own-articles/held37-*.txt + eval/own-quotes-37.annotations.json -> eval/own_quotes_37.jsonl
//   set 38: eval/own-articles/held38-*.txt + eval/own-quotes-38.annotations.json -> eval/own_quotes_38.jsonl
//   set 39: eval/own-articles/held39-*.txt + eval/own-quotes-39.annotations.json -> eval/own_quotes_39.jsonl
//   set 40: eval/own-articles/held40-*.txt + eval/own-quotes-40.annotations.json -> eval/own_quotes_40.jsonl
//   set 41: eval/own-articles/held41-*.txt + eval/own-quotes-41.annotations.json -> eval/own_quotes_41.jsonl
//   set 42: eval/own-articles/held42-*.txt + eval/own-quotes-42.annotations.json -> eval/own_quotes_42.jsonl
//   set 43: eval/own-articles/held43-*.txt + eval/own-quotes-43.annotations.json -> eval/own_quotes_43.jsonl
//   set 44: eval/own-articles/held44-*.txt + eval/own-quotes-44.annotations.json -> eval/own_quotes_44.jsonl
//   set 45: eval/own-articles/held45-*.txt + eval/own-quotes-45.annotations.json -> eval/own_quotes_45.jsonl
//   set 46: eval/own-articles/held46-*.txt + eval/own-quotes-46.annotations.json -> eval/own_quotes_46.jsonl
// Every article matching a set's file pattern must be annotated, and every annotated file must match it.
//
// Annotations give every span as text, never as offsets:
//   quote:   `text` (exactly as in the article; direct/partial spans include their quotation marks,
//            double or, for British-style articles, single: ' or ‘),
//            plus `occurrence` (1-based) when that text occurs more than once.
//   speaker: `speaker_mention` (the attributing words). It is found, as a whole word, either
//            - inside `speaker_mention_in`, a longer stretch of the article that must occur once
//              (or `speaker_mention_in_occurrence`), taking the mention's first occurrence in it, or
//            - by `speaker_mention_occurrence` (1-based, over the whole article), or
//            - as the article's only whole-word occurrence of the mention.
// Anything missing or ambiguous stops the build with an error. Offsets written are Unicode code
// points (as in ../shared/eval), converted from JavaScript's UTF-16 indices.
//
// Usage: node scripts/build-own-quote-gold.mjs
import fs from 'node:fs';

const root = decodeURIComponent(new URL('..', import.meta.url).pathname).replace(/\/$/, '');
const artDir = `${root}/eval/own-articles`;
const SETS = [
  { annotations: 'eval/own-quotes.annotations.json', articles: /^quotes-.*\.txt$/, output: 'eval/own_quotes.jsonl', source: 'quotewire own held-out set' },
  { annotations: 'eval/own-quotes-2.annotations.json', articles: /^held2-.*\.txt$/, output: 'eval/own_quotes_2.jsonl', source: 'quotewire own held-out set 2' },
  { annotations: 'eval/own-quotes-3.annotations.json', articles: /^held3-.*\.txt$/, output: 'eval/own_quotes_3.jsonl', source: 'quotewire own held-out set 3' },
  { annotations: 'eval/own-quotes-4.annotations.json', articles: /^held4-.*\.txt$/, output: 'eval/own_quotes_4.jsonl', source: 'quotewire own held-out set 4' },
  { annotations: 'eval/own-quotes-5.annotations.json', articles: /^held5-.*\.txt$/, output: 'eval/own_quotes_5.jsonl', source: 'quotewire own held-out set 5' },
  { annotations: 'eval/own-quotes-6.annotations.json', articles: /^held6-.*\.txt$/, output: 'eval/own_quotes_6.jsonl', source: 'quotewire own held-out set 6' },
  { annotations: 'eval/own-quotes-7.annotations.json', articles: /^held7-.*\.txt$/, output: 'eval/own_quotes_7.jsonl', source: 'quotewire own held-out set 7' },
  { annotations: 'eval/own-quotes-8.annotations.json', articles: /^held8-.*\.txt$/, output: 'eval/own_quotes_8.jsonl', source: 'quotewire own held-out set 8' },
  { annotations: 'eval/own-quotes-9.annotations.json', articles: /^held9-.*\.txt$/, output: 'eval/own_quotes_9.jsonl', source: 'quotewire own held-out set 9' },
  { annotations: 'eval/own-quotes-10.annotations.json', articles: /^held10-.*\.txt$/, output: 'eval/own_quotes_10.jsonl', source: 'quotewire own held-out set 10' },
  { annotations: 'eval/own-quotes-11.annotations.json', articles: /^held11-.*\.txt$/, output: 'eval/own_quotes_11.jsonl', source: 'quotewire own held-out set 11' },
  { annotations: 'eval/own-quotes-12.annotations.json', articles: /^held12-.*\.txt$/, output: 'eval/own_quotes_12.jsonl', source: 'quotewire own held-out set 12' },
  { annotations: 'eval/own-quotes-13.annotations.json', articles: /^held13-.*\.txt$/, output: 'eval/own_quotes_13.jsonl', source: 'quotewire own held-out set 13' },
  { annotations: 'eval/own-quotes-14.annotations.json', articles: /^held14-.*\.txt$/, output: 'eval/own_quotes_14.jsonl', source: 'quotewire own held-out set 14' },
  { annotations: 'eval/own-quotes-15.annotations.json', articles: /^held15-.*\.txt$/, output: 'eval/own_quotes_15.jsonl', source: 'quotewire own held-out set 15' },
  { annotations: 'eval/own-quotes-16.annotations.json', articles: /^held16-.*\.txt$/, output: 'eval/own_quotes_16.jsonl', source: 'quotewire own held-out set 16' },
  { annotations: 'eval/own-quotes-17.annotations.json', articles: /^held17-.*\.txt$/, output: 'eval/own_quotes_17.jsonl', source: 'quotewire own held-out set 17' },
  { annotations: 'eval/own-quotes-18.annotations.json', articles: /^held18-.*\.txt$/, output: 'eval/own_quotes_18.jsonl', source: 'quotewire own held-out set 18' },
  { annotations: 'eval/own-quotes-19.annotations.json', articles: /^held19-.*\.txt$/, output: 'eval/own_quotes_19.jsonl', source: 'quotewire own held-out set 19' },
  { annotations: 'eval/own-quotes-20.annotations.json', articles: /^held20-.*\.txt$/, output: 'eval/own_quotes_20.jsonl', source: 'quotewire own held-out set 20' },
  { annotations: 'eval/own-quotes-21.annotations.json', articles: /^held21-.*\.txt$/, output: 'eval/own_quotes_21.jsonl', source: 'quotewire own held-out set 21' },
  { annotations: 'eval/own-quotes-22.annotations.json', articles: /^held22-.*\.txt$/, output: 'eval/own_quotes_22.jsonl', source: 'quotewire own held-out set 22' },
  { annotations: 'eval/own-quotes-23.annotations.json', articles: /^held23-.*\.txt$/, output: 'eval/own_quotes_23.jsonl', source: 'quotewire own held-out set 23' },
  { annotations: 'eval/own-quotes-24.annotations.json', articles: /^held24-.*\.txt$/, output: 'eval/own_quotes_24.jsonl', source: 'quotewire own held-out set 24' },
  { annotations: 'eval/own-quotes-25.annotations.json', articles: /^held25-.*\.txt$/, output: 'eval/own_quotes_25.jsonl', source: 'quotewire own held-out set 25' },
  { annotations: 'eval/own-quotes-26.annotations.json', articles: /^held26-.*\.txt$/, output: 'eval/own_quotes_26.jsonl', source: 'quotewire own held-out set 26' },
  { annotations: 'eval/own-quotes-27.annotations.json', articles: /^held27-.*\.txt$/, output: 'eval/own_quotes_27.jsonl', source: 'quotewire own held-out set 27' },
  { annotations: 'eval/own-quotes-28.annotations.json', articles: /^held28-.*\.txt$/, output: 'eval/own_quotes_28.jsonl', source: 'quotewire own held-out set 28' },
  { annotations: 'eval/own-quotes-29.annotations.json', articles: /^held29-.*\.txt$/, output: 'eval/own_quotes_29.jsonl', source: 'quotewire own held-out set 29' },
  { annotations: 'eval/own-quotes-30.annotations.json', articles: /^held30-.*\.txt$/, output: 'eval/own_quotes_30.jsonl', source: 'quotewire own held-out set 30' },
  { annotations: 'eval/own-quotes-31.annotations.json', articles: /^held31-.*\.txt$/, output: 'eval/own_quotes_31.jsonl', source: 'quotewire own held-out set 31' },
  { annotations: 'eval/own-quotes-32.annotations.json', articles: /^held32-.*\.txt$/, output: 'eval/own_quotes_32.jsonl', source: 'quotewire own held-out set 32' },
  { annotations: 'eval/own-quotes-33.annotations.json', articles: /^held33-.*\.txt$/, output: 'eval/own_quotes_33.jsonl', source: 'quotewire own held-out set 33' },
  { annotations: 'eval/own-quotes-34.annotations.json', articles: /^held34-.*\.txt$/, output: 'eval/own_quotes_34.jsonl', source: 'quotewire own held-out set 34' },
  { annotations: 'eval/own-quotes-35.annotations.json', articles: /^held35-.*\.txt$/, output: 'eval/own_quotes_35.jsonl', source: 'quotewire own held-out set 35' },
  { annotations: 'eval/own-quotes-36.annotations.json', articles: /^held36-.*\.txt$/, output: 'eval/own_quotes_36.jsonl', source: 'quotewire own held-out set 36' },
  { annotations: 'eval/own-quotes-37.annotations.json', articles: /^held37-.*\.txt$/, output: 'eval/own_quotes_37.jsonl', source: 'quotewire own held-out set 37' },
  { annotations: 'eval/own-quotes-38.annotations.json', articles: /^held38-.*\.txt$/, output: 'eval/own_quotes_38.jsonl', source: 'quotewire own held-out set 38' },
  { annotations: 'eval/own-quotes-39.annotations.json', articles: /^held39-.*\.txt$/, output: 'eval/own_quotes_39.jsonl', source: 'quotewire own held-out set 39' },
  { annotations: 'eval/own-quotes-40.annotations.json', articles: /^held40-.*\.txt$/, output: 'eval/own_quotes_40.jsonl', source: 'quotewire own held-out set 40' },
  { annotations: 'eval/own-quotes-41.annotations.json', articles: /^held41-.*\.txt$/, output: 'eval/own_quotes_41.jsonl', source: 'quotewire own held-out set 41' },
  { annotations: 'eval/own-quotes-42.annotations.json', articles: /^held42-.*\.txt$/, output: 'eval/own_quotes_42.jsonl', source: 'quotewire own held-out set 42' },
  { annotations: 'eval/own-quotes-43.annotations.json', articles: /^held43-.*\.txt$/, output: 'eval/own_quotes_43.jsonl', source: 'quotewire own held-out set 43' },
  { annotations: 'eval/own-quotes-44.annotations.json', articles: /^held44-.*\.txt$/, output: 'eval/own_quotes_44.jsonl', source: 'quotewire own held-out set 44' },
  { annotations: 'eval/own-quotes-45.annotations.json', articles: /^held45-.*\.txt$/, output: 'eval/own_quotes_45.jsonl', source: 'quotewire own held-out set 45' },
  { annotations: 'eval/own-quotes-46.annotations.json', articles: /^held46-.*\.txt$/, output: 'eval/own_quotes_46.jsonl', source: 'quotewire own held-out set 46' },
];

let errors = [];
const fail = (msg) => errors.push(msg);

function allIndexes(hay, needle, wholeWord = false) {
  const out = [];
  if (!needle) return out;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) {
    if (wholeWord) {
      const before = hay.slice(0, i), after = hay.slice(i + needle.length);
      if (/[\p{L}\p{N}]$/u.test(before) && /^[\p{L}\p{N}]/u.test(needle)) continue;
      if (/^[\p{L}\p{N}]/u.test(after) && /[\p{L}\p{N}]$/u.test(needle)) continue;
    }
    out.push(i);
  }
  return out;
}

function pick(list, occurrence, what) {
  if (list.length === 0) { fail(`${what}: not found`); return null; }
  if (occurrence != null) {
    if (occurrence < 1 || occurrence > list.length) { fail(`${what}: occurrence ${occurrence} of ${list.length}`); return null; }
    return list[occurrence - 1];
  }
  if (list.length > 1) { fail(`${what}: occurs ${list.length} times, give an occurrence`); return null; }
  return list[0];
}

const cp = (text, i) => [...text.slice(0, i)].length;
const QUOTE_OPEN = /^["“‘']/;

function buildSet({ annotations, articles, output, source: SOURCE }) {
  errors = [];
  const ann = JSON.parse(fs.readFileSync(`${root}/${annotations}`, 'utf8'));
  for (const file of fs.readdirSync(artDir).filter((f) => articles.test(f))) if (!(file in ann)) fail(`${file}: article not annotated`);
  for (const file of Object.keys(ann)) if (!articles.test(file)) fail(`${file}: does not match ${articles}`);
  const records = [];
  for (const file of Object.keys(ann).sort()) {
    const a = ann[file];
    const full = `${artDir}/${file}`;
    if (!fs.existsSync(full)) { fail(`${file}: article file missing`); continue; }
    let text = fs.readFileSync(full, 'utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.includes('\r')) fail(`${file}: CR line ends`);
    const quotes = [];
    a.quotes.forEach((q, n) => {
      const tag = `${file} quote ${n + 1} (${JSON.stringify(q.text.slice(0, 40))})`;
      const start = pick(allIndexes(text, q.text), q.occurrence, tag);
      if (start == null) return;
      const end = start + q.text.length;
      if (!['direct', 'partial', 'indirect'].includes(q.type)) fail(`${tag}: bad type ${q.type}`);
      if (q.type === 'indirect') {
        if (QUOTE_OPEN.test(q.text)) fail(`${tag}: indirect span starts with a quotation mark`);
        if (/^that\b/i.test(q.text)) fail(`${tag}: indirect span starts with "that"`);
        if (/[.,;:\s]$/.test(q.text)) fail(`${tag}: indirect span ends with punctuation or space`);
      } else if (!/^["“'‘]/.test(q.text)) fail(`${tag}: ${q.type} span must start with its quotation mark`);
      let ms;
      const mtag = `${tag} mention ${JSON.stringify(q.speaker_mention)}`;
      if (q.speaker_mention_in) {
        const ctx = pick(allIndexes(text, q.speaker_mention_in), q.speaker_mention_in_occurrence, `${mtag} context ${JSON.stringify(q.speaker_mention_in)}`);
        if (ctx != null) {
          const inner = allIndexes(q.speaker_mention_in, q.speaker_mention, true);
          if (!inner.length) fail(`${mtag}: not inside its context`);
          else ms = ctx + inner[0];
        }
      } else {
        ms = pick(allIndexes(text, q.speaker_mention, true), q.speaker_mention_occurrence, mtag);
      }
      if (ms == null) return;
      const me = ms + q.speaker_mention.length;
      if (ms < end && me > start) fail(`${mtag}: mention lies inside the quote`);
      const dist = ms >= end ? ms - end : start - me;
      if (dist > 700) fail(`${mtag}: mention ${dist} characters from the quote`);
      quotes.push({
        start: cp(text, start), end: cp(text, end), text: q.text, type: q.type,
        speaker: q.speaker, speaker_mention: q.speaker_mention,
        speaker_start: cp(text, ms), speaker_end: cp(text, me), speaker_reference: q.speaker,
        cue: q.cue ?? null, outlet: q.outlet ?? null,
        _s16: start, _e16: end,
      });
    });
    quotes.sort((x, y) => x._s16 - y._s16);
    for (let i = 1; i < quotes.length; i++) {
      if (quotes[i]._s16 < quotes[i - 1]._e16) fail(`${file}: quotes overlap: ${JSON.stringify(quotes[i - 1].text.slice(0, 30))} / ${JSON.stringify(quotes[i].text.slice(0, 30))}`);
    }
    for (const q of quotes) { delete q._s16; delete q._e16; }
    const names = [
      ...a.people.flatMap((p) => [p.name, ...p.aliases]),
      ...a.characters,
      ...a.films.flatMap((f) => [f.title, ...f.aliases]),
      ...a.outlets,
    ];
    for (const nm of names) if (!allIndexes(text, nm, true).length) fail(`${file}: entity name ${JSON.stringify(nm)} not in the text`);
    records.push({ id: file, source: SOURCE, text, quotes, people: a.people, characters: a.characters, films: a.films, outlets: a.outlets });
  }

  if (errors.length) {
    console.error(`build-own-quote-gold: ${annotations}: ${errors.length} problem(s):\n  ` + errors.join('\n  '));
    return false;
  }
  fs.writeFileSync(`${root}/${output}`, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const count = (t) => records.reduce((s, r) => s + r.quotes.filter((q) => q.type === t).length, 0);
  console.log(`wrote ${output}: ${records.length} articles, ${records.reduce((s, r) => s + r.quotes.length, 0)} quotes ` +
    `(${count('direct')} direct, ${count('partial')} partial, ${count('indirect')} indirect)`);
  return true;
}

let ok = true;
for (const set of SETS) ok = buildSet(set) && ok;
if (!ok) process.exit(1);
