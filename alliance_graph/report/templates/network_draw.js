/* Drawing the alliance network: the page's rows of ties and node records turned into
   vis-network records, one person's ring layout, and the sizes of a crowd. Pure functions
   of the page's data (alliance_graph/report/network_ties.py gives the rows); report.js,
   after it in the same script, holds the page's state and controls. */
var AllianceDraw = (function () {
  "use strict";
  var POSITIVE = "#2E8B57", NEGATIVE = "#C0392B", NEUTRAL = "#9AA0A6";

  function fill(template, values) {
    return Object.keys(values).reduce(function (text, key) {
      return text.split("{" + key + "}").join(String(values[key]));
    }, template);
  }

  /* The ties of a wave as {a, b, sign, change, row|record, i}: trust rows, or the log's
     records (``people`` maps their ids to node indices). */
  function tiesOf(net, wave, interactions, people) {
    if (interactions) {
      return (interactions[wave] || []).map(function (record, i) {
        return { a: people[record.from], b: people[record.to], sign: null, change: null, record: record, i: i };
      });
    }
    return (net.ties[wave] || []).map(function (row, i) {
      return { a: row[0], b: row[1], sign: row[3], change: row[8] || null, row: row, i: i };
    });
  }

  /* Whether ``filter`` (all, coach, negative, changed) keeps the tie; ``coach`` a node index. */
  function keeps(tie, filter, coach) {
    if (filter === "coach") { return tie.a === coach || tie.b === coach; }
    if (filter === "negative") { return tie.sign !== null && tie.sign < 0; }
    if (filter === "changed") { return tie.change !== null; }
    return true;
  }

  function tieTitle(net, tie, wave) {
    var row = tie.row, text = net.text;
    var single = row[7] === 1 && text.tie_single;
    var lines = [net.nodes[row[0]].name + " \u2192 " + net.nodes[row[1]].name,
      fill(single ? text.tie_single : text.tie,
           { strength: row[4], sign: row[5], ratings: row[6], raters: row[7] === null ? "" : row[7] })];
    if (tie.change && text.change) {
      lines.push(fill(text.change[tie.change], { wave: net.previous[wave], before: row[9], after: row[4] }));
    }
    return lines.join("\n");
  }

  /* A vis-network edge: negative ties red, dashed and opaque (drawn last, on top). */
  function edgeOf(net, tie, wave, prefix, thin) {
    var record = tie.record;
    var colour = record ? record.color : tie.sign > 0 ? POSITIVE : tie.sign < 0 ? NEGATIVE : NEUTRAL;
    return {
      id: prefix + "\u0000" + wave + "\u0000" + tie.i,
      from: net.nodes[tie.a].id, to: net.nodes[tie.b].id,
      title: record ? record.title : tieTitle(net, tie, wave),
      width: (record ? record.width : tie.row[2]) * thin,
      dashes: record ? record.dashes : tie.sign < 0 ? [9, 5] : false,
      color: { color: colour, highlight: colour, hover: colour, opacity: tie.sign < 0 ? 1 : 0.55 },
      arrows: { to: { enabled: true, scaleFactor: 0.45 } },
      smooth: { enabled: true, type: "curvedCW", roundness: 0.12 }
    };
  }

  function nodeOf(net, i, wave, place, bare, small) {
    var node = net.nodes[i];
    return Object.assign({}, node, {
      x: place ? place[0] : node.x, y: place ? place[1] : node.y,
      label: bare ? undefined : node.label,
      size: net.sizes[wave][node.id] * small, title: net.titles[wave][node.id],
      physics: false,
      font: { size: 15, color: "#1f2933", strokeWidth: 4, strokeColor: "#ffffff" },
      color: { background: node.color, border: node.borderWidth > 1 ? "#1f2933" : node.color,
               highlight: { background: node.color, border: "#1f2933" },
               hover: { background: node.color, border: "#1f2933" } }
    });
  }

  /* One person in the middle, the others around in the order of ``rank`` (by group, then
     name): one ring while they fit on it (labels need about 95 px each), then rings 140 px
     apart. */
  function rings(centre, others, bare, rank) {
    var places = {}, ring = 0, placed = 0, gap = bare ? 40 : 95;
    var first = Math.max(220, Math.min(others.length, 40) * gap / (2 * Math.PI));
    places[centre] = [0, 0];
    others.sort(function (a, b) { return rank[a] - rank[b]; });
    while (placed < others.length) {
      var radius = first + 140 * ring, room = Math.floor(2 * Math.PI * radius / gap);
      var count = Math.min(room, others.length - placed);
      ring += 1;
      for (var slot = 0; slot < count; slot += 1) {
        var angle = -Math.PI / 2 + 2 * Math.PI * slot / count;
        places[others[placed + slot]] = [Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))];
      }
      placed += count;
    }
    return places;
  }

  /* A crowd is drawn smaller and thinner, or it is one blot: the factor for ``count``
     things where ``room`` fit at full size. */
  function crowd(room, count) {
    return count > room ? Math.max(0.35, Math.sqrt(room / count)) : 1;
  }

  return { fill: fill, tiesOf: tiesOf, keeps: keeps, edgeOf: edgeOf, nodeOf: nodeOf, rings: rings, crowd: crowd };
})();
