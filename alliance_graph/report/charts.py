"""Static charts of the report, drawn with matplotlib ``Figure`` (never pyplot) as data URIs.

Shared parameters: ``lang`` (``"en"`` or ``"fr"``) only chooses the number format (decimal
comma in French); ``title`` and the axis or legend labels come already translated and, like
every name from the data, are drawn as plain text (a ``$`` never starts mathtext). Charts are
7 in wide (700 px at 100 dpi) SVGs with text kept as text; the same input gives
byte-identical output. Group colours are Okabe–Ito, safe for colour-vision deficiencies.
"""

from __future__ import annotations

import base64
import io
import math
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import matplotlib as mpl
import numpy as np
from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import ListedColormap, Normalize, to_rgb
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch, Patch
from matplotlib.patheffects import withStroke
from matplotlib.ticker import FixedLocator, FuncFormatter
from PIL import Image

from alliance_graph.i18n import format_number

__all__ = [
    "PALETTE",
    "balance_chart",
    "coach_gap_chart",
    "group_alliance_chart",
    "heatmap_chart",
    "network_picture",
]

#: Okabe–Ito colours, cycled over groups (markers, then dashes, tell the cycles apart).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
_MARKERS = ("o", "s", "D", "^", "v", "P", "X", "*")
_OVER, _UNDER, _TEXT, _MUTED = "#D55E00", "#0072B2", "#333333", "#aaaaaa"
_SHAPES = {"dot": "o", "star": "*", "diamond": "D", "square": "s"}
_TILT: dict[str, Any] = {"rotation": 30, "ha": "right", "rotation_mode": "anchor"}
_ARROW: dict[str, Any] = {"arrowstyle": "-|>", "mutation_scale": 7, "shrinkA": 0, "shrinkB": 0}
#: Up to this many people the printed picture names each one; beyond, dots only.
LABELLED_NODES = 500
#: The longest title (characters) a 7 in wide chart shows whole, and wave label under an
#: axis: longer ones are shortened with an ellipsis.
TITLE_CHARACTERS = 70
WAVE_TICK_CHARACTERS = 24
_STYLE: dict[Any, Any] = {
    "svg.hashsalt": "alliance-graph",
    "svg.fonttype": "none",
    "text.parse_math": False,
    "font.size": 10,
    "text.color": "#222222",
    "figure.titlesize": 13,
    "axes.labelcolor": _TEXT,
    "axes.edgecolor": "#999999",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.axisbelow": True,
    "grid.color": "#e6e6e6",
    "xtick.color": "#555555",
    "ytick.color": "#555555",
    "legend.frameon": False,
}


def group_alliance_chart(
    series: dict[str, dict[str, float | None]],
    waves: list[str],
    *,
    lang: str,
    title: str,
    ylabel: str,
    colours: dict[str, str] | None = None,
) -> str:
    """Alliance of each group with the coach: one line per group across the waves.

    ``colours`` maps a series to its colour (the network's group colours), others cycle
    through the palette.

    Parameters
    ----------
    series : dict
        Group label → {wave: alliance in [0, 1] or ``None``}, in legend order (the legend
        is below); ``None`` or a missing wave leaves a gap.
    waves : list of str
        The waves in time order (x axis).
    lang, title, ylabel : str
        See the module docstring.

    Returns
    -------
    str
        ``data:image/svg+xml;base64,…``

    Examples
    --------
    >>> uri = group_alliance_chart({"A $1$": {"w1": 0.5}}, ["w1"], lang="fr", title="", ylabel="")
    >>> uri.startswith("data:image/svg+xml;base64,")
    True
    """
    with _figure(4.4, title) as (fig, ax):
        if not series or not waves:
            return _empty(fig, ax)
        for i, (group, values) in enumerate(series.items()):
            colour = (colours or {}).get(group) or PALETTE[i % len(PALETTE)]
            y = [_number(values.get(wave), math.nan) for wave in waves]
            rim = _TEXT if _luminance(colour) > 0.7 else "white"  # a dark rim for the yellow
            style = "-" if i < len(PALETTE) else "--"
            marker = _MARKERS[i % len(_MARKERS)]
            ax.plot(y, style, label=group, color=colour, lw=2, marker=marker, ms=7, mec=rim)
        _wave_axis(ax, waves)
        _unit_axis(ax.yaxis, lang)
        ax.set(ylim=(0, 1.04), ylabel=ylabel)
        fig.legend(loc="outside lower center", ncols=min(len(series), 4))
        return _svg(fig)


def balance_chart(
    values: dict[str, float | None],
    *,
    lang: str,
    title: str,
    ylabel: str,
    reference: float | None = None,
) -> str:
    """Balance index per wave: a line with markers, each value written above its point.

    Parameters
    ----------
    values : dict
        Wave → balance index in [0, 1] or ``None`` (a gap), in time order.
    lang, title, ylabel : str
        See the module docstring.
    reference : float, optional
        Level of a dashed horizontal line (a threshold), its value written at the right.

    Returns
    -------
    str
        ``data:image/svg+xml;base64,…``
    """
    with _figure(3.6, title) as (fig, ax):
        if not values:
            return _empty(fig, ax)
        if reference is not None:
            ax.axhline(reference, color="#666666", linestyle=(0, (5, 4)), linewidth=1.2)
            label = format_number(reference, lang)
            where = {"xycoords": ("axes fraction", "data"), "color": "#666666", "fontsize": 9}
            _note(ax, label, (1, reference), (0, 3), "right", "bottom", **where)
        y = [_number(value, math.nan) for value in values.values()]
        ax.plot(y, color=PALETTE[0], marker="o", markeredgecolor="white", linewidth=2)
        box = {"boxstyle": "round,pad=0.1", "facecolor": "white", "edgecolor": "none"}
        for x, value in enumerate(y):
            if not math.isnan(value):
                around = [y[i] for i in (x - 1, x + 1) if 0 <= i < len(y) and not math.isnan(y[i])]
                below = len(around) == 2 and min(around) > value  # a valley: write under it
                offset, va = ((0, -9), "top") if below else ((0, 8), "bottom")
                label = format_number(value, lang)
                _note(ax, label, (x, value), offset, "center", va, color=PALETTE[0], bbox=box)
        _wave_axis(ax, list(values))
        _unit_axis(ax.yaxis, lang)
        ax.set(ylim=(0, 1.12), ylabel=ylabel)
        return _svg(fig)


def heatmap_chart(
    matrix: dict[str, dict[str, float | None]],
    groups: list[str],
    *,
    lang: str,
    title: str,
    xlabel: str,
    ylabel: str,
    hidden_label: str = "",
) -> str:
    """Mean trust between groups on a fixed 0–1 blue scale, each value written in its cell.

    One hue from light to dark (darker is more trust) reads the same with any colour-vision
    deficiency and in greyscale. A cell without a value stays empty (light grey).

    Parameters
    ----------
    matrix : dict
        From group (row) → {to group (column): mean trust in [0, 1] or ``None``}.
    groups : list of str
        Order of the rows and of the columns.
    lang, title, xlabel, ylabel : str
        See the module docstring; ``xlabel`` names the receiving groups.
    hidden_label : str, optional
        Written in grey in the cells present in ``matrix`` with the value ``None``
        (answers exist but are too few to show).

    Returns
    -------
    str
        ``data:image/svg+xml;base64,…``
    """
    n = len(groups)
    with _figure(min(max(1.6 + 0.45 * n, 3.0), 7.0), title) as (fig, ax):
        if not groups:
            return _empty(fig, ax)
        data = np.array(
            [[_number(matrix.get(a, {}).get(b), math.nan) for b in groups] for a in groups]
        )
        cmap = ListedColormap(mpl.colormaps["Blues"](np.linspace(0.15, 1.0, 256)))
        cells = np.ma.masked_invalid(data)
        mesh = ax.pcolormesh(cells, cmap=cmap, norm=Normalize(0, 1), edgecolors="white", lw=2)
        for (row, col), value in np.ndenumerate(data):
            if not math.isnan(value):
                ink = "white" if _luminance(cmap(value)) < 0.5 else "#1a1a1a"
                label = format_number(value, lang)
                ax.text(col + 0.5, row + 0.5, label, ha="center", va="center", color=ink)
            elif hidden_label and groups[col] in matrix.get(groups[row], {}):
                ax.text(col + 0.5, row + 0.5, hidden_label, ha="center", va="center", **_HIDDEN)
        ax.set(facecolor="#f2f2f2", aspect="equal", xlim=(0, n), ylim=(n, 0))
        ax.set(xlabel=xlabel, ylabel=ylabel)
        ax.grid(False)
        ax.spines[:].set_visible(False)
        ax.tick_params(length=0)
        ax.set_yticks(np.arange(n) + 0.5, groups)
        tilt = n > 4 or max(map(len, groups)) > 12
        ax.set_xticks(np.arange(n) + 0.5, groups, **(_TILT if tilt else {}))
        bar = fig.colorbar(mesh, cax=ax.inset_axes((1.04, 0.0, 0.035, 1.0)))  # grid-high
        bar.outline.set_visible(False)
        bar.ax.tick_params(length=0)
        _unit_axis(bar.ax.yaxis, lang)
        return _svg(fig)


_HIDDEN: dict[str, Any] = {"color": "#6b7280", "fontsize": 8, "style": "italic"}


def coach_gap_chart(
    rows: list[tuple[str, float]],
    *,
    lang: str,
    title: str,
    xlabel: str,
    over_label: str,
    under_label: str,
) -> str:
    """Coach gap per stakeholder: horizontal bars from zero, top to bottom as given.

    A positive gap (the coach overestimates) goes right in vermilion, a negative one left in
    blue, each value written at the end of its bar; the height grows with the rows.

    Parameters
    ----------
    rows : list of (str, float)
        (stakeholder name, gap in [-1, 1]); the caller passes at most about 40 rows.
    lang, title, xlabel : str
        See the module docstring.
    over_label, under_label : str
        Legend of the positive and of the negative bars.

    Returns
    -------
    str
        ``data:image/svg+xml;base64,…``
    """
    with _figure(min(max(1.6 + 0.3 * len(rows), 2.8), 14.0), title) as (fig, ax):
        if not rows:
            return _empty(fig, ax)
        gaps = [float(gap) for _, gap in rows]
        ax.barh(
            range(len(gaps)), gaps, height=0.62, color=[_OVER if g > 0 else _UNDER for g in gaps]
        )
        ax.axvline(0, color="#444444", linewidth=1)
        for y, gap in enumerate(gaps):
            label = ("+" if gap > 0 else "") + format_number(gap, lang)
            side = math.copysign(1, gap)
            ha = "left" if side > 0 else "right"
            _note(ax, label, (gap, y), (4 * side, 0), ha, "center", color=_TEXT, fontsize=9)
        ax.set_yticks(range(len(rows)), [name for name, _ in rows])
        ax.tick_params(axis="y", length=0)
        ax.grid(axis="y", visible=False)
        reach = min(max(0.25, *map(abs, gaps)) * 1.25 + 0.05, 1.3)
        ax.set(xlim=(-reach, reach), ylim=(len(rows) - 0.4, -0.6), xlabel=xlabel)
        ax.xaxis.set_major_formatter(_formatter(lang))
        handles = [Patch(color=_OVER, label=over_label), Patch(color=_UNDER, label=under_label)]
        fig.legend(handles=handles, loc="outside lower center", ncols=2)
        return _svg(fig)


def network_picture(
    positions: dict[str, tuple[float, float]],
    nodes: dict[str, dict[str, Any]],
    edges: list[dict[str, Any]],
    *,
    title: str,
) -> str:
    """Static picture of one wave's network for printing (a vis canvas prints badly).

    Positions are used as given, in the screen convention of vis-network (y grows downwards)
    so the picture matches the interactive view; what has no position is left out. A PNG,
    as hundreds of ties make a heavy SVG: 150 dpi, its pixels mapped onto the drawn colours
    and their tints, which keeps those colours exact and the file light.

    Parameters
    ----------
    positions : dict
        Node id → (x, y).
    nodes : dict
        Node id → ``{"color": hex, "size": about 10–40, "label": short text,
        "shape": "dot" | "star" | "diamond" | "square"}``; missing keys get defaults.
    edges : list of dict
        ``{"from": id, "to": id, "color": hex, "width": 1–6}``, drawn as light arrows.
    title : str
        See the module docstring.

    Returns
    -------
    str
        ``data:image/png;base64,…``
    """
    drawn = [node for node in nodes if node in positions]
    xy = np.array([positions[node] for node in drawn], dtype=float).reshape(-1, 2)
    span = np.ptp(xy, axis=0) + 1e-9 if drawn else np.ones(2)
    height = min(max(7.0 * span[1] / span[0], 4.0), 9.0)
    colours: list[Any] = [_TEXT, _MUTED]
    with _figure(height, title, grid=False) as (fig, ax):
        ax.set_axis_off()
        if not drawn:
            return _empty(fig, ax, colours)
        # a fixed frame instead of constrained layout, so that the data scale is known in
        # advance and ties are cut at the node rims here, not by matplotlib (3 times slower)
        fig.set_layout_engine("none")
        band = 0.45 / height  # room for the title
        ax.set_position((0.01, 0.01, 0.98, 0.99 - band))
        pad = 0.06 * float(span.max())
        low, high = xy.min(axis=0) - pad, xy.max(axis=0) + pad
        frame = np.array([7.0 * 0.98, height * (0.98 - band)])  # inches
        per_point = max((high - low) / (72 * frame))  # data units per point
        scale = 0.3 * min(1.0, math.sqrt(60 / len(drawn)))  # vis size → radius in points
        radius = {node: _number(nodes[node].get("size"), 15, 4, 60) * scale for node in drawn}
        for edge in edges:
            a, b = str(edge.get("from")), str(edge.get("to"))
            if a not in radius or b not in radius:
                continue
            start, end = np.array(positions[a], float), np.array(positions[b], float)
            length = float(np.hypot(*(end - start)))
            cut_a, cut_b = (radius[a] + 1) * per_point, (radius[b] + 1) * per_point
            if length > cut_a + cut_b:  # no loops, no ties between overlapping nodes
                colours.append(_tint(_rgb(edge.get("color"), "#999999"), 0.5))
                unit = (end - start) / length
                width = 0.2 + 0.2 * _number(edge.get("width"), 1, 0.5, 8)
                ends = tuple(start + cut_a * unit), tuple(end - cut_b * unit)
                curve = "arc3,rad=0.08"  # a reciprocal pair shows as two arcs
                arrow = FancyArrowPatch(*ends, connectionstyle=curve, color=colours[-1], **_ARROW)
                arrow.set_linewidth(width)
                ax.add_artist(arrow)  # not add_patch: limits are fixed below, and it is slow
        if len(drawn) > LABELLED_NODES:
            _crowd(ax, drawn, nodes, positions, radius, colours)
        else:
            for node in drawn:
                data, point = nodes[node], positions[node]
                marker = _SHAPES.get(str(data.get("shape")), "o")
                colours.append(_rgb(data.get("color"), "#777777"))
                size = 2 * radius[node] * (1.5 if marker == "*" else 1)  # a star fills less
                ax.plot(*point, marker=marker, markersize=size, color=colours[-1], mec="white")
                label, offset = str(data.get("label", node)), (0, -radius[node] - 1.5)
                halo = [withStroke(linewidth=2, foreground="white")]  # readable over the ties
                _note(ax, label, point, offset, "center", "top", fontsize=7, path_effects=halo)
        ax.set(aspect="equal", xlim=(low[0], high[0]), ylim=(high[1], low[1]))  # y down
        return _png(fig, colours)


def _crowd(
    ax: Axes,
    drawn: list[str],
    nodes: dict[str, dict[str, Any]],
    positions: dict[str, tuple[float, float]],
    radius: dict[str, float],
    colours: list[Any],
) -> None:
    """More than :data:`LABELLED_NODES` nodes: one scatter per shape and no labels (they
    could not be read), so drawing stays linear and fast (a node, a label and an artist
    each took 7 ms: 20,000 people, 2 minutes)."""
    shapes: dict[str, list[str]] = {}
    for node in drawn:
        shapes.setdefault(_SHAPES.get(str(nodes[node].get("shape")), "o"), []).append(node)
    for marker, members in shapes.items():
        rgb = [_rgb(nodes[node].get("color"), "#777777") for node in members]
        colours.extend(dict.fromkeys(rgb))
        grow = 1.5 if marker == "*" else 1  # a star fills less
        area = [(2 * radius[node] * grow) ** 2 for node in members]
        xy = np.array([positions[node] for node in members], dtype=float)
        ax.scatter(xy[:, 0], xy[:, 1], s=area, c=rgb, marker=marker, linewidths=0)


@contextmanager
def _figure(height: float, title: str, *, grid: bool = True) -> Iterator[tuple[Figure, Axes]]:
    """A titled 7 in wide figure with one axes, built and saved inside the report style."""
    with mpl.rc_context({**_STYLE, "axes.grid": grid}):
        fig = Figure(figsize=(7.0, height), dpi=100, layout="constrained")
        FigureCanvasAgg(fig)
        fig.suptitle(_shortened(title, TITLE_CHARACTERS), x=0.01, ha="left", parse_math=False)
        yield fig, fig.add_subplot()


def _empty(fig: Figure, ax: Axes, png_colours: list[Any] | None = None) -> str:
    """Nothing to draw: the title over a short empty panel holding a dash."""
    fig.set_size_inches(7.0, 2.0)
    ax.set_axis_off()
    where = {"xycoords": "axes fraction", "fontsize": 28, "color": _MUTED}
    _note(ax, "—", (0.5, 0.5), (0, 0), "center", "center", **where)
    return _svg(fig) if png_colours is None else _png(fig, png_colours)


def _note(ax: Axes, text: str, xy: Any, offset: Any, ha: str, va: str, **style: Any) -> None:
    """``text`` ``offset`` points away from ``xy``, as plain text."""
    style = {"color": _TEXT, "textcoords": "offset points", "ha": ha, "va": va, **style}
    ax.annotate(text, xy, xytext=offset, parse_math=False, **style)


def _wave_axis(ax: Axes, waves: list[str]) -> None:
    """Waves along x; a long label is shortened in its middle (the tables hold it whole)."""
    labels = [_shortened(wave, WAVE_TICK_CHARACTERS, middle=True) for wave in waves]
    tilt = len(labels) > 8 or sum(map(len, labels)) > 75
    ax.set_xticks(range(len(labels)), labels, parse_math=False, **(_TILT if tilt else {}))
    ax.set_xlim(-0.4, len(waves) - 0.6)
    ax.grid(axis="x", visible=False)


def _shortened(text: str, limit: int, *, middle: bool = False) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis, at its end or in its middle
    (where labels that share a beginning or an end still differ).

    >>> _shortened("Enquête de confiance : lancement 2026", 24, middle=True)
    'Enquête de…ancement 2026'
    """
    if len(text) <= limit:
        return text
    if not middle:
        return text[: limit - 1].rstrip() + "…"
    head = text[: (limit - 1) // 2].rstrip()
    return head + "…" + text[len(text) - (limit - 1 - len(head)) :].lstrip()


def _unit_axis(axis: Axis, lang: str) -> None:
    """Ticks at 0, ¼, ½, ¾ and 1 in the report's language."""
    axis.set_major_locator(FixedLocator([0.0, 0.25, 0.5, 0.75, 1.0]))
    axis.set_major_formatter(_formatter(lang))


def _formatter(lang: str) -> FuncFormatter:
    """Tick labels in the report's language without trailing zeros: ``0,5``, ``−0,25``, ``1``."""

    def tick(value: float, _pos: int | None = None) -> str:
        return format_number(0.0 if abs(value) < 1e-9 else value, lang).rstrip("0").rstrip(",.")

    return FuncFormatter(tick)


def _number(value: Any, default: float, low: float = -math.inf, high: float = math.inf) -> float:
    """``value`` as a finite float clipped to [low, high], else ``default`` (NaN for a gap)."""
    try:
        number = default if value is None else float(value)
    except (TypeError, ValueError):
        number = default
    return min(max(number, low), high) if math.isfinite(number) else default


def _rgb(value: Any, default: str) -> tuple[float, float, float]:
    try:
        return to_rgb(value)
    except (TypeError, ValueError):
        return to_rgb(default)


def _tint(rgb: Iterable[float], share: float) -> tuple[float, float, float]:
    """``rgb`` mixed with white, ``share`` of it kept."""
    r, g, b = (share * c + 1 - share for c in rgb)
    return r, g, b


def _luminance(colour: Any) -> float:
    r, g, b = to_rgb(colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _svg(fig: Figure) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None})
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _png(fig: Figure, colours: list[Any]) -> str:
    """PNG at 150 dpi, each pixel mapped to the nearest of white, the text colours, ``colours``
    and their tints (the shades anti-aliasing makes): colours stay exact, the size drops 4×."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=150, metadata={"Software": None})
    base = dict.fromkeys(_rgb(c, "white") for c in ("white", _STYLE["text.color"], *colours))
    shares = (0.5, 0.25, 0.75)  # enough for anti-aliasing; few shades keep the file small
    tints = [_tint(rgb, share) for share in shares for rgb in base]
    entries = list(dict.fromkeys(tuple(round(255 * c) for c in rgb) for rgb in [*base, *tints]))
    palette = Image.new("P", (1, 1))
    palette.putpalette([v for rgb in (entries + entries[:1] * 256)[:256] for v in rgb])
    with Image.open(buffer) as image:
        small = image.convert("RGB").quantize(palette=palette, dither=Image.Dither.NONE)
    buffer = io.BytesIO()
    small.save(buffer, format="png", optimize=True)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
