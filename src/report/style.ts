// The report's stylesheet, inlined so the page needs nothing beside itself.
export const REPORT_CSS = `
:root { --ink: #1d232b; --muted: #66707c; --line: #dde2e8; --bg: #f6f7f9; --accent: #1f5fa8;
  --direct: #ffe9a8; --partial: #d7ecff; --indirect: #e3f4dc; --warn: #b3261e; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
header { background: #fff; border-bottom: 1px solid var(--line); padding: 12px 24px; display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: baseline; }
header h1 { font-size: 18px; margin: 0; }
header .muted { font-size: 13px; }
nav { display: flex; gap: 4px; }
nav a { padding: 4px 10px; border-radius: 6px; text-decoration: none; color: var(--ink); }
nav a.on, nav a:hover { background: #e8eef6; color: var(--accent); }
main { max-width: 1180px; margin: 0 auto; padding: 16px 24px 48px; }
section[hidden] { display: none; }
h2 { font-size: 20px; margin: 8px 0 12px; }
h3 { font-size: 16px; margin: 20px 0 8px; }
a { color: var(--accent); }
.muted { color: var(--muted); }
.panel { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px; margin-bottom: 16px; }
.pq-head { display: flex; justify-content: space-between; align-items: baseline; }
#pq-list { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 12px; }
.pq { border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 6px; padding: 10px 12px; background: #fff; display: flex; flex-direction: column; justify-content: space-between; }
.pq blockquote { margin: 0 0 8px; font: 17px/1.4 Georgia, "Times New Roman", serif; }
.pq-meta { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center; font-size: 12px; color: var(--muted); }
.pq-meta .copy { margin-left: auto; }
button { font: inherit; font-size: 13px; padding: 3px 10px; border: 1px solid #b8c2ce; border-radius: 5px; background: #fff; cursor: pointer; }
button:hover:not([disabled]) { background: #eef3f9; }
button.done { background: #e3f4dc; border-color: #8fbf7f; }
button[disabled] { opacity: .45; cursor: default; }
.badge { border-radius: 4px; padding: 0 6px; font-size: 11px; }
.badge.warn { background: #fde7e5; color: var(--warn); }
#charts { display: flex; flex-wrap: wrap; gap: 24px; }
figure { margin: 0; }
figcaption { font-weight: 600; margin-bottom: 4px; }
.chart text { font-size: 12px; fill: var(--ink); }
.chart text.n { fill: var(--muted); }
.chart rect { fill: var(--accent); }
.chart .bar { cursor: pointer; }
.chart .bar:hover rect, .chart .bar:focus rect { fill: #3a7bd0; }
.filters { display: grid; grid-template-columns: 2fr repeat(4, 1fr) auto auto; gap: 8px; margin-bottom: 10px; }
.filters input, .filters select { font: inherit; font-size: 14px; padding: 4px 8px; border: 1px solid #b8c2ce; border-radius: 5px; min-width: 0; }
table { width: 100%; border-collapse: collapse; background: #fff; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); font-size: 14px; }
th { font-size: 12px; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
td.qtext a { color: var(--ink); text-decoration: none; }
td.qtext a:hover { text-decoration: underline; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.type { font-size: 12px; }
.pager { display: flex; gap: 10px; align-items: center; margin: 10px 0; font-size: 13px; }
.article-text { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; white-space: pre-wrap; font: 16px/1.6 Georgia, "Times New Roman", serif; overflow-wrap: anywhere; }
.hl.direct { background: var(--direct); }
.hl.partial { background: var(--partial); }
.hl.indirect { background: var(--indirect); }
.speaker { font-weight: 700; border-bottom: 2px solid var(--accent); }
.cue { font-style: italic; text-decoration: underline dotted; }
.focus { outline: 2px solid #e07b00; }
.qend::after { content: " — " attr(data-who); font: 11px system-ui, sans-serif; color: var(--accent); vertical-align: super; }
.legend span { padding: 0 6px; font-size: 13px; }
ol.plain, ul.plain { padding-left: 20px; }
ol.plain li, ul.plain li { margin: 4px 0; }
li.focus { outline: none; background: #fff4e0; }
.offscreen { position: fixed; left: -9999px; top: 0; }
@media (max-width: 800px) { .filters { grid-template-columns: 1fr 1fr; } }
`;
