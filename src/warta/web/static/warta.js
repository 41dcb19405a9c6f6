// A little progressive enhancement; every page works without it.
(function () {
  "use strict";
  function onReady() {
    // Article page: bring the cited passage into view and make it blink once so the eye finds it.
    var mark = document.getElementById("cited");
    if (mark) {
      mark.scrollIntoView({ block: "center" });
      mark.classList.add("flash");
      mark.setAttribute("tabindex", "-1");
    }
    // "/" focuses the search box, as on many news sites.
    var box = document.getElementById("q");
    document.addEventListener("keydown", function (e) {
      var t = e.target;
      var typing = t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable);
      if (e.key === "/" && box && !typing) { e.preventDefault(); box.focus(); box.select(); }
    });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", onReady); }
  else { onReady(); }
})();
