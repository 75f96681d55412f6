// Starts loader.js (which waits ?delay= ms, then adds the ?fixtures= widget) only once the
// page has fired "load", so the delay counts from load.
window.addEventListener('load', function () {
  var s = document.createElement('script');
  s.src = '/e2e/loader.js';
  document.body.appendChild(s);
});
