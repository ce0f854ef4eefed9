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

  function prepare(pages) {
    return pages.map(function (p) {
      return { page: p, title: fold(p.t), context: fold(p.c), summary: fold(p.s), text: fold(p.x) };
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

  function searchPage() {
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    var input = document.getElementById('search-query');
    var indexes = window.baocaoSearchIndex;
    if (!status || !list || !input || !indexes) return;
    var root = status.getAttribute('data-root');
    var language = status.getAttribute('data-lang');
    /* The other languages' indexes, loaded only when this language has no match: a phone downloads one language. */
    var others = (status.getAttribute('data-other-indexes') || '').split(' ').filter(Boolean);
    var othersRequested = false;
    var entries = prepareAll();

    function prepareAll() {
      return Object.keys(indexes).reduce(function (all, code) { return all.concat(prepare(indexes[code].pages)); }, []);
    }

    function loadOthers() {
      othersRequested = true;
      var waiting = others.length;
      others.forEach(function (href) {
        var script = document.createElement('script');
        script.src = href;
        script.onload = script.onerror = function () {
          if (--waiting > 0) return;
          entries = prepareAll();
          var query = shown;
          shown = null;
          run(query);
        };
        document.head.appendChild(script);
      });
    }
    var switches = document.querySelectorAll('.language-switch a');
    var plainHrefs = Array.prototype.map.call(switches, function (a) { return a.getAttribute('href'); });

    var shown = null;

    function run(query) {
      if (query === shown) return;
      shown = query;
      var phrase = fold(query).replace(/\s+/g, ' ').trim();
      var terms = phrase.split(' ').filter(Boolean);
      list.textContent = '';
      Array.prototype.forEach.call(switches, function (a, i) {
        a.setAttribute('href', plainHrefs[i] + (phrase ? '?q=' + encodeURIComponent(query.trim()) : ''));
      });
      if (!terms.length) { status.textContent = ''; return; }
      var hits = entries.map(function (e) { return { entry: e, score: score(e, terms, phrase) }; })
        .filter(function (h) { return h.score > 0; })
        .sort(function (a, b) {
          var ownA = a.entry.page.l === language ? 0 : 1, ownB = b.entry.page.l === language ? 0 : 1;
          return ownA - ownB || b.score - a.score;
        }).slice(0, 50);
      if (!hits.length && !othersRequested && others.length) {
        status.textContent = '';
        loadOthers();
        return;
      }
      var template = hits.length === 1 ? status.getAttribute('data-result-one') : status.getAttribute('data-results');
      status.textContent = hits.length ? template.replace('{count}', hits.length).replace('{query}', query.trim())
        : status.getAttribute('data-none');
      hits.forEach(function (hit) {
        var page = hit.entry.page;
        var item = document.createElement('li');
        item.className = 'search-result';
        item.lang = page.l;
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
        badge.textContent = indexes[page.l] ? indexes[page.l].name : page.l;
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
        try { history.replaceState(null, '', '?q=' + encodeURIComponent(input.value)); } catch (e) { /* file:// may refuse */ }
      }, 120);
    });
    input.closest('form').addEventListener('submit', function (event) {
      event.preventDefault();
      run(input.value);
    });
    var query = new URLSearchParams(window.location.search).get('q') || '';
    input.value = query;
    run(query);
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
