import { SEARCH_GLOBAL, SEARCH_PARTS_GLOBAL } from '../search-index.js';

/**
 * assets/site.js: the instant search and its keyboard. Plain browser JavaScript with no dependencies; it builds
 * results with DOM methods and textContent only, so no text of the catalogue is ever parsed as HTML. The pieces of
 * the index are loaded as scripts when the search is first used (focus, a key, a filter, or a query in the address).
 */
export const SITE_SCRIPT = `(function () {
  'use strict';
  // a requirement page in several languages: one text at a time, the buttons switch between them
  Array.prototype.forEach.call(document.querySelectorAll('.lang-switch'), function (group) {
    var buttons = Array.prototype.slice.call(group.querySelectorAll('button[data-lang]'));
    var texts = Array.prototype.slice.call(document.querySelectorAll('.lang-text[data-lang]'));
    function show(lang) {
      texts.forEach(function (t) { t.hidden = t.getAttribute('data-lang') !== lang; });
      buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-lang') === lang)); });
    }
    buttons.forEach(function (b) { b.addEventListener('click', function () { show(b.getAttribute('data-lang')); }); });
    show('en');
  });
  var data = window.${SEARCH_GLOBAL};
  var input = document.getElementById('search-input');
  var results = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var panel = document.getElementById('search-panel');
  var form = input && input.form;
  var filters = Array.prototype.slice.call(document.querySelectorAll('select[data-filter]'));
  var root = document.body.getAttribute('data-root') || '';
  var LIMIT = 100;
  var OBLIGATION = { m: 'mandatory', r: 'recommended', o: 'optional' };
  var OBLIGATION_LABEL = { mandatory: 'Mandatory', recommended: 'Recommended', optional: 'Optional' };

  function fold(text) {
    return String(text).normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase();
  }

  document.addEventListener('keydown', function (event) {
    if (!input || event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    var tag = target && target.tagName;
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (target && target.isContentEditable)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });

  if (!input || !results || !status) return;
  if (!data) {
    status.textContent = 'The search index did not load; the domain pages list every requirement.';
    return;
  }

  var items = null;
  var loading = false;
  var waiting = [];

  /** Adds a script per piece of the index; calls back once every piece has run (or says which failed). */
  function loadIndex(done) {
    if (items) { done(); return; }
    waiting.push(done);
    if (loading) return;
    loading = true;
    status.textContent = 'Loading the search index\u2026';
    var left = data.parts.length;
    var failed = false;
    function finished() {
      left--;
      if (left > 0) return;
      var parts = window.${SEARCH_PARTS_GLOBAL} || {};
      var all = [];
      for (var n = 0; n < data.parts.length; n++) {
        if (!parts[n]) { failed = true; continue; }
        all = all.concat(parts[n]);
      }
      if (failed) { status.textContent = 'Part of the search index did not load; the domain pages list every requirement.'; }
      items = all.map(function (item) {
        return { item: item, id: fold(item.id), title: fold(item.t), all: fold(item.id + ' ' + item.t + ' ' + item.x) };
      });
      var callbacks = waiting;
      waiting = [];
      callbacks.forEach(function (callback) { callback(); });
    }
    if (left === 0) { left = 1; finished(); return; }
    data.parts.forEach(function (part) {
      var script = document.createElement('script');
      script.src = root + part;
      script.async = true;
      script.onload = finished;
      script.onerror = function () { failed = true; finished(); };
      document.head.appendChild(script);
    });
  }

  function currentFilters() {
    var f = {};
    filters.forEach(function (select) { if (select.value) f[select.getAttribute('data-filter')] = select.value; });
    return f;
  }

  function obligationIn(item, specIndex) {
    if (specIndex < 0) return item.o;
    return OBLIGATION[item.e.charAt(specIndex)];
  }

  function search(query, f) {
    var terms = fold(query).split(/\\s+/).filter(Boolean);
    var whole = terms.join(' ');
    var filtered = Object.keys(f).length > 0;
    var specIndex = f.spec ? data.specs.indexOf(f.spec) : -1;
    var found = [];
    items.forEach(function (entry, order) {
      var item = entry.item;
      if (item.k !== 'r' && filtered) return;
      if (item.k === 'r') {
        if (f.domain && item.d !== f.domain) return;
        if (f.scenario && item.sc.indexOf(f.scenario) < 0) return;
        if (specIndex >= 0 && item.e.charAt(specIndex) === '-') return;
        if (f.obligation && obligationIn(item, specIndex) !== f.obligation) return;
      }
      for (var i = 0; i < terms.length; i++) if (entry.all.indexOf(terms[i]) < 0) return;
      var rank = whole && entry.id === whole ? 0 : whole && entry.id.indexOf(whole) === 0 ? 1
        : terms.every(function (t) { return entry.title.indexOf(t) >= 0 || entry.id.indexOf(t) >= 0; }) ? 2 : 3;
      found.push({ entry: entry, rank: rank, order: order });
    });
    found.sort(function (a, b) { return a.rank - b.rank || a.order - b.order; });
    return { terms: terms, specIndex: specIndex, hits: found.map(function (h) { return h.entry.item; }) };
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');
  }

  /** The text with every search term wrapped in <mark>, as DOM nodes. */
  function highlighted(text, terms) {
    var fragment = document.createDocumentFragment();
    var usable = terms.filter(function (t) { return t.length > 0; });
    if (usable.length === 0) { fragment.appendChild(document.createTextNode(text)); return fragment; }
    var pattern = new RegExp(usable.map(escapeRegExp).join('|'), 'gi');
    var at = 0;
    text.replace(pattern, function (match, offset) {
      if (match.length === 0) return match;
      if (offset > at) fragment.appendChild(document.createTextNode(text.slice(at, offset)));
      var mark = document.createElement('mark');
      mark.textContent = match;
      fragment.appendChild(mark);
      at = offset + match.length;
      return match;
    });
    if (at < text.length) fragment.appendChild(document.createTextNode(text.slice(at)));
    return fragment;
  }

  /** About two lines of the text around the first term that it contains. */
  function snippet(text, terms) {
    var lower = text.toLowerCase();
    var first = -1;
    terms.forEach(function (t) { var i = lower.indexOf(t); if (i >= 0 && (first < 0 || i < first)) first = i; });
    if (first < 0) first = 0;
    var start = Math.max(0, first - 60);
    var end = Math.min(text.length, start + 200);
    if (start > 0) { var space = text.indexOf(' ', start); if (space >= 0 && space < first) start = space + 1; }
    if (end < text.length) { var back = text.lastIndexOf(' ', end); if (back > first) end = back; }
    return (start > 0 ? '\\u2026 ' : '') + text.slice(start, end) + (end < text.length ? ' \\u2026' : '');
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function render() {
    var query = input.value.trim();
    var f = currentFilters();
    var active = query.length > 0 || Object.keys(f).length > 0;
    while (results.firstChild) results.removeChild(results.firstChild);
    if (panel) panel.hidden = !active;
    if (!active) { status.textContent = ''; return; }
    if (!items) { loadIndex(render); return; }
    var found = search(query, f);
    var hits = found.hits;
    hits.slice(0, LIMIT).forEach(function (item) {
      var li = element('li', 'result');
      var a = element('a');
      a.href = root + item.u;
      var head = element('span', 'result-head');
      head.appendChild(element('span', 'rid', item.id));
      head.appendChild(document.createTextNode(' '));
      var title = element('span', 'result-title');
      title.appendChild(highlighted(item.t, found.terms));
      head.appendChild(title);
      a.appendChild(head);
      var meta = item.k === 'r'
        ? (data.domains[item.d] || item.d) + ' \\u00b7 ' + OBLIGATION_LABEL[obligationIn(item, found.specIndex)] + (found.specIndex >= 0 ? ' in ' + data.specs[found.specIndex] : '')
        : 'Spec';
      a.appendChild(element('span', 'result-meta', meta));
      if (found.terms.length && item.x) {
        var text = element('span', 'result-text');
        text.appendChild(highlighted(snippet(item.x, found.terms), found.terms));
        a.appendChild(text);
      }
      li.appendChild(a);
      results.appendChild(li);
    });
    var shown = Math.min(hits.length, LIMIT);
    status.textContent = hits.length === 0
      ? 'Nothing matches' + (query ? ' \\u201c' + query + '\\u201d' : '') + (Object.keys(f).length ? ' with these filters' : '') + '.'
      : hits.length + (hits.length === 1 ? ' result' : ' results') + (shown < hits.length ? ', the first ' + shown + ' shown' : '') + '. Use the arrow keys to move through them.';
  }

  function links() {
    return Array.prototype.slice.call(results.querySelectorAll('a'));
  }

  input.addEventListener('focus', function () { loadIndex(function () {}); });
  input.addEventListener('input', render);
  filters.forEach(function (select) { select.addEventListener('change', render); });
  if (form) form.addEventListener('submit', function (event) {
    event.preventDefault();
    var first = links()[0];
    if (first) window.location.href = first.href;
  });

  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown') {
      var first = links()[0];
      if (first) { event.preventDefault(); first.focus(); }
    } else if (event.key === 'Escape' && input.value) {
      event.preventDefault();
      input.value = '';
      render();
    }
  });

  results.addEventListener('keydown', function (event) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (at < 0) return;
    if (event.key === 'ArrowDown' && at < all.length - 1) { event.preventDefault(); all[at + 1].focus(); }
    else if (event.key === 'ArrowDown') event.preventDefault();
    else if (event.key === 'ArrowUp') { event.preventDefault(); (at > 0 ? all[at - 1] : input).focus(); }
    else if (event.key === 'Escape') { event.preventDefault(); input.focus(); }
  });

  var params = new URLSearchParams(window.location.search);
  if (params.get('q')) input.value = params.get('q');
  filters.forEach(function (select) {
    var wanted = params.get(select.getAttribute('data-filter'));
    if (wanted && Array.prototype.some.call(select.options, function (o) { return o.value === wanted; })) select.value = wanted;
  });
  render();
  // a reader who has not used the search yet gets its index once the page has loaded, so the first answer is quick
  function preload() { setTimeout(function () { loadIndex(function () {}); }, 300); }
  if (document.readyState === 'complete') preload(); else window.addEventListener('load', preload);
})();
`;
