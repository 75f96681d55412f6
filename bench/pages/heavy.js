// Builds a product grid of ~10,000 elements during parsing, like a big catalogue page.
(function () {
  var grid = document.getElementById('grid');
  var html = '';
  for (var i = 0; i < 1250; i++) {
    html +=
      '<article class="card product-' + (i % 37) + '"><h3 class="title">Item ' + i + '</h3>' +
      '<p class="price"><span>€</span><b>' + (i % 90) + '</b></p>' +
      '<ul class="tags"><li>new</li></ul></article>';
  }
  grid.innerHTML = html;
})();
