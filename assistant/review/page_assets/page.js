// Small and local: a filter for flagged items and highlighting the source a [n] points to.
window.addEventListener("error", function () { document.body.dataset.error = "1"; });
(function () {
  var box = document.getElementById("only-flagged");
  box.addEventListener("change", function () {
    document.body.classList.toggle("only-flagged", box.checked);
  });
  document.querySelectorAll("a.cite").forEach(function (link) {
    link.addEventListener("click", function () {
      document.querySelectorAll(".source.target").forEach(function (s) { s.classList.remove("target"); });
      var section = link.closest("section");
      var source = section && section.querySelector('.source[data-n="' + link.dataset.n + '"]');
      if (source) { source.classList.add("target"); }
    });
  });
  document.body.dataset.ready = "1";
})();
