(function () {
  "use strict";
  var list = document.getElementById("reports");
  var add = document.getElementById("add");
  add.hidden = false;
  add.addEventListener("click", function () {
    var blocks = list.querySelectorAll("fieldset.report");
    var copy = blocks[blocks.length - 1].cloneNode(true);
    copy.querySelectorAll("input,textarea").forEach(function (el) { el.value = ""; });
    copy.querySelector("legend").textContent = "Report " + (blocks.length + 1);
    list.appendChild(copy);
    copy.querySelector("textarea").focus();
  });
  var input = document.getElementById("files");
  var drop = document.getElementById("drop");
  var shown = document.getElementById("file-list");
  function show() {
    shown.textContent = "";
    Array.prototype.forEach.call(input.files, function (f) {
      var li = document.createElement("li");
      li.textContent = f.name + " (" + f.size + " bytes)";
      shown.appendChild(li);
    });
  }
  input.addEventListener("change", show);
  ["dragenter", "dragover"].forEach(function (t) {
    drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (t) {
    drop.addEventListener(t, function () { drop.classList.remove("over"); });
  });
  drop.addEventListener("drop", function (e) {
    e.preventDefault();
    var dt = new DataTransfer();
    Array.prototype.forEach.call(input.files, function (f) { dt.items.add(f); });
    Array.prototype.forEach.call(e.dataTransfer.files, function (f) { dt.items.add(f); });
    input.files = dt.files;
    show();
  });
})();
