import type { Quote } from '../types.js';
import { CLIENT_JS } from './client.js';
import { escapeHtml, scriptSafeJson } from './embed.js';
import type { ReportInput } from './input.js';
import { REPORT_CSS } from './style.js';

/** A quote as embedded in the page: its record plus `a`, the index of its article. */
export type EmbeddedQuote = Quote & { a: number };

/** The data island of the page: articles in run order and every quote pointing at its article. */
export function reportData(input: ReportInput): { label: string; articles: ReportInput['articles']; quotes: EmbeddedQuote[] } {
  const index = new Map(input.articles.map((a, i) => [a.id, i]));
  const quotes: EmbeddedQuote[] = [];
  for (const q of input.quotes) {
    const a = index.get(q.article_id);
    // A quote whose article is missing from the output has nothing to be shown against.
    if (a !== undefined) quotes.push({ ...q, a });
  }
  return { label: input.label, articles: input.articles, quotes };
}

/** ONE self-contained HTML page: inline CSS, inline script, the run's data as a JSON island. */
export function renderReport(input: ReportInput): string {
  const data = reportData(input);
  const title = `quotewire report — ${input.label}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
  <h1>quotewire report</h1>
  <span class="muted">${escapeHtml(input.label)} · <span id="summary"></span></span>
  <nav>
    <a href="#overview">Pull-quotes</a><a href="#quotes">Quotes</a><a href="#people">People</a><a href="#articles">Articles</a>
  </nav>
</header>
<main>
<section id="view-overview">
  <div class="panel">
    <div class="pq-head"><h2>Top pull-quotes</h2><label><input type="checkbox" id="pq-clean"> clean only (no profanity)</label></div>
    <ol id="pq-list"></ol>
  </div>
  <div class="panel"><div id="charts"></div></div>
</section>
<section id="view-quotes" hidden>
  <div class="filters">
    <input id="f-text" type="search" placeholder="Search quote text and speakers" aria-label="Search">
    <input id="f-speaker" list="l-speaker" placeholder="Speaker" aria-label="Speaker">
    <input id="f-outlet" list="l-outlet" placeholder="Outlet" aria-label="Outlet">
    <input id="f-film" list="l-film" placeholder="Film" aria-label="Film">
    <input id="f-article" placeholder="Article" aria-label="Article">
    <select id="f-type" aria-label="Type"><option value="">any type</option><option>direct</option><option>partial</option><option>indirect</option></select>
    <button type="button" id="f-reset">Reset</button>
  </div>
  <datalist id="l-speaker"></datalist><datalist id="l-outlet"></datalist><datalist id="l-film"></datalist>
  <div class="pager"><span id="q-count"></span><button type="button" id="q-prev">‹ Prev</button><span id="q-page"></span><button type="button" id="q-next">Next ›</button></div>
  <table><thead><tr><th>Quote</th><th>Speaker</th><th>Type</th><th>Outlet</th><th>Article</th><th class="num">Pull-quote</th></tr></thead><tbody id="q-rows"></tbody></table>
</section>
<section id="view-people" hidden>
  <h2>People by quotes</h2>
  <div class="filters"><input id="p-filter" type="search" placeholder="Filter people" aria-label="Filter people"></div>
  <table><thead><tr><th>Person</th><th class="num">Quotes</th><th class="num">Articles</th></tr></thead><tbody id="p-rows"></tbody></table>
</section>
<section id="view-person" hidden><div id="person"></div></section>
<section id="view-articles" hidden>
  <h2>Articles</h2>
  <div class="filters"><input id="a-filter" type="search" placeholder="Filter articles" aria-label="Filter articles"></div>
  <div class="pager"><button type="button" id="a-prev">‹ Prev</button><span id="a-page"></span><button type="button" id="a-next">Next ›</button></div>
  <table><thead><tr><th>Article</th><th>Outlet</th><th>Date</th><th class="num">Quotes</th></tr></thead><tbody id="a-rows"></tbody></table>
</section>
<section id="view-article" hidden><div id="article"></div></section>
</main>
<script type="application/json" id="qw-data">${scriptSafeJson(data)}</script>
<script>${CLIENT_JS}</script>
</body>
</html>
`;
}
