/* The interactive network of the alliance report: one layout, one wave at a time. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var container = document.getElementById("network-canvas");
  var buttons = document.querySelectorAll(".wave-picker button[data-wave]");
  var layers = document.querySelectorAll(".layer-picker button");
  var layer = "trust";
  var current = null;
  var capped = document.getElementById("network-capped");
  var pictures = document.querySelectorAll("[data-picture-wave]");

  function nodesFor(wave) {
    return data.nodes.map(function (node) {
      return Object.assign({}, node, {
        size: data.sizes[wave][node.id],
        title: data.titles[wave][node.id],
        physics: false,
        font: { size: 15, color: "#1f2933", strokeWidth: 4, strokeColor: "#ffffff" },
        color: { background: node.color, border: node.borderWidth > 1 ? "#1f2933" : node.color,
                 highlight: { background: node.color, border: "#1f2933" },
                 hover: { background: node.color, border: "#1f2933" } }
      });
    });
  }

  function edgesFor(wave) {
    var list = layer === "interactions" ? ((data.interactions || {})[wave] || []) : data.edges[wave];
    return list.map(function (edge, index) {
      return Object.assign({}, edge, {
        id: layer + "\u0000" + wave + "\u0000" + index,
        color: { color: edge.color, highlight: edge.color, hover: edge.color, opacity: 0.75 },
        arrows: { to: { enabled: true, scaleFactor: 0.45 } },
        smooth: { enabled: true, type: "curvedCW", roundness: 0.12 }
      });
    });
  }

  var nodes = new vis.DataSet(nodesFor(data.waves[data.waves.length - 1]));
  var edges = new vis.DataSet([]);
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    physics: false,
    interaction: { hover: true, tooltipDelay: 120, navigationButtons: false, keyboard: false },
    nodes: { borderWidth: 1, shadow: false },
    edges: { selectionWidth: 1.5, hoverWidth: 0.5 },
    layout: { improvedLayout: false }
  });

  function show(wave) {
    current = wave;
    nodes.update(nodesFor(wave));
    edges.clear();
    edges.add(edgesFor(wave));
    buttons.forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.dataset.wave === wave));
    });
    pictures.forEach(function (picture) {
      picture.hidden = picture.dataset.pictureWave !== wave;
    });
    if (capped) {
      var total = layer === "trust" ? data.capped[wave] : null;
      capped.hidden = !total;
      if (total) {
        capped.textContent = capped.dataset.template
          .replace("{shown}", String(data.edges[wave].length)).replace("{total}", String(total));
      }
    }
    document.body.dataset.wave = wave;
    document.body.dataset.layer = layer;
    window.reportWave = wave;
  }

  buttons.forEach(function (button) {
    button.addEventListener("click", function () { show(button.dataset.wave); });
  });
  layers.forEach(function (button) {
    button.addEventListener("click", function () {
      layer = button.dataset.layer;
      layers.forEach(function (other) {
        other.setAttribute("aria-pressed", String(other === button));
      });
      show(current);
    });
  });
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });
  show(data.waves[data.waves.length - 1]);
  network.once("afterDrawing", function () { network.fit({ animation: false }); });
  window.network = network;
  window.reportData = { nodes: nodes, edges: edges, show: show };
})();
/* The alliance map and the triangle: one wave at a time, a tooltip on each mark. */
(function () {
  "use strict";
  var section = document.getElementById("map");
  if (!section) { return; }
  var buttons = section.querySelectorAll("button[data-map-wave]");
  var layers = section.querySelectorAll("[data-map-wave]:not(button)");
  var tip = document.createElement("div");
  tip.className = "map-tip";
  tip.hidden = true;
  section.appendChild(tip);

  function show(wave) {
    layers.forEach(function (layer) {
      var on = layer.getAttribute("data-map-wave") === wave;
      if (layer instanceof SVGElement) {
        if (on) { layer.removeAttribute("display"); } else { layer.setAttribute("display", "none"); }
      } else {
        layer.hidden = !on;
      }
    });
    buttons.forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.dataset.mapWave === wave));
    });
    section.dataset.wave = wave;
    tip.hidden = true;
  }

  function point(mark) {
    tip.textContent = mark.getAttribute("data-tip");
    tip.hidden = false;
    var box = section.getBoundingClientRect();
    var at = mark.getBoundingClientRect();
    var x = at.left + at.width / 2 - box.left - tip.offsetWidth / 2;
    var y = at.top - box.top - tip.offsetHeight - 8;
    if (y < 0) { y = at.bottom - box.top + 8; }
    tip.style.left = Math.max(4, Math.min(x, box.width - tip.offsetWidth - 4)) + "px";
    tip.style.top = y + "px";
  }

  section.querySelectorAll(".map-mark > title, .map-coach > title").forEach(function (title) {
    title.parentNode.dataset.tip = title.textContent; // the tooltip below says it, styled
    title.parentNode.removeChild(title);
  });
  section.addEventListener("pointerover", function (event) {
    var mark = event.target.closest(".map-mark, .map-coach");
    if (mark) { point(mark); }
  });
  section.addEventListener("pointerout", function (event) {
    var mark = event.target.closest(".map-mark, .map-coach");
    if (mark && !mark.contains(event.relatedTarget)) { tip.hidden = true; }
  });
  buttons.forEach(function (button) {
    button.addEventListener("click", function () { show(button.dataset.mapWave); });
  });
  window.reportMap = { show: show };
})();

/* The stakeholder map: one wave's panel at a time (the last one without script). */
(function () {
  "use strict";
  var buttons = document.querySelectorAll(".power-picker button[data-power-wave]");
  var panels = document.querySelectorAll(".power-panel[data-power-wave]");
  buttons.forEach(function (button) {
    button.addEventListener("click", function () {
      buttons.forEach(function (other) {
        other.setAttribute("aria-pressed", String(other === button));
      });
      panels.forEach(function (panel) {
        panel.hidden = panel.dataset.powerWave !== button.dataset.powerWave;
      });
    });
  });
})();
