// ?mode=<words> turns on hostile behaviour; window.__hostile records what happened.
(function () {
  var params = new URLSearchParams(location.search);
  var modes = (params.get('mode') || '').split(',');
  // ?target=<rule>: fight only that rule's banner (others are left alone, as controls).
  var target = params.get('target');
  var aimed = function (el) { return el.localName === 'candor-banner' && (!target || el.getAttribute('data-candor-rule') === target); };
  var has = function (m) { return modes.indexOf(m) >= 0; };
  document.documentElement.setAttribute('data-mode', modes.join(' '));
  var log = (window.__hostile = { removed: 0, readded: 0, errors: 0, ticks: 0 });
  addEventListener('error', function () { log.errors++; });

  if (has('define')) {
    // The page claims the element's name first, and tries to take it over.
    customElements.define('candor-banner', class extends HTMLElement {
      constructor() {
        super();
        try { this.attachShadow({ mode: 'open' }).textContent = 'FAKE BANNER'; } catch (e) { log.attachFailed = true; }
      }
      connectedCallback() { this.setAttribute('data-candor-rule', 'forged'); }
    });
  }
  if (has('proto')) {
    // Once the widget is in, break the DOM for everybody in this world.
    var breakAll = setInterval(function () {
      if (!document.documentElement.hasAttribute('data-injected')) return;
      clearInterval(breakAll);
      Element.prototype.attachShadow = function () { throw new Error('no shadow for you'); };
      Node.prototype.appendChild = function () { throw new Error('no appending'); };
      Element.prototype.append = function () { throw new Error('no appending'); };
      document.querySelector = function () { return null; };
      window.MutationObserver = function () { throw new Error('no observers'); };
      window.ResizeObserver = function () { throw new Error('no observers'); };
      Array.prototype.map = function () { return []; };
      JSON.stringify = function () { return '{}'; };
      log.broken = true;
    }, 10);
  }
  if (has('forge')) {
    // Globals that chat vendors define, and messages that look like an extension's.
    window.Intercom = function () {};
    window.zE = function () {};
    window.Tawk_API = {};
    window.$crisp = [];
    window.tidioChatApi = {};
    window.drift = {};
    window.HubSpotConversations = {};
    window.voiceflow = { chat: {} };
    window.botpress = {};
    setInterval(function () {
      window.postMessage({ type: 'detections/report', candor: true, detections: [{ rule: 'intercom' }] }, '*');
      document.dispatchEvent(new CustomEvent('candor', { detail: { rule: 'intercom' } }));
      log.forged = (log.forged || 0) + 1;
    }, 50);
  }
  function onReady(fn) { if (document.readyState === 'loading') addEventListener('DOMContentLoaded', fn); else fn(); }
  if (has('remove')) {
    // Remove Candor's elements whenever they appear.
    onReady(function () {
      new MutationObserver(function (records) {
        records.forEach(function (r) {
          r.addedNodes.forEach(function (n) {
            if (aimed(n)) { log.readded++; n.remove(); log.removed++; }
          });
        });
      }).observe(document.documentElement, { childList: true });
    });
  }
  if (has('hide')) {
    // Hide Candor's note each time it appears or comes back, every way a page can: inline
    // display:none !important, the hidden attribute, a stylesheet (hostile.css), out of the top
    // layer, and into a box that is not displayed. ?times=N: only the first N times (an
    // accident: a single-page app re-rendering, a modal clearing the screen).
    var limit = Number(params.get('times') || Infinity);
    onReady(function () {
      var box = document.createElement('div');
      box.id = 'out-of-sight';
      box.style.display = 'none';
      document.body.appendChild(box);
      var hide = function (el) {
        if ((log.hidden || 0) >= limit) return;
        el.setAttribute('style', 'display:none !important');
        el.hidden = true;
        try { el.hidePopover(); } catch (e) { /* not open */ }
        box.appendChild(el);
        log.hidden = (log.hidden || 0) + 1;
      };
      new MutationObserver(function (records) {
        records.forEach(function (r) { r.addedNodes.forEach(function (n) { if (aimed(n)) hide(n); }); });
      }).observe(document.documentElement, { childList: true });
    });
  }
  if (has('restyle')) {
    onReady(function () {
      setInterval(function () {
        document.querySelectorAll('candor-banner').forEach(function (b) {
          b.setAttribute('style', 'display:none !important');
          b.hidden = true;
          log.restyled = (log.restyled || 0) + 1;
        });
      }, 100);
    });
  }
  if (has('zindex')) {
    onReady(function () { var c = document.createElement('div'); c.className = 'cover'; document.body.appendChild(c); });
  }
  if (has('attrstorm')) {
    // An endless stream of attribute changes.
    onReady(function () {
      var els = [];
      for (var i = 0; i < 200; i++) { var d = document.createElement('div'); d.textContent = i; document.body.appendChild(d); els.push(d); }
      var n = 0;
      setInterval(function () { for (var j = 0; j < els.length; j++) els[j].setAttribute('data-tick', String(n)); n++; log.ticks = n; }, 4);
    });
  }
  if (has('iframes')) {
    // Added after load, so the test does not wait for a thousand frames to finish loading.
    addEventListener('load', function () {
      for (var i = 0; i < 1000; i++) { var f = document.createElement('iframe'); f.srcdoc = '<p>frame ' + i + '</p>'; f.width = 20; f.height = 20; document.body.appendChild(f); }
      log.frames = 1000;
    });
  }
  if (has('huge')) {
    onReady(function () {
      var html = '';
      for (var i = 0; i < 40000; i++) html += '<div class="row r' + (i % 50) + '"><span>cell</span><b>' + i + '</b><i></i><a href="#">x</a></div>';
      var main = document.createElement('section');
      main.innerHTML = html;
      document.body.appendChild(main);
      log.elements = document.getElementsByTagName('*').length;
    });
  }
  if (has('detach')) {
    onReady(function () {
      // Move the widget into a document that is not shown, then back, then away for good.
      setTimeout(function () {
        var other = document.implementation.createHTMLDocument('');
        Array.prototype.slice.call(document.getElementById('mount').children).forEach(function (n) { other.body.appendChild(other.adoptNode(n)); });
        log.detached = true;
      }, 1500);
    });
  }
  setInterval(function () { log.alive = (log.alive || 0) + 1; }, 100);
})();
