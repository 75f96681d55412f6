// Puts real fixture markup on an e2e page: ?fixtures=a/b.html,c/d.html&delay=2000
// Scripts are re-created so they run (and count) as they would when a site adds them.
(function () {
  var params = new URLSearchParams(location.search);
  var fixtures = (params.get('fixtures') || '').split(',').filter(Boolean);
  var delay = Number(params.get('delay') || 0);
  var target = document.getElementById('mount') || document.body;
  function inject(html, whole) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    // ?noscripts=1: only the widget's elements, as when its loader came inside a site bundle.
    if (params.get('noscripts') === '1') Array.prototype.slice.call(doc.querySelectorAll('script')).forEach(function (s) { s.remove(); });
    var nodes = Array.prototype.slice.call(doc.body.childNodes);
    nodes.forEach(function (node) {
      // Skip the host page's own layout; keep what the widget adds (scripts, containers, frames).
      if (node.nodeType !== 1) return;
      var tag = node.localName;
      if (!whole && ['header', 'nav', 'main', 'footer', 'section', 'article', 'h1', 'h2', 'p', 'form', 'aside'].indexOf(tag) >= 0) return;
      target.appendChild(revive(document.importNode(node, true)));
    });
    Array.prototype.slice.call(doc.head.querySelectorAll('script[src]')).forEach(function (s) {
      document.head.appendChild(revive(document.importNode(s, true)));
    });
  }
  function revive(node) {
    if (node.localName === 'script') {
      var s = document.createElement('script');
      for (var i = 0; i < node.attributes.length; i++) s.setAttribute(node.attributes[i].name, node.attributes[i].value);
      s.text = node.text;
      return s;
    }
    var scripts = node.querySelectorAll ? node.querySelectorAll('script') : [];
    Array.prototype.slice.call(scripts).forEach(function (old) {
      old.parentNode.replaceChild(revive(old), old);
    });
    return node;
  }
  // ?filler=N: a page of N more elements (a long product grid) before the widget, made while
  // the page is still loading.
  var filler = Number(params.get('filler') || 0);
  if (filler > 0) {
    var rows = [];
    for (var i = 0; i < filler / 4; i++) rows.push('<article class="card"><h3>Item ' + i + '</h3><p>In stock</p><a href="#">Buy</a></article>');
    var grid = document.createElement('main');
    grid.innerHTML = rows.join('');
    target.parentNode.insertBefore(grid, target);
  }
  // ?sync=1: the widget is already on the page when it finishes loading (synchronous request),
  // so only the first look at document_idle can find it. The whole fixture body comes along:
  // some widgets are embedded inside the page's own layout.
  if (params.get('sync') === '1') {
    fixtures.forEach(function (f) {
      var request = new XMLHttpRequest();
      request.open('GET', '/fixtures/' + f, false);
      request.send();
      inject(request.responseText, true);
    });
    document.documentElement.setAttribute('data-injected', String(fixtures.length));
    return;
  }
  setTimeout(function () {
    fixtures.forEach(function (f) {
      fetch('/fixtures/' + f).then(function (r) { return r.text(); }).then(inject).then(function () {
        document.documentElement.setAttribute('data-injected', String(Number(document.documentElement.getAttribute('data-injected') || 0) + 1));
      });
    });
  }, delay);
})();
