// After load, inserts a widget's markup (taken from a fixture, given as ?fixture=) and records
// when it went in and when Candor's banner appeared, both on the page's own clock.
(function () {
  var fixture = new URLSearchParams(location.search).get('fixture');
  new MutationObserver(function (records) {
    for (var r of records) for (var n of r.addedNodes) {
      if (n.localName === 'candor-banner' && !window.__bannerAt) window.__bannerAt = performance.now();
    }
  }).observe(document.documentElement, { childList: true });
  addEventListener('load', function () {
    fetch('/fixtures/' + fixture).then(function (r) { return r.text(); }).then(function (html) {
      var doc = new DOMParser().parseFromString(html, 'text/html');
      setTimeout(function () {
        var nodes = Array.prototype.slice.call(doc.body.children).filter(function (n) {
          return ['header', 'nav', 'main', 'footer', 'section', 'article', 'h1', 'h2', 'p', 'form', 'aside', 'script'].indexOf(n.localName) < 0;
        });
        window.__insertedAt = performance.now();
        nodes.forEach(function (n) { document.body.appendChild(document.importNode(n, true)); });
      }, 300);
    });
  });
})();
