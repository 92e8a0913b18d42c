// Biên Niên: a little plain JavaScript. Tapping (or focusing) a highlighted span shows its
// details in a box at the bottom of the screen, for touch screens that have no hover.
(function () {
  "use strict";
  document.documentElement.setAttribute("data-js", "ready");
  var tip = document.getElementById("tip");
  if (!tip) { return; }
  function show(mark) {
    tip.textContent = mark.getAttribute("data-details") || "";
    tip.hidden = false;
  }
  document.addEventListener("click", function (event) {
    var mark = event.target.closest ? event.target.closest("mark.ent[data-details]") : null;
    if (mark) { show(mark); event.stopPropagation(); } else { tip.hidden = true; }
  });
  document.addEventListener("focusin", function (event) {
    if (event.target.matches && event.target.matches("mark.ent[data-details]")) { show(event.target); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { tip.hidden = true; }
  });
})();
