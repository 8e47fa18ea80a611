// The report page's script, embedded as-is in the HTML. Plain ES2017 for any current browser; it
// reads the data island, builds every view from it with textContent only (article text is untrusted),
// and renders lazily: one page of rows, one article, one person at a time.
export const CLIENT_JS = String.raw`
(function () {
  'use strict';
  var DATA = JSON.parse(document.getElementById('qw-data').textContent);
  var A = DATA.articles, Q = DATA.quotes;
  var PAGE = 50, TOP = 12;
  var byArticle = A.map(function () { return []; });
  Q.forEach(function (q, i) { q.i = i; byArticle[q.a].push(q); });
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') e.textContent = v;
      else if (k === 'class') e.className = v;
      else if (k.slice(0, 2) === 'on') e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function clip(s, n) { return s.length > n ? s.slice(0, n - 1) + '…' : s; }
  function fmt(n) { return n.toLocaleString('en'); }
  // A count with its noun in the right number ("1 quote", "2 quotes"), as src/plural.ts words the CLI's lines.
  function count(n, one, many) { return fmt(n) + ' ' + (n === 1 ? one : many || one + 's'); }
  function artTitle(a) { return a.title || a.id; }
  function link(hash, text, cls) { return el('a', { href: '#' + hash, text: text, class: cls }); }
  function personLink(name) { return name ? link('person/' + encodeURIComponent(name), name, 'person') : el('span', { class: 'muted', text: 'unknown' }); }
  function articleHash(q) { return 'article/' + q.a + '/' + q.i; }
  /** Only web links are followed: a javascript: URL in an input must stay text. */
  function safeUrl(u) { return u && /^https?:\/\//i.test(u) ? u : null; }

  // ------------------------------------------------------------ counting and charts
  function countBy(key) {
    var m = new Map();
    Q.forEach(function (q) { var k = key(q); if (k) m.set(k, (m.get(k) || 0) + 1); });
    return Array.from(m.entries()).sort(function (x, y) { return y[1] - x[1] || (x[0] < y[0] ? -1 : 1); });
  }
  var people = countBy(function (q) { return q.speaker_kind === 'person' || q.speaker_kind === null ? q.speaker : null; });
  var outlets = countBy(function (q) { return q.outlet || (q.speaker_kind === 'outlet' ? q.speaker : null); });
  var SVG = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    for (var k in attrs) e.setAttribute(k, String(attrs[k]));
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function barChart(rows, title, onPick) {
    rows = rows.slice(0, 15);
    var rowH = 22, labelW = 190, barW = 300, h = rows.length * rowH + 8;
    var max = rows.length ? rows[0][1] : 1;
    var s = svg('svg', { width: labelW + barW + 60, height: h, viewBox: '0 0 ' + (labelW + barW + 60) + ' ' + h, role: 'img', 'aria-label': title, class: 'chart' });
    rows.forEach(function (r, i) {
      var g = svg('g', { class: 'bar', transform: 'translate(0,' + (i * rowH + 4) + ')', tabindex: 0, 'data-name': r[0] });
      g.appendChild(svg('title', {}, r[0] + ': ' + count(r[1], 'quote')));
      g.appendChild(svg('text', { x: labelW - 6, y: 15, 'text-anchor': 'end' }, clip(r[0], 28)));
      g.appendChild(svg('rect', { x: labelW, y: 3, height: 15, width: Math.max(2, Math.round(barW * r[1] / max)), rx: 2 }));
      g.appendChild(svg('text', { x: labelW + Math.max(2, Math.round(barW * r[1] / max)) + 6, y: 15, class: 'n' }, String(r[1])));
      g.addEventListener('click', function () { onPick(r[0]); });
      g.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') onPick(r[0]); });
      s.appendChild(g);
    });
    if (!rows.length) s.appendChild(svg('text', { x: 4, y: 16 }, 'none'));
    return el('figure', {}, [el('figcaption', { text: title }), s]);
  }

  // ------------------------------------------------------------ copy
  function copy(text, button) {
    var done = function () { button.textContent = 'Copied'; button.classList.add('done'); setTimeout(function () { button.textContent = 'Copy'; button.classList.remove('done'); }, 1500); };
    var fallback = function () {
      var t = el('textarea', { readonly: true, class: 'offscreen' });
      t.value = text; document.body.appendChild(t); t.select();
      try { document.execCommand('copy'); } catch (e) { /* nothing more to try */ }
      document.body.removeChild(t); done();
    };
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, fallback);
    else fallback();
  }

  // ------------------------------------------------------------ overview: pull-quotes and charts
  // Ties in id order, and no headline's words, as pullquotes.csv ranks them (rankPullquotes).
  function renderOverview() {
    var clean = $('pq-clean').checked;
    var best = Q.filter(function (q) {
      return typeof q.pullquote === 'number' && !(clean && q.profanity) && (q.pullquote_reasons || []).indexOf('headline-case') < 0;
    })
      .sort(function (x, y) { return y.pullquote - x.pullquote || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0); }).slice(0, TOP);
    var list = clear($('pq-list'));
    best.forEach(function (q, rank) {
      var text = q.pullquote_text || ('“' + q.text + '”');
      var button = el('button', { type: 'button', class: 'copy', 'data-copy': text, text: 'Copy', title: 'Copy the quote with its attribution' });
      button.addEventListener('click', function () { copy(text, button); });
      list.appendChild(el('li', { class: 'pq', 'data-quote': q.id }, [
        el('blockquote', { text: text }),
        el('div', { class: 'pq-meta' }, [
          el('span', { class: 'score', text: (rank + 1) + '. score ' + q.pullquote.toFixed(2) }),
          q.profanity ? el('span', { class: 'badge warn', text: 'profanity' }) : null,
          el('span', { class: 'reasons', text: (q.pullquote_reasons || []).join(' · ') }),
          link(articleHash(q), 'in ' + clip(artTitle(A[q.a]), 60)),
          button,
        ]),
      ]));
    });
    if (!best.length) list.appendChild(el('li', { class: 'muted', text: 'No quotes.' }));
  }
  function renderCharts() {
    clear($('charts')).appendChild(barChart(people, 'Most-quoted people', function (n) { location.hash = 'person/' + encodeURIComponent(n); }));
    $('charts').appendChild(barChart(outlets, 'Most-quoted outlets', function (n) { setFilters({ outlet: n }); }));
  }

  // ------------------------------------------------------------ the quote table
  var hayBuilt = false;
  function haystacks() {
    if (hayBuilt) return;
    Q.forEach(function (q) { q.h = (q.text + '\n' + (q.speaker || '') + '\n' + (q.speaker_mention || '')).toLowerCase(); });
    hayBuilt = true;
  }
  var filtered = Q, page = 0;
  function val(id) { return $(id).value.trim().toLowerCase(); }
  function applyFilters() {
    var text = val('f-text'), speaker = val('f-speaker'), outlet = val('f-outlet'), film = val('f-film'), article = val('f-article'), type = $('f-type').value;
    if (text) haystacks();
    var filmArticles = null;
    if (film) filmArticles = A.map(function (a) { return a.films.some(function (f) { return f.toLowerCase().indexOf(film) >= 0; }); });
    var articleMatch = null;
    if (article) articleMatch = A.map(function (a) { return (a.title || '').toLowerCase().indexOf(article) >= 0 || a.id.toLowerCase().indexOf(article) >= 0; });
    filtered = Q.filter(function (q) {
      if (type && q.type !== type) return false;
      if (speaker && (q.speaker || '').toLowerCase().indexOf(speaker) < 0) return false;
      if (outlet && (q.outlet || (q.speaker_kind === 'outlet' ? q.speaker : '') || '').toLowerCase().indexOf(outlet) < 0) return false;
      if (filmArticles && !filmArticles[q.a]) return false;
      if (articleMatch && !articleMatch[q.a]) return false;
      if (text && q.h.indexOf(text) < 0) return false;
      return true;
    });
    page = 0;
    renderTable();
  }
  function renderTable() {
    var pages = Math.max(1, Math.ceil(filtered.length / PAGE));
    page = Math.min(page, pages - 1);
    var body = clear($('q-rows'));
    filtered.slice(page * PAGE, page * PAGE + PAGE).forEach(function (q) {
      body.appendChild(el('tr', { 'data-quote': q.id }, [
        el('td', { class: 'qtext' }, [link(articleHash(q), clip(q.text, 400))]),
        el('td', {}, [personLink(q.speaker), q.speaker_role ? el('div', { class: 'muted', text: q.speaker_role }) : null]),
        el('td', { text: q.type, class: 'type ' + q.type }),
        el('td', { text: q.outlet || '' }),
        el('td', {}, [link('article/' + q.a, clip(artTitle(A[q.a]), 50))]),
        el('td', { class: 'num', text: typeof q.pullquote === 'number' ? q.pullquote.toFixed(2) : '' }),
      ]));
    });
    $('q-count').textContent = fmt(filtered.length) + ' of ' + count(Q.length, 'quote');
    $('q-page').textContent = 'page ' + (page + 1) + ' of ' + fmt(pages);
    $('q-prev').disabled = page === 0;
    $('q-next').disabled = page >= pages - 1;
  }
  var timer = 0;
  function later() { clearTimeout(timer); timer = setTimeout(applyFilters, 120); }
  function setFilters(f) {
    ['text', 'speaker', 'outlet', 'film', 'article', 'type'].forEach(function (k) { $('f-' + k).value = f[k] || ''; });
    applyFilters();
    location.hash = 'quotes';
  }
  function fillList(id, values) {
    var list = $(id);
    values.slice(0, 2000).forEach(function (v) { list.appendChild(el('option', { value: v })); });
  }

  // ------------------------------------------------------------ people, person, articles, article
  var speakerArticles = null;
  function renderPeople() {
    var filter = val('p-filter');
    var rows = people.filter(function (r) { return !filter || r[0].toLowerCase().indexOf(filter) >= 0; }).slice(0, 200);
    var body = clear($('p-rows'));
    if (!speakerArticles) {
      speakerArticles = new Map();
      Q.forEach(function (q) { if (q.speaker) { if (!speakerArticles.has(q.speaker)) speakerArticles.set(q.speaker, new Set()); speakerArticles.get(q.speaker).add(q.a); } });
    }
    rows.forEach(function (r) {
      body.appendChild(el('tr', {}, [el('td', {}, [personLink(r[0])]), el('td', { class: 'num', text: String(r[1]) }), el('td', { class: 'num', text: String(speakerArticles.get(r[0]).size) })]));
    });
  }
  function renderPerson(name) {
    var mine = Q.filter(function (q) { return q.speaker === name; });
    var arts = Array.from(new Set(mine.map(function (q) { return q.a; })));
    var roles = Array.from(new Set(mine.map(function (q) { return q.speaker_role; }).filter(Boolean)));
    var view = clear($('person'));
    view.appendChild(el('h2', { text: name }));
    view.appendChild(el('p', { class: 'muted', text: count(mine.length, 'quote') + ' in ' + count(arts.length, 'article') + (roles.length ? ' · ' + roles.join(', ') : '') }));
    view.appendChild(el('h3', { text: 'Quotes' }));
    view.appendChild(el('ol', { class: 'plain' }, mine.slice(0, 500).map(function (q) {
      return el('li', {}, [el('q', { text: q.text }), ' ', el('span', { class: 'type ' + q.type, text: q.type }), ' ', link(articleHash(q), 'in context')]);
    })));
    if (mine.length > 500) view.appendChild(el('p', { class: 'muted', text: 'First 500 shown; the table has them all.' }));
    view.appendChild(el('h3', { text: 'Articles' }));
    view.appendChild(el('ul', { class: 'plain' }, arts.map(function (i) { return el('li', {}, [link('article/' + i, artTitle(A[i]))]); })));
  }
  var artPage = 0;
  function renderArticles() {
    var filter = val('a-filter');
    var idx = [];
    A.forEach(function (a, i) { if (!filter || artTitle(a).toLowerCase().indexOf(filter) >= 0 || a.id.toLowerCase().indexOf(filter) >= 0) idx.push(i); });
    var pages = Math.max(1, Math.ceil(idx.length / PAGE));
    artPage = Math.min(artPage, pages - 1);
    var body = clear($('a-rows'));
    idx.slice(artPage * PAGE, artPage * PAGE + PAGE).forEach(function (i) {
      var a = A[i];
      body.appendChild(el('tr', {}, [el('td', {}, [link('article/' + i, artTitle(a))]), el('td', { text: a.outlet || '' }), el('td', { text: a.date || '' }), el('td', { class: 'num', text: String(byArticle[i].length) })]));
    });
    $('a-page').textContent = count(idx.length, 'article') + ' · page ' + (artPage + 1) + ' of ' + fmt(pages);
    $('a-prev').disabled = artPage === 0;
    $('a-next').disabled = artPage >= pages - 1;
  }
  /** The article text cut at every quote, speaker and cue boundary; each piece knows which quotes cover it. */
  function highlighted(text, quotes, focus) {
    var spans = [];
    quotes.forEach(function (q) {
      spans.push({ s: q.start, e: q.end, k: 'q', q: q });
      if (q.speaker_start !== null && q.speaker_end !== null) spans.push({ s: q.speaker_start, e: q.speaker_end, k: 'sp', q: q });
      if (q.cue_start !== null && q.cue_end !== null) spans.push({ s: q.cue_start, e: q.cue_end, k: 'cue', q: q });
    });
    var cuts = new Set([0, text.length]);
    spans.forEach(function (s) { cuts.add(Math.max(0, Math.min(text.length, s.s))); cuts.add(Math.max(0, Math.min(text.length, s.e))); });
    var points = Array.from(cuts).sort(function (x, y) { return x - y; });
    var frag = document.createDocumentFragment(), first = null;
    for (var p = 0; p + 1 < points.length; p++) {
      var x = points[p], y = points[p + 1];
      var piece = text.slice(x, y);
      var cover = spans.filter(function (s) { return s.s <= x && s.e >= y && s.s < s.e; });
      if (!cover.length) { frag.appendChild(document.createTextNode(piece)); continue; }
      var qs = cover.filter(function (s) { return s.k === 'q'; });
      var sp = cover.filter(function (s) { return s.k === 'sp'; });
      var cls = [];
      if (qs.length) cls.push('hl', qs[0].q.type);
      if (sp.length) cls.push('speaker');
      if (cover.some(function (s) { return s.k === 'cue'; })) cls.push('cue');
      var focused = focus !== null && qs.some(function (s) { return s.q.i === focus; });
      if (focused) cls.push('focus');
      var ends = qs.filter(function (s) { return s.e === y; });
      var span = el('span', {
        class: cls.join(' ') + (ends.length ? ' qend' : ''),
        'data-q': qs.length ? qs.map(function (s) { return s.q.i; }).join(' ') : null,
        'data-who': ends.length ? ends.map(function (s) { return s.q.speaker || 'unknown'; }).join(', ') : null,
        title: (qs.length ? qs.map(function (s) { return s.q.type + ' · ' + (s.q.speaker || 'unknown speaker'); }).join('; ') : '') +
          (sp.length ? (qs.length ? ' — ' : '') + 'speaker: ' + sp.map(function (s) { return s.q.speaker || s.q.speaker_mention; }).join(', ') : ''),
        text: piece,
      });
      if (focused && !first) first = span;
      frag.appendChild(span);
    }
    return { node: frag, first: first };
  }
  function renderArticle(i, focus) {
    var a = A[i], view = clear($('article'));
    if (!a) { view.appendChild(el('p', { text: 'No such article.' })); return; }
    var url = safeUrl(a.url);
    view.appendChild(el('h2', { text: artTitle(a) }));
    view.appendChild(el('p', { class: 'muted' }, [
      [a.outlet, a.date, a.path].filter(Boolean).join(' · '), url ? ' · ' : null,
      url ? el('a', { href: url, text: url, rel: 'noopener noreferrer' }) : null,
    ]));
    if (a.films.length) view.appendChild(el('p', { text: 'Films: ' + a.films.join(', ') }));
    view.appendChild(el('p', { class: 'legend' }, [el('span', { class: 'hl direct', text: 'direct' }), ' ', el('span', { class: 'hl partial', text: 'partial' }), ' ', el('span', { class: 'hl indirect', text: 'indirect' }), ' ', el('span', { class: 'speaker', text: 'speaker' }), ' ', el('span', { class: 'cue', text: 'cue' })]));
    var quotes = byArticle[i];
    if (a.text === null) {
      view.appendChild(el('p', { class: 'muted', text: 'The article text is not in this run\'s output (run extract with --emit-text, or keep its .quotewire folder).' }));
    } else {
      var h = highlighted(a.text, quotes, focus);
      view.appendChild(el('div', { class: 'article-text', id: 'article-text' }, [h.node]));
      if (h.first) setTimeout(function () { h.first.scrollIntoView({ block: 'center' }); }, 0);
    }
    view.appendChild(el('h3', { text: count(quotes.length, 'quote') }));
    view.appendChild(el('ol', { class: 'plain' }, quotes.map(function (q) {
      return el('li', { class: q.i === focus ? 'focus' : null }, [el('q', { text: q.text }), ' — ', personLink(q.speaker), ' ', el('span', { class: 'type ' + q.type, text: q.type }), ' ', link(articleHash(q), 'show')]);
    })));
  }

  // ------------------------------------------------------------ routing
  var VIEWS = ['overview', 'quotes', 'people', 'person', 'articles', 'article'];
  function route() {
    var parts = location.hash.replace(/^#/, '').split('/');
    var view = VIEWS.indexOf(parts[0]) >= 0 ? parts[0] : 'overview';
    VIEWS.forEach(function (v) { $('view-' + v).hidden = v !== view; });
    document.querySelectorAll('nav a').forEach(function (n) { n.classList.toggle('on', n.getAttribute('href') === '#' + view); });
    if (view === 'person') renderPerson(decodeURIComponent(parts.slice(1).join('/')));
    else if (view === 'people') renderPeople();
    else if (view === 'articles') renderArticles();
    else if (view === 'article') renderArticle(Number(parts[1]), parts[2] === undefined ? null : Number(parts[2]));
    if (view !== 'article') window.scrollTo(0, 0);
  }

  // ------------------------------------------------------------ start
  $('summary').textContent = count(A.length, 'article') + ' · ' + count(Q.length, 'quote') + ' · ' + count(people.length, 'speaker') + ' · ' + count(outlets.length, 'outlet');
  $('pq-clean').addEventListener('change', renderOverview);
  ['f-text', 'f-speaker', 'f-outlet', 'f-film', 'f-article'].forEach(function (id) { $(id).addEventListener('input', later); });
  $('f-type').addEventListener('change', applyFilters);
  $('f-reset').addEventListener('click', function () { setFilters({}); });
  $('q-prev').addEventListener('click', function () { page--; renderTable(); });
  $('q-next').addEventListener('click', function () { page++; renderTable(); });
  $('p-filter').addEventListener('input', renderPeople);
  $('a-filter').addEventListener('input', function () { artPage = 0; renderArticles(); });
  $('a-prev').addEventListener('click', function () { artPage--; renderArticles(); });
  $('a-next').addEventListener('click', function () { artPage++; renderArticles(); });
  fillList('l-speaker', people.map(function (r) { return r[0]; }));
  fillList('l-outlet', outlets.map(function (r) { return r[0]; }));
  var films = new Map();
  A.forEach(function (a) { a.films.forEach(function (f) { films.set(f, (films.get(f) || 0) + 1); }); });
  fillList('l-film', Array.from(films.keys()).sort());
  renderOverview();
  renderCharts();
  renderTable();
  window.addEventListener('hashchange', route);
  route();
  document.body.setAttribute('data-ready', 'true');
})();
`;
