// Progressive enhancement for the highlight toggles (the CSS alone hides the highlights): a hidden
// family's highlights also leave the tab order, so keyboard users only stop on what they can see.
(function () {
  "use strict";
  function sync(box) {
    var family = box.getAttribute("data-family");
    var marks = document.querySelectorAll(".article-text mark.f-" + family + "[id]");
    for (var i = 0; i < marks.length; i++) {
      marks[i].setAttribute("tabindex", box.checked ? "0" : "-1");
    }
  }
  var boxes = document.querySelectorAll("input.toggle[data-family]");
  for (var i = 0; i < boxes.length; i++) {
    boxes[i].addEventListener("change", function (event) { sync(event.target); });
    sync(boxes[i]);
  }
  // Escape closes a highlight's tooltip by leaving it.
  document.addEventListener("keydown", function (event) {
    var el = document.activeElement;
    if (event.key === "Escape" && el && el.matches && el.matches("mark.hl")) { el.blur(); }
  });
})();
