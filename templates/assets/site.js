/* baocao site script: client-side search and print preparation. No framework, no request leaves the site. */
(function () {
  'use strict';

  var COMBINING_MARKS = /[\u0300-\u036f]/g;
  var foldedChars = Object.create(null);

  /* One character as search compares it: lower case, without accents, đ as d. One character in, one out,
     so a position in the folded text is the same position in the original (for highlighting). */
  function foldChar(c) {
    var folded = foldedChars[c];
    if (folded === undefined) {
      folded = c === 'đ' || c === 'Đ' ? 'd' : c.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
      if (folded.length !== 1) folded = c.toLowerCase().length === 1 ? c.toLowerCase() : c;
      foldedChars[c] = folded;
    }
    return folded;
  }

  function fold(text) {
    var out = '';
    for (var i = 0; i < text.length; i++) out += foldChar(text.charAt(i));
    return out;
  }

  var WORD_CHAR = /[\p{L}\p{N}]/u;

  /* Where a word starting with needle occurs: "tac" finds "tác" but not the middle of "contact". */
  function findWord(haystack, needle, from) {
    var at = haystack.indexOf(needle, from || 0);
    while (at > 0 && WORD_CHAR.test(haystack.charAt(at - 1))) at = haystack.indexOf(needle, at + 1);
    return at;
  }

  function count(haystack, needle) {
    var n = 0, at = findWord(haystack, needle);
    while (at !== -1 && n < 20) { n++; at = findWord(haystack, needle, at + needle.length); }
    return n;
  }

  function prepare(pages, language) {
    return pages.map(function (p) {
      return { page: p, language: language, title: fold(p.t), context: fold(p.c), summary: fold(p.s), text: fold(p.x) };
    });
  }

  function score(entry, terms, phrase) {
    var all = entry.title + ' ' + entry.summary + ' ' + entry.context + ' ' + entry.text;
    for (var i = 0; i < terms.length; i++) if (findWord(all, terms[i]) === -1) return 0;
    var total = 1;
    if (findWord(entry.title, phrase) !== -1) total += 50;
    if (findWord(entry.summary, phrase) !== -1) total += 20;
    total += 5 * count(entry.text, phrase);
    terms.forEach(function (term) {
      if (findWord(entry.title, term) !== -1) total += 10;
      if (findWord(entry.summary, term) !== -1) total += 4;
      total += count(entry.text, term) / 2;
    });
    return total;
  }

  /* A passage around the first match, with the query marked: the whole phrase where it occurs, else its words. */
  function snippet(original, folded, terms, phrase) {
    var text = original, hay = folded, at = findWord(hay, phrase);
    if (at !== -1) {
      terms = [phrase];
    } else {
      at = terms.reduce(function (best, term) {
        var i = findWord(hay, term);
        return i !== -1 && (best === -1 || i < best) ? i : best;
      }, -1);
    }
    var start = Math.max(0, at - 70), end = Math.min(text.length, Math.max(at, 0) + 170);
    if (start > 0) { var space = text.indexOf(' ', start); if (space !== -1 && space < at) start = space + 1; }
    if (end < text.length) { var back = text.lastIndexOf(' ', end); if (back > at) end = back; }
    var fragment = document.createDocumentFragment();
    if (start > 0) fragment.appendChild(document.createTextNode('… '));
    var part = hay.slice(start, end), cursor = 0;
    while (cursor < part.length) {
      var next = -1, length = 0;
      terms.forEach(function (term) {
        var i = findWord(part, term, cursor);
        if (i !== -1 && (next === -1 || i < next || (i === next && term.length > length))) { next = i; length = term.length; }
      });
      if (next === -1) break;
      fragment.appendChild(document.createTextNode(text.slice(start + cursor, start + next)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(start + next, start + next + length);
      fragment.appendChild(mark);
      cursor = next + length;
    }
    fragment.appendChild(document.createTextNode(text.slice(start + cursor, end) + (end < text.length ? ' …' : '')));
    return fragment;
  }

  /* The index comes in parts, loaded as a search needs them (docs/website.md): the manifest of the page's language
     names each report's part; coming from a report's page (?report=), only that report's part is loaded, the
     language's other parts when the reader asks for every report or the report has no match, and the other
     languages' manifests and parts when the language has none. A phone downloads one report's text, not the site's. */
  function searchPage() {
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    var input = document.getElementById('search-query');
    var manifests = window.baocaoSearchIndex;
    var language = status && status.getAttribute('data-lang');
    if (!status || !list || !input || !manifests || !manifests[language]) return;
    var parts = window.baocaoSearchParts = window.baocaoSearchParts || {};
    var root = status.getAttribute('data-root');
    var others = (status.getAttribute('data-other-indexes') || '').split(' ').filter(Boolean);
    var othersRequested = false;
    var scopeLine = document.getElementById('search-scope');
    var params = new URLSearchParams(window.location.search);
    /* The report to look through first; none when it is the only one. */
    var scope = scopeLine && manifests[language].reports.length > 1 && manifests[language].reports.filter(function (report) {
      return report.id === params.get('report');
    })[0] || null;
    var requested = Object.create(null);
    var prepared = Object.create(null);
    var loading = 0;
    var entries = [];
    var shown = null;

    /* The loaded parts' pages, in the order of the manifests (the page's language first) and of their reports. */
    function collect() {
      entries = [];
      Object.keys(manifests).forEach(function (code) {
        manifests[code].reports.forEach(function (report) {
          if (!parts[report.u]) return;
          if (!prepared[report.u]) prepared[report.u] = prepare(parts[report.u], code);
          entries = entries.concat(prepared[report.u]);
        });
      });
    }

    /* Loads scripts not loaded yet, then `then` (which may load more), then searches again with what came. */
    function load(hrefs, then) {
      var wanted = hrefs.filter(function (href) { return !requested[href]; });
      wanted.forEach(function (href) { requested[href] = true; });
      var waiting = wanted.length;
      loading++;
      function done() {
        loading--;
        if (then) then();
        if (loading > 0) return;
        collect();
        shown = null;
        run(input.value);
      }
      if (!waiting) { done(); return; }
      wanted.forEach(function (href) {
        var script = document.createElement('script');
        script.src = href;
        script.onload = script.onerror = function () { if (--waiting === 0) done(); };
        document.head.appendChild(script);
      });
    }

    function partsOf(code) {
      return manifests[code] ? manifests[code].reports.map(function (report) { return root + report.u; }) : [];
    }

    function searchEveryReport() {
      scope = null;
      rememberQuery();
      load(partsOf(language));
    }

    function loadOthers() {
      othersRequested = true;
      load(others, function () {
        load(Object.keys(manifests).filter(function (code) { return code !== language; }).reduce(function (all, code) {
          return all.concat(partsOf(code));
        }, []));
      });
    }

    var switches = document.querySelectorAll('.language-switch a');
    var plainHrefs = Array.prototype.map.call(switches, function (a) { return a.getAttribute('href'); });

    function queryString(query) {
      return '?q=' + encodeURIComponent(query) + (scope ? '&report=' + encodeURIComponent(scope.id) : '');
    }

    function rememberQuery() {
      try { history.replaceState(null, '', queryString(input.value)); } catch (e) { /* file:// may refuse */ }
    }

    function run(query) {
      if (query === shown) return;
      shown = query;
      if (loading > 0) return; // the load's end searches again
      var phrase = fold(query).replace(/\s+/g, ' ').trim();
      var terms = phrase.split(' ').filter(Boolean);
      list.textContent = '';
      Array.prototype.forEach.call(switches, function (a, i) {
        a.setAttribute('href', plainHrefs[i] + (phrase ? queryString(query.trim()) : ''));
      });
      if (scopeLine) scopeLine.hidden = true;
      if (!terms.length) { status.textContent = ''; return; }
      var hits = entries.map(function (e) { return { entry: e, score: score(e, terms, phrase) }; })
        .filter(function (h) { return h.score > 0; })
        .sort(function (a, b) {
          var ownA = a.entry.language === language ? 0 : 1, ownB = b.entry.language === language ? 0 : 1;
          return ownA - ownB || b.score - a.score;
        }).slice(0, 50);
      if (!hits.length && scope) {
        status.textContent = '';
        searchEveryReport();
        return;
      }
      if (!hits.length && !othersRequested && others.length) {
        status.textContent = '';
        loadOthers();
        return;
      }
      var template = hits.length === 1 ? status.getAttribute('data-result-one') : status.getAttribute('data-results');
      status.textContent = hits.length ? template.replace('{count}', hits.length).replace('{query}', query.trim())
        : status.getAttribute('data-none');
      if (scope) {
        var scopeText = scopeLine.getAttribute('data-scope').replace('{report}', scope.t);
        scopeLine.querySelector('span').textContent = scopeText;
        scopeLine.hidden = false;
        /* Said with the count: screen readers read the status when it changes, not the line with the button. */
        var said = document.createElement('span');
        said.className = 'visually-hidden';
        said.textContent = ' ' + scopeText;
        status.appendChild(said);
      }
      hits.forEach(function (hit) {
        var page = hit.entry.page;
        var item = document.createElement('li');
        item.className = 'search-result';
        item.lang = hit.entry.language;
        var link = document.createElement('a');
        link.href = root + page.u;
        link.textContent = page.t;
        var heading = document.createElement('h2');
        heading.appendChild(link);
        var context = document.createElement('p');
        context.className = 'search-context';
        context.textContent = page.c + ' · ';
        var badge = document.createElement('span');
        badge.className = 'badge';
        badge.textContent = manifests[hit.entry.language].name;
        context.appendChild(badge);
        var body = hit.entry.text.length ? snippet(page.x, hit.entry.text, terms, phrase) : document.createTextNode(page.s);
        var excerpt = document.createElement('p');
        excerpt.className = 'search-snippet';
        excerpt.appendChild(body);
        item.appendChild(heading);
        item.appendChild(context);
        item.appendChild(excerpt);
        list.appendChild(item);
      });
    }

    var timer;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        run(input.value);
        rememberQuery();
      }, 120);
    });
    input.closest('form').addEventListener('submit', function (event) {
      event.preventDefault();
      run(input.value);
    });
    if (scopeLine) {
      scopeLine.querySelector('button').addEventListener('click', function () {
        /* The button goes with the line: the reader is put back in the query, and the status tells the new count. */
        input.focus();
        searchEveryReport();
      });
    }
    input.value = params.get('q') || '';
    load(scope ? [root + scope.u] : partsOf(language));
  }

  /* A chart's data table prints too: open the toggles for printing and close them again afterwards. */
  function preparePrinting() {
    var opened = [];
    window.addEventListener('beforeprint', function () {
      document.querySelectorAll('details:not([open])').forEach(function (d) { d.open = true; opened.push(d); });
    });
    window.addEventListener('afterprint', function () {
      opened.forEach(function (d) { d.open = false; });
      opened = [];
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    preparePrinting();
    searchPage();
  });
}());
