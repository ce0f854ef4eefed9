// baocao serve: reloads this page when a rebuild changed it, and shows the content's errors over the last good page.
// Added to pages only while serving; never part of a built site.
(function () {
  'use strict';
  var here = location.pathname.replace(/index\.html$/, '');
  var lost = false;
  var updates = 0;
  var source = new EventSource('/__baocao/events');

  function sitePath(path) {
    return ('/' + path).replace(/index\.html$/, '');
  }

  // What of the changed files this page shows: itself, and any other file but PDFs (a style, an image, a font)
  // except the search index's scripts it does not load (an edit rewrites its report's part, vi/2020/search-index.js,
  // and a change of a report's title its language's manifest, search-index.vi.js).
  function affectingThisPage(changed) {
    return changed.filter(function (path) {
      if (/\.pdf$/.test(path)) return false;
      if (/(^|\/)search-index\.([^\/]*\.)?js$/.test(path)) return loads(path);
      return sitePath(path) === here || !/\.html$/.test(path);
    });
  }

  function loads(path) {
    var wanted = new URL('/' + path, location.href).href;
    var links = Array.prototype.map.call(document.querySelectorAll('script[src]'), function (script) { return script.src; });
    document.querySelectorAll('[data-other-indexes]').forEach(function (element) {
      element.getAttribute('data-other-indexes').split(' ').filter(Boolean).forEach(function (href) {
        links.push(new URL(href, location.href).href);
      });
    });
    return links.indexOf(wanted) >= 0;
  }

  // Only this page's text changed: the new page is fetched and only the elements that differ are replaced, so the
  // styles, fonts and scripts are not loaded again, the scroll position stays and so do the elements scripts
  // work on. A page whose head changed or whose body runs a script of its own is reloaded whole instead.
  function update() {
    var mine = ++updates;
    fetch(location.pathname + location.search, { cache: 'no-store' }).then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      return response.text();
    }).then(function (html) {
      if (mine !== updates) return; // a newer save's page is on its way
      var fresh = new DOMParser().parseFromString(html, 'text/html');
      var ownScripts = Array.prototype.filter.call(fresh.body.querySelectorAll('script'), function (script) {
        return script.getAttribute('src') !== '/__baocao/reload.js';
      });
      if (fresh.head.innerHTML !== document.head.innerHTML || ownScripts.length > 0
          || !same(document.documentElement, fresh.documentElement) || !same(document.body, fresh.body)) throw new Error('reload');
      var overlay = document.getElementById('baocao-problems');
      if (overlay) overlay.remove();
      morph(document.body, fresh.body);
      if (overlay) document.body.appendChild(overlay);
    }).catch(function () {
      location.reload();
    });
  }

  // Makes the children of `live` those of `fresh`, keeping every element whose tag and attributes are the same.
  function morph(live, fresh) {
    var wanted = Array.prototype.slice.call(fresh.childNodes);
    var have = Array.prototype.slice.call(live.childNodes);
    wanted.forEach(function (node, i) {
      var old = have[i];
      if (old && same(old, node)) {
        if (old.nodeType === Node.ELEMENT_NODE) morph(old, node);
      } else if (old) {
        live.replaceChild(document.importNode(node, true), old);
      } else {
        live.appendChild(document.importNode(node, true));
      }
    });
    for (var i = have.length - 1; i >= wanted.length; i--) live.removeChild(have[i]);
  }

  function same(old, node) {
    if (old.nodeType !== node.nodeType) return false;
    if (old.nodeType !== Node.ELEMENT_NODE) return old.nodeValue === node.nodeValue;
    if (old.tagName !== node.tagName || old.attributes.length !== node.attributes.length) return false;
    if (old.tagName === 'TEMPLATE' && old.innerHTML !== node.innerHTML) return false;
    return Array.prototype.every.call(node.attributes, function (attribute) {
      return old.getAttribute(attribute.name) === attribute.value;
    });
  }

  // A problem as the terminal prints it: the message, the source line with a caret under the column, the hint.
  // The message and hint wrap; the source line and caret never do, since a wrapped line would move the caret off
  // the word it points at: a long one scrolls sideways instead.
  function problem(text, isError) {
    var item = document.createElement('div');
    item.style.cssText = 'margin:0 0 .75rem;padding:.5rem .75rem;border-left:4px solid ' +
      (isError ? '#ff6e6e;background:rgba(255,80,80,.16);color:#fff' : '#e0b84a;background:rgba(255,255,255,.06);color:#e8e8e8');
    var lines = text.replace(/\n$/, '').split('\n');
    var source = lines.slice(1).filter(function (line) { return !/^ {4}(hint|gợi ý): /.test(line); });
    var hint = lines.slice(1).filter(function (line) { return /^ {4}(hint|gợi ý): /.test(line); });
    item.appendChild(block('div', lines[0], 'white-space:pre-wrap'));
    if (source.length > 0) item.appendChild(block('pre', source.join('\n'), 'margin:0;white-space:pre;overflow-x:auto;font:inherit'));
    if (hint.length > 0) item.appendChild(block('div', hint.join('\n'), 'white-space:pre-wrap'));
    return item;
  }

  function block(tag, text, css) {
    var element = document.createElement(tag);
    element.style.cssText = css;
    element.textContent = text;
    return element;
  }

  // Errors first and highlighted: they are what stopped the build. The warnings, often a long to-do list, come
  // after, folded away.
  function showProblems(problems) {
    var box = document.getElementById('baocao-problems');
    if (box) box.remove();
    box = document.createElement('div');
    box.id = 'baocao-problems';
    box.setAttribute('role', 'alert');
    box.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;' +
      'background:#161616;color:#fff;font:14px/1.5 monospace;text-align:left';
    var title = document.createElement('strong');
    title.style.cssText = 'display:block;color:#ff8a80;font-size:16px;margin-bottom:1rem';
    title.textContent = problems.title;
    box.appendChild(title);
    problems.errors.forEach(function (text) {
      box.appendChild(problem(text, true));
    });
    if (problems.warnings.length > 0) {
      var warnings = document.createElement('details');
      warnings.style.cssText = 'margin-top:1.5rem';
      var summary = document.createElement('summary');
      summary.style.cssText = 'cursor:pointer;color:#e0b84a;margin-bottom:.75rem';
      summary.textContent = problems.warningsTitle;
      warnings.appendChild(summary);
      problems.warnings.forEach(function (text) {
        warnings.appendChild(problem(text, false));
      });
      box.appendChild(warnings);
    }
    document.body.appendChild(box);
  }

  source.addEventListener('reload', function (event) {
    var changed = affectingThisPage(JSON.parse(event.data));
    if (changed.length === 0) return;
    if (changed.every(function (path) { return sitePath(path) === here; })) {
      update();
    } else {
      location.reload();
    }
  });
  source.addEventListener('problems', function (event) {
    showProblems(JSON.parse(event.data));
  });
  source.addEventListener('ok', function () {
    var box = document.getElementById('baocao-problems');
    if (box) box.remove();
  });
  source.onerror = function () {
    lost = true;
  };
  source.onopen = function () {
    // The server was restarted: the page may be out of date.
    if (lost) location.reload();
  };
})();
