/* The report's tables: sortable headings, and wide tables reachable by keyboard. */
(function () {
  "use strict";
  var lang = document.documentElement.lang || "en";
  var collator = new Intl.Collator(lang, { sensitivity: "base", numeric: true });

  /* A cell's sort key: its data-value (a number, or "" when unknown), else its text. */
  function key(cell, numeric) {
    if (!numeric) { return cell.textContent.trim(); }
    var value = cell.getAttribute("data-value");
    return value === null || value === "" ? null : Number(value);
  }

  function compare(a, b, numeric, sign) {
    if (a === null || b === null) { return a === b ? 0 : a === null ? 1 : -1; } /* unknown last */
    if (!numeric) { return sign * collator.compare(a, b); }
    return sign * (a - b);
  }

  function sort(table, headings, index, direction) {
    var heading = headings[index];
    var numeric = heading.getAttribute("data-sort") === "number";
    var sign = direction === "ascending" ? 1 : -1;
    var body = table.tBodies[0];
    var rows = Array.prototype.map.call(body.rows, function (row, position) {
      return { row: row, key: key(row.cells[index], numeric), position: position };
    });
    rows.sort(function (a, b) {
      return compare(a.key, b.key, numeric, sign) || a.position - b.position;
    });
    rows.forEach(function (item) { body.appendChild(item.row); });
    headings.forEach(function (other) { other.removeAttribute("aria-sort"); });
    heading.setAttribute("aria-sort", direction);
  }

  document.querySelectorAll("table[data-sortable]").forEach(function (table) {
    var headings = Array.prototype.slice.call(table.tHead.rows[0].cells);
    headings.forEach(function (heading, index) {
      if (!heading.hasAttribute("data-sort")) { return; }
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (heading.firstChild) { button.appendChild(heading.firstChild); }
      heading.appendChild(button);
      button.addEventListener("click", function () {
        var now = heading.getAttribute("aria-sort");
        sort(table, headings, index, now === "ascending" ? "descending" : "ascending");
      });
    });
  });

  /* A table wider than its box scrolls inside it: the box then takes the keyboard focus. */
  function reachable() {
    document.querySelectorAll(".table-wrap").forEach(function (box) {
      var heading = box.closest("section") && box.closest("section").querySelector("h2");
      if (box.scrollWidth > box.clientWidth + 1) {
        box.setAttribute("tabindex", "0");
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", heading ? heading.textContent.trim() : document.title);
      } else {
        ["tabindex", "role", "aria-label"].forEach(function (name) { box.removeAttribute(name); });
      }
    });
  }
  reachable();
  window.addEventListener("resize", reachable);
  document.querySelectorAll("details").forEach(function (details) {
    details.addEventListener("toggle", reachable);
  });
  window.reportTables = { sort: sort };
})();
