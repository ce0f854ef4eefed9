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

  function overlay() {
    var box = document.getElementById('baocao-problems');
    if (box) return box;
    box = document.createElement('div');
    box.id = 'baocao-problems';
    box.setAttribute('role', 'alert');
    box.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;' +
      'background:rgba(20,20,20,.94);color:#fff;font:14px/1.5 monospace;white-space:pre-wrap;text-align:left';
    var title = document.createElement('strong');
    title.style.cssText = 'display:block;color:#ff8a80;font-size:16px;margin-bottom:1rem';
    title.textContent = 'baocao: the content has errors; this page is the last good build.';
    var text = document.createElement('pre');
    text.style.cssText = 'margin:0;white-space:pre-wrap;font:inherit';
    box.appendChild(title);
    box.appendChild(text);
    document.body.appendChild(box);
    return box;
  }

  source.addEventListener('reload', function (event) {
    if (affectsThisPage(JSON.parse(event.data))) location.reload();
  });
  source.addEventListener('problems', function (event) {
    overlay().querySelector('pre').textContent = JSON.parse(event.data).text;
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
