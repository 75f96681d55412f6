// ?fixture=<rule>/<page>.html : shows that fixture in a same-origin frame.
document.getElementById('panel').src = '/fixtures/' + new URLSearchParams(location.search).get('fixture');
