/* The interactive network of the alliance report: one layout, one wave at a time, and
   in the coach's report which ties (all, the coach's, negative, changed), whose (the
   groups, everyone, one group's members) and one person's ties. The page's data holds
   everything (nothing is fetched); network_draw.js, before this in the same script,
   turns it into vis-network records. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var container = document.getElementById("network-canvas");
  var buttons = document.querySelectorAll(".wave-picker button[data-wave]");
  var layers = document.querySelectorAll(".layer-picker button");
  var filters = document.querySelectorAll(".filter-picker button[data-filter]");
  var viewPicker = document.getElementById("network-view");
  var focusPicker = document.getElementById("network-focus");
  var status = document.getElementById("network-status");
  var capped = document.getElementById("network-capped");
  var pictures = document.querySelectorAll("[data-picture-wave]");
  var legends = document.querySelectorAll("[data-legend]");
  var groups = data.groups || null;
  var LABELS = 250;  /* beyond this many people drawn, names are in the tooltips only */
  var draw = AllianceDraw, fill = draw.fill, count = function (n) {
    return n.toLocaleString(document.documentElement.lang);
  };
  var state = {
    wave: data.waves[data.waves.length - 1], layer: "trust", filter: "all",
    view: groups && groups.start === "groups" ? "groups" : "people", focus: null
  };
  var drawnKey = null;

  function indexOf(net) {
    var index = {};
    net.nodes.forEach(function (node, i) { index[node.id] = i; });
    net.coach = net.nodes.findIndex(function (node) { return node.role === "coach"; });
    return index;
  }
  var people = indexOf(data);
  var groupAt = groups ? indexOf(groups) : {}, groupOf = {};
  Object.keys(groups ? groups.members : {}).forEach(function (key) {
    groups.members[key].forEach(function (i) { groupOf[i] = key; });
  });
  var rank = {};
  (data.order || data.nodes.map(function (_, i) { return i; })).forEach(function (i, r) { rank[i] = r; });

  /* What is drawn: the net (people or groups), the nodes allowed, the ties selected. */
  function scope() {
    var onGroups = groups && state.view === "groups" && state.focus === null;
    var net = onGroups ? groups : data;
    var allowed = null, places = null;
    if (!onGroups && state.focus === null && groups && state.view !== "people") {
      allowed = {};
      groups.members[state.view].concat(data.coach >= 0 ? [data.coach] : []).forEach(function (i) { allowed[i] = true; });
      if (groups.places) {
        places = {};
        groups.places[state.view].forEach(function (p) { places[p[0]] = [p[1], p[2]]; });
      }
    }
    var log = !onGroups && state.layer === "interactions" ? data.interactions || {} : null;
    var ties = draw.tiesOf(net, state.wave, log, people).filter(function (tie) {
      if (tie.a === undefined || tie.b === undefined) { return false; }
      var mine = state.focus !== null ? tie.a === state.focus || tie.b === state.focus
        : !allowed || (allowed[tie.a] && allowed[tie.b]);
      return mine && draw.keeps(tie, state.filter, net.coach);
    });
    return { net: net, onGroups: onGroups, allowed: allowed, places: places, ties: ties };
  }

  function render() {
    var s = scope(), net = s.net, max = data.max_ties;
    var kept = s.ties.slice(0, max).reverse();  /* rows come most marked first: on top last */
    kept = kept.filter(function (t) { return !(t.sign < 0); }).concat(kept.filter(function (t) { return t.sign < 0; }));
    var shown = {};
    if (state.focus !== null) { shown[state.focus] = true; }
    if (state.filter === "all" && state.focus === null) {
      net.nodes.forEach(function (_, i) { if (!s.allowed || s.allowed[i]) { shown[i] = true; } });
    }
    kept.forEach(function (tie) { shown[tie.a] = true; shown[tie.b] = true; });
    var indices = Object.keys(shown).map(Number).sort(function (a, b) { return a - b; });
    var places = s.places, bare = !s.onGroups && indices.length > LABELS;
    if (state.focus !== null) {
      places = draw.rings(state.focus, indices.filter(function (i) { return i !== state.focus; }), bare, rank);
    }
    var prefix = s.onGroups ? "groups" : state.layer;
    var key = prefix + "|" + state.view + "|" + state.focus + "|" + indices.join(",");
    var small = draw.crowd(60, indices.length), thin = draw.crowd(300, kept.length);
    nodes.clear();
    nodes.add(indices.map(function (i) { return draw.nodeOf(net, i, state.wave, places && places[i], bare, small); }));
    edges.clear();
    edges.add(kept.map(function (tie) { return draw.edgeOf(net, tie, state.wave, prefix, thin); }));
    if (key !== drawnKey) {
      drawnKey = key;
      network.once("afterDrawing", function () { network.fit({ animation: false }); });
    }
    tell(s, indices, kept);
  }

  function tell(s, indices, kept) {
    var total = s.ties.length;
    if (state.filter === "all" && state.focus === null && !s.allowed && state.layer === "trust") {
      total = Math.max(total, (s.net.total || {})[state.wave] || 0);
    }
    if (capped) {
      capped.hidden = kept.length >= total;
      capped.textContent = fill(capped.dataset.template, { shown: count(kept.length), total: count(total) });
    }
    if (status) {
      var drawn = s.onGroups ? indices.filter(function (i) { return i !== groups.coach; }).length : indices.length;
      status.textContent = fill(status.dataset[s.onGroups ? "groups" : "people"],
                                { people: count(drawn), groups: count(drawn), ties: count(kept.length) });
    }
    legends.forEach(function (item) { item.hidden = item.dataset.legend !== (s.onGroups ? "groups" : "people"); });
    var previous = (data.previous || {})[state.wave];
    filters.forEach(function (button) {
      var off = (button.dataset.filter === "changed" && !previous) ||
        (state.layer === "interactions" && !s.onGroups && /negative|changed/.test(button.dataset.filter));
      button.disabled = off;
      button.setAttribute("aria-pressed", String(button.dataset.filter === state.filter));
      if (button.dataset.filter === "changed") {
        button.textContent = previous ? fill(button.dataset.template, { wave: previous }) : button.dataset.first;
      }
    });
    layers.forEach(function (button) {
      button.disabled = s.onGroups;
      button.setAttribute("aria-pressed", String(button.dataset.layer === state.layer));
    });
    document.body.dataset.layer = state.layer;
    document.body.dataset.view = s.onGroups ? "groups" : state.focus !== null ? "focus" : state.view;
  }

  function show(wave) {
    state.wave = wave;
    var previous = (data.previous || {})[wave];
    if (state.filter === "changed" && !previous) { state.filter = "all"; }
    buttons.forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.dataset.wave === wave));
    });
    pictures.forEach(function (picture) {
      picture.hidden = picture.dataset.pictureWave !== wave;
    });
    render();
    document.body.dataset.wave = wave;
    window.reportWave = wave;
  }

  function choose(changes) {
    Object.assign(state, changes);
    if (state.layer === "interactions" && /negative|changed/.test(state.filter)) { state.filter = "all"; }
    if (viewPicker) { viewPicker.value = state.view; }
    if (focusPicker) { focusPicker.value = state.focus === null ? "" : String(state.focus); }
    render();
  }

  function lists() {
    if (viewPicker && groups) {
      var add = function (value, text) {
        var option = document.createElement("option");
        option.value = value;
        option.textContent = text;
        viewPicker.appendChild(option);
      };
      add("groups", viewPicker.dataset.groups);
      add("people", fill(viewPicker.dataset.people, { count: count(data.nodes.length) }));
      groups.order.forEach(function (i) {
        var group = groups.nodes[i];
        add(group.id, fill(viewPicker.dataset.group, { group: group.name, count: count(groups.members[group.id].length) }));
      });
      viewPicker.value = state.view;
      viewPicker.addEventListener("change", function () { choose({ view: viewPicker.value, focus: null }); });
    }
    if (focusPicker) {
      var team = null, box = focusPicker;
      data.order.forEach(function (i) {
        var node = data.nodes[i];
        if (groupOf[i] !== undefined && groupOf[i] !== team) {
          team = groupOf[i];
          box = document.createElement("optgroup");
          box.label = groups.nodes[groupAt[team]].name;
          focusPicker.appendChild(box);
        }
        var option = document.createElement("option");
        option.value = String(i);
        option.textContent = node.name;
        box.appendChild(option);
      });
      focusPicker.addEventListener("change", function () {
        choose({ focus: focusPicker.value === "" ? null : Number(focusPicker.value) });
      });
    }
  }

  var nodes = new vis.DataSet([]);
  var edges = new vis.DataSet([]);
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    physics: false,
    interaction: { hover: true, tooltipDelay: 120, navigationButtons: false, keyboard: false },
    nodes: { borderWidth: 1, shadow: false },
    edges: { selectionWidth: 1.5, hoverWidth: 0.5 },
    layout: { improvedLayout: false }
  });
  network.on("click", function (event) {
    if (!groups || document.body.dataset.view !== "groups" || !event.nodes.length) { return; }
    var key = String(event.nodes[0]);
    if (groups.members[key]) { choose({ view: key, focus: null }); }
  });
  network.on("doubleClick", function (event) {
    if (!focusPicker || !event.nodes.length || document.body.dataset.view === "groups") { return; }
    choose({ focus: people[event.nodes[0]] });
  });

  buttons.forEach(function (button) {
    button.addEventListener("click", function () { show(button.dataset.wave); });
  });
  layers.forEach(function (button) {
    button.addEventListener("click", function () { choose({ layer: button.dataset.layer }); });
  });
  filters.forEach(function (button) {
    button.addEventListener("click", function () { choose({ filter: button.dataset.filter }); });
  });
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });
  lists();
  show(state.wave);
  window.network = network;
  window.reportData = { nodes: nodes, edges: edges, show: show, choose: choose, state: state };
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
