// Inserts 50,000 elements in 100 batches of 500, one batch every 20 ms, then marks itself done.
(function () {
  var feed = document.getElementById('feed');
  var batch = 0;
  function step() {
    var frag = document.createDocumentFragment();
    for (var i = 0; i < 100; i++) {
      var post = document.createElement('div');
      post.className = 'post';
      var title = document.createElement('h4');
      title.textContent = 'Post ' + batch + '-' + i;
      var body = document.createElement('p');
      body.textContent = 'Some text for the post.';
      var meta = document.createElement('span');
      meta.className = 'meta';
      meta.textContent = 'just now';
      var like = document.createElement('button');
      like.textContent = 'Like';
      post.append(title, body, meta, like);
      frag.appendChild(post);
    }
    feed.appendChild(frag);
    batch++;
    if (batch < 100) setTimeout(step, 20);
    else document.documentElement.setAttribute('data-storm-done', '1');
  }
  addEventListener('load', function () { setTimeout(step, 20); });
})();
