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
  // Exercise pages: the highlights stay hidden, and out of the tab order, until a "show the answers"
  // button reveals a family (body class show-<family>, read by report.css) and opens its answer list.
  if (document.body.classList.contains("page-exercise")) {
    var shown = {};
    var focusable = function () {
      var marks = document.querySelectorAll(".article-text mark.hl[id]");
      for (var m = 0; m < marks.length; m++) {
        var family = (marks[m].className.match(/\bf-([a-z]+)/) || [])[1];
        marks[m].setAttribute("tabindex", shown[family] ? "0" : "-1");
      }
    };
    var reveal = function (button) {
      var open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", open ? "true" : "false");
      var panel = document.getElementById(button.getAttribute("aria-controls"));
      if (panel) { panel.hidden = !open; }
      var families = button.getAttribute("data-families").split(" ");
      for (var f = 0; f < families.length; f++) {
        shown[families[f]] = open;
        document.body.classList.toggle("show-" + families[f], open);
      }
      focusable();
    };
    var buttons = document.querySelectorAll("button.reveal[data-families]");
    for (var b = 0; b < buttons.length; b++) {
      buttons[b].addEventListener("click", function (event) { reveal(event.currentTarget); });
    }
    focusable();
  }
  // Escape closes a highlight's tooltip by leaving it.
  document.addEventListener("keydown", function (event) {
    var el = document.activeElement;
    if (event.key === "Escape" && el && el.matches && el.matches("mark.hl")) { el.blur(); }
  });
})();
