// Stands in for OneTrust's banner SDK on the audit's consent test page (the real one cannot
// load here): what it does when the visitor answers, as OneTrust documents it. It records the
// answer (OptanonAlertBoxClosed and OptanonConsent cookies, window.OnetrustActiveGroups),
// hides the banner, and, for groups now allowed, runs the scripts held back by "JavaScript
// Type Re-Writing" (type="text/plain" class="optanon-category-<group>").
(function () {
  var NECESSARY = ',C0001,';
  window.OnetrustActiveGroups = NECESSARY;
  function answer(groups) {
    window.OnetrustActiveGroups = groups;
    document.cookie = 'OptanonAlertBoxClosed=' + new Date().toISOString() + '; path=/';
    document.cookie = 'OptanonConsent=groups=' + encodeURIComponent(groups.replace(/^,|,$/g, '').split(',').map(function (g) { return g + ':1'; }).join(',')) + '; path=/';
    document.getElementById('onetrust-banner-sdk').style.display = 'none';
    document.querySelector('.onetrust-pc-dark-filter').style.display = 'none';
    Array.prototype.slice.call(document.querySelectorAll('script[type="text/plain"][class*="optanon-category-"]')).forEach(function (blocked) {
      var group = /optanon-category-([\w-]+)/.exec(blocked.className)[1];
      if (groups.indexOf(',' + group + ',') < 0) return;
      var script = document.createElement('script');
      script.type = 'text/javascript';
      script.text = blocked.text;
      blocked.parentNode.replaceChild(script, blocked);
    });
    if (typeof window.OptanonWrapper === 'function') window.OptanonWrapper();
    window.dispatchEvent(new CustomEvent('OneTrustGroupsUpdated', { detail: groups.replace(/^,|,$/g, '').split(',') }));
  }
  document.getElementById('onetrust-accept-btn-handler').addEventListener('click', function () {
    answer(',C0001,C0002,C0003,C0004,');
  });
  document.getElementById('onetrust-reject-all-handler').addEventListener('click', function () {
    answer(NECESSARY);
  });
})();
