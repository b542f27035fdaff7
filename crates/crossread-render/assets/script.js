(function () {
  "use strict";
  var tip = document.createElement("div");
  tip.id = "tip";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  document.body.appendChild(tip);
  function show(e) {
    var m = e.target.closest && e.target.closest("mark[data-t],mark[title]");
    if (!m) return;
    if (m.title) { m.setAttribute("data-t", m.title); m.removeAttribute("title"); }
    tip.textContent = m.getAttribute("data-t");
    tip.hidden = false;
    var r = m.getBoundingClientRect();
    tip.style.left = Math.max(4, window.scrollX + r.left) + "px";
    tip.style.top = window.scrollY + r.bottom + 6 + "px";
  }
  function hide(e) {
    if (e.target.closest && e.target.closest("mark")) tip.hidden = true;
  }
  document.addEventListener("mouseover", show);
  document.addEventListener("focusin", show);
  document.addEventListener("mouseout", hide);
  document.addEventListener("focusout", hide);
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") tip.hidden = true; });
  var timer = null;
  function go(id) {
    var m = document.getElementById(id);
    if (!m) return false;
    var s = m.closest(".s") || m;
    document.querySelectorAll(".s.flash").forEach(function (x) { x.classList.remove("flash"); });
    s.scrollIntoView({ block: "center" });
    s.classList.add("flash");
    if (m.focus) m.focus({ preventScroll: true });
    clearTimeout(timer);
    timer = setTimeout(function () { s.classList.remove("flash"); }, 2600);
    return true;
  }
  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest('a[href^="#m"],a[href^="#i"]');
    if (!a) return;
    var id = a.getAttribute("href").slice(1);
    if (go(id)) {
      e.preventDefault();
      history.replaceState(null, "", "#" + id);
    }
  });
  if (location.hash.length > 1) go(decodeURIComponent(location.hash.slice(1)));
})();
