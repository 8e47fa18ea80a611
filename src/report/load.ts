import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { safeFileName } from '../export/writers.js';
import { fsReason } from '../ingest/fs-reason.js';
import { readCorpus } from '../ingest/index.js';
import type { Quote } from '../types.js';
import { reportArticle, type ReportArticle, type ReportInput } from './input.js';

interface RunArticle {
  id: string;
  path: string;
  title?: string | null;
  url?: string | null;
  date?: string | null;
  outlet?: string | null;
  chars?: number;
  status?: string;
  entities?: { films?: { title: string }[] };
}

interface RunJson {
  run?: { inputs?: string[]; options?: { include?: string[]; exclude?: string[] } };
  articles: RunArticle[];
  quotes: Quote[];
}

/**
 * A run's output directory as a report input. quotewire.json has no article texts, so each text is
 * taken from the first place that has it: texts/<id>.txt (--emit-text), the run's journal, or the
 * run's inputs read again. A text is used only when its length is the article's recorded `chars`, so
 * the quote offsets are sure to index it.
 */
export async function loadRunOutput(dir: string): Promise<ReportInput> {
  const path = join(dir, 'quotewire.json');
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${path}: ${fsReason(error)}; the report is built from an extract run's output folder, written with the json format (the default csv,json has it)`);
  }
  let json: RunJson;
  try {
    json = JSON.parse(raw) as RunJson;
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const ok = json.articles.filter((a) => a.status !== 'error');
  const texts = new Map<string, string>();
  const wanted = new Map(ok.map((a) => [a.id, a.chars]));
  const fits = (id: string, text: string) => wanted.has(id) && (wanted.get(id) === undefined || wanted.get(id) === text.length);
  const take = (id: string, text: string) => {
    if (!texts.has(id) && fits(id, text)) texts.set(id, text);
  };
  await fromTextFiles(dir, ok, take);
  if (texts.size < ok.length) await fromJournal(dir, take);
  if (texts.size < ok.length && json.run?.inputs?.length) await fromInputs(json.run, take);
  const articles: ReportArticle[] = ok.map((a) => reportArticle(a, texts.get(a.id) ?? null, a.entities?.films ?? []));
  return { label: (json.run?.inputs ?? [dir]).join(', '), articles, quotes: json.quotes };
}

async function fromTextFiles(dir: string, articles: RunArticle[], take: (id: string, text: string) => void): Promise<void> {
  for (const a of articles) {
    try {
      take(a.id, await readFile(join(dir, 'texts', `${safeFileName(a.id)}.txt`), 'utf8'));
    } catch {
      return; // no texts/ folder (or not this one): the other sources will do
    }
  }
}

async function fromJournal(dir: string, take: (id: string, text: string) => void): Promise<void> {
  const path = join(dir, '.quotewire', 'journal.jsonl');
  try {
    const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line) continue;
      try {
        const entry = JSON.parse(line) as { id: string; result?: { article?: { text?: string } } };
        const text = entry.result?.article?.text;
        if (typeof text === 'string') take(entry.id, text);
      } catch {
        // a torn last line of an interrupted run
      }
    }
  } catch {
    // no journal
  }
}

async function fromInputs(run: NonNullable<RunJson['run']>, take: (id: string, text: string) => void): Promise<void> {
  try {
    for await (const item of readCorpus(run.inputs!, { include: run.options?.include, exclude: run.options?.exclude })) {
      if (item.kind === 'article') take(item.article.id, item.article.text);
    }
  } catch {
    // inputs moved or unreadable: the report shows those articles without text
  }
}
