// ?fixture=<rule>/<page>.html : shows that fixture in a same-origin frame.
// &srcdoc=1 : writes the fixture into the frame as srcdoc (an about:srcdoc document, as some
// sites and vendors build their frames) instead of loading it by URL.
const params = new URLSearchParams(location.search);
const panel = document.getElementById('panel');
const path = '/fixtures/' + params.get('fixture');
if (params.get('srcdoc') === '1') {
  fetch(path)
    .then((response) => response.text())
    .then((html) => {
      panel.srcdoc = html;
    });
} else {
  panel.src = path;
}
