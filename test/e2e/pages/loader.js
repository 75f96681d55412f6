// Puts real fixture markup on an e2e page: ?fixtures=a/b.html,c/d.html&delay=2000
// Scripts are re-created so they run (and count) as they would when a site adds them.
(function () {
  var params = new URLSearchParams(location.search);
  var fixtures = (params.get('fixtures') || '').split(',').filter(Boolean);
  var delay = Number(params.get('delay') || 0);
  var target = document.getElementById('mount') || document.body;
  function inject(html) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    var nodes = Array.prototype.slice.call(doc.body.childNodes);
    nodes.forEach(function (node) {
      // Skip the host page's own layout; keep what the widget adds (scripts, containers, frames).
      if (node.nodeType !== 1) return;
      var tag = node.localName;
      if (['header', 'nav', 'main', 'footer', 'section', 'article', 'h1', 'h2', 'p', 'form', 'aside'].indexOf(tag) >= 0) return;
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
  setTimeout(function () {
    fixtures.forEach(function (f) {
      fetch('/fixtures/' + f).then(function (r) { return r.text(); }).then(inject).then(function () {
        document.documentElement.setAttribute('data-injected', String(Number(document.documentElement.getAttribute('data-injected') || 0) + 1));
      });
    });
  }, delay);
})();
