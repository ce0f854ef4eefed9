// baocao serve: reloads this page when a rebuild changed it, and shows the content's errors over the last good page.
// Added to pages only while serving; never part of a built site.
(function () {
  'use strict';
  var here = location.pathname.replace(/index\.html$/, '');
  var lost = false;
  var source = new EventSource('/__baocao/events');

  function sitePath(path) {
    return ('/' + path).replace(/index\.html$/, '');
  }

  function affectsThisPage(changed) {
    return changed.some(function (path) {
      if (/\.pdf$/.test(path)) return false;
      return sitePath(path) === here || !/\.html$/.test(path);
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
    if (affectsThisPage(JSON.parse(event.data))) location.reload();
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
