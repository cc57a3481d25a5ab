"""Many short labels drawn by one artist, fast.

A matplotlib `Text` artist costs about a millisecond to draw on Agg (layout, then one FreeType
call per glyph), and the timeline shows a hundred of them. `TextLayer` draws a list of labels
itself: on Agg each label is rendered once to a grey-level bitmap (kept in a cache keyed by text,
font and resolution) and then only composited, which costs a few microseconds; on the vector
backends (PDF, SVG) it hands each label to the renderer's `draw_text`, as `Text` would.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

import numpy as np
from matplotlib.artist import Artist
from matplotlib.backends.backend_agg import RendererAgg, get_hinting_flag
from matplotlib.colors import to_rgba
from matplotlib.font_manager import FontProperties
from matplotlib.path import Path
from matplotlib.transforms import Bbox, IdentityTransform, Transform

_hinting: Callable[[], Any] = get_hinting_flag  # untyped in matplotlib
#: Rendered labels kept for reuse (each a few hundred bytes).
CACHE_SIZE = 6000


class Label(NamedTuple):
    """One label: its anchor (x, y) in the layer's coordinates, moved by (dx, dy) points."""

    x: float
    y: float
    text: str
    color: str = "#000000"
    size: float = 8.0
    ha: str = "center"  # "left" | "center" | "right"
    va: str = "center"  # "bottom" | "center" | "top"
    bold: bool = False
    #: A box behind the text (its colour), or None.
    background: str | None = None
    dx: float = 0.0
    dy: float = 0.0


class _Rendered(NamedTuple):
    image: np.ndarray  # uint8 (rows, columns)
    width: float  # pixels
    descent: float  # pixels
    x_offset: float  # pixels
    y_offset: float  # pixels


_cache: OrderedDict[tuple[Any, ...], _Rendered] = OrderedDict()
_line_metrics: dict[tuple[Any, ...], tuple[float, float]] = {}
_stats = {"hits": 0, "misses": 0}
#: The workbook's picture may be drawn in a worker thread while the view draws.
_lock = threading.Lock()


def cache_info() -> dict[str, int]:
    """Hits, misses and size of the bitmap cache (for the bench and the tests)."""
    return {**_stats, "size": len(_cache)}


def clear_cache() -> None:
    with _lock:
        _cache.clear()
        _line_metrics.clear()
        _stats.update(hits=0, misses=0)


def _font_key(prop: FontProperties) -> tuple[Any, ...]:
    return (
        tuple(prop.get_family()),
        prop.get_style(),
        prop.get_weight(),
        prop.get_stretch(),
        prop.get_size_in_points(),
    )


def _prepare_font(renderer: RendererAgg, prop: FontProperties) -> Any:
    """The renderer's FreeType font for `prop` (with its fallbacks), sized for its dpi."""
    prepare: Any = renderer._prepare_font
    return prepare(prop)


def _render(renderer: RendererAgg, text: str, prop: FontProperties) -> _Rendered:
    """The bitmap of `text` (as Agg drew text before matplotlib 3.10: the whole string at
    once), from the cache when it was rendered before."""
    key = (text, _font_key(prop), renderer.dpi)
    with _lock:
        done = _cache.get(key)
        if done is not None:
            _stats["hits"] += 1
            _cache.move_to_end(key)
            return done
        _stats["misses"] += 1
    font = _prepare_font(renderer, prop)
    font.set_text(text, 0, flags=_hinting())
    font.draw_glyphs_to_bitmap(antialiased=True)
    xo, yo = font.get_bitmap_offset()
    done = _Rendered(
        np.array(font.get_image(), dtype=np.uint8),
        font.get_width_height()[0] / 64.0,
        font.get_descent() / 64.0,
        xo / 64.0,
        yo / 64.0,
    )
    with _lock:
        _cache[key] = done
        if len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return done


def _agg_line(renderer: RendererAgg, prop: FontProperties) -> tuple[float, float]:
    """(height, descent) in pixels of a line of text ("lp", as matplotlib aligns text)."""
    key = (_font_key(prop), renderer.dpi)
    metrics = _line_metrics.get(key)
    if metrics is None:
        font = _prepare_font(renderer, prop)
        font.set_text("lp", 0, flags=_hinting())
        metrics = (font.get_width_height()[1] / 64.0, font.get_descent() / 64.0)
        _line_metrics[key] = metrics
    return metrics


def _baseline(y: float, va: str, height: float, descent: float) -> float:
    """The baseline (y up) of a line anchored at y."""
    if va == "bottom":
        return y + descent
    if va == "top":
        return y - height + descent
    return y - height / 2 + descent


def _left(x: float, ha: str, width: float) -> float:
    if ha == "right":
        return x - width
    if ha == "center":
        return x - width / 2
    return x


class TextLayer(Artist):
    """Labels drawn together (see the module's docstring).

    `clip` is "axes" (cut to the axes' box), "rows" (cut to the axes' height only: the row
    labels left of the axes) or None.
    """

    def __init__(
        self,
        axes: Any,
        transform: Transform,
        *,
        clip: str | None = "axes",
        zorder: float = 7,
        font_family: Sequence[str] | None = None,
    ) -> None:
        super().__init__()
        self._layer_axes = axes
        self.set_transform(transform)
        self.set_zorder(zorder)
        self.clip_mode = clip
        self.labels: list[Label] = []
        self._family = list(font_family) if font_family else None
        self._props: dict[tuple[float, bool], FontProperties] = {}
        #: Called first when the layer draws (to place the labels again after a zoom).
        self.before_draw: Callable[[], None] | None = None
        #: The pixel boxes (x0, y0, x1, y1) and texts of the labels the last draw showed.
        self.drawn: list[tuple[tuple[float, float, float, float], str]] = []

    def set_labels(self, labels: Sequence[Label]) -> None:
        self.labels = list(labels)
        self.stale = True

    def texts(self) -> list[str]:
        return [label.text for label in self.labels]

    def _prop(self, size: float, bold: bool) -> FontProperties:
        prop = self._props.get((size, bold))
        if prop is None:
            prop = FontProperties(
                family=self._family, size=size, weight="bold" if bold else "normal"
            )
            self._props[(size, bold)] = prop
        return prop

    def _clip_box(self) -> Bbox | None:
        if self.clip_mode is None:
            return None
        box = self._layer_axes.bbox
        if self.clip_mode == "rows":
            fig_box = self.get_figure(root=True).bbox  # type: ignore[union-attr]
            return Bbox.from_extents(fig_box.x0, box.y0, fig_box.x1, box.y1)
        return Bbox.from_extents(box.x0, box.y0, box.x1, box.y1)

    def draw(self, renderer: Any) -> None:
        if self.before_draw is not None:
            self.before_draw()
        self.drawn = []
        if not self.get_visible() or not self.labels:
            self.stale = False
            return
        labels = self.labels
        points = self.get_transform().transform(np.array([(lb.x, lb.y) for lb in labels]))
        px_per_pt = renderer.points_to_pixels(1.0)
        clip = self._clip_box()
        renderer.open_group("textlayer", gid=self.get_gid())
        gc = renderer.new_gc()
        box_gc = renderer.new_gc()
        box_gc.set_linewidth(0)
        if clip is not None:
            gc.set_clip_rectangle(clip)
            box_gc.set_clip_rectangle(clip)
        agg = isinstance(renderer, RendererAgg)
        canvas_h = renderer.get_canvas_width_height()[1]
        for label, (ax_, ay_) in zip(labels, points, strict=True):
            if not (np.isfinite(ax_) and np.isfinite(ay_)) or not label.text:
                continue
            x = ax_ + label.dx * px_per_pt
            y = ay_ + label.dy * px_per_pt
            prop = self._prop(label.size, label.bold)
            if agg:
                done = _render(renderer, label.text, prop)
                height, line_descent = _agg_line(renderer, prop)
                width, descent = done.width, done.descent
            else:
                width, _h, descent = renderer.get_text_width_height_descent(
                    label.text, prop, ismath=False
                )
                _w, height, line_descent = renderer.get_text_width_height_descent(
                    "lp", prop, ismath=False
                )
            base = _baseline(y, label.va, height, line_descent)
            left = _left(x, label.ha, width)
            if clip is not None and (
                left + width < clip.x0
                or left > clip.x1
                or base - line_descent + height < clip.y0
                or base - line_descent > clip.y1
            ):
                continue
            bottom = base - line_descent
            self.drawn.append(((left, bottom, left + width, bottom + height), label.text))
            if label.background is not None:
                pad = 0.6 * px_per_pt
                x0, y0 = left - pad, base - line_descent - pad
                x1, y1 = left + width + pad, base - line_descent + height + pad
                rect = Path(
                    [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)],
                    [Path.MOVETO, Path.LINETO, Path.LINETO, Path.LINETO, Path.CLOSEPOLY],
                )
                rgba = to_rgba(label.background, 0.9)
                box_gc.set_alpha(rgba[3])
                renderer.draw_path(box_gc, rect, IdentityTransform(), rgba)
            gc.set_foreground(label.color)
            if agg:
                base_down = canvas_h - base
                left_px = round(left + done.x_offset)
                bottom_px = round(base_down + done.y_offset + descent)
                renderer._renderer.draw_text_image(done.image, left_px, bottom_px + 1, 0, gc)
            else:
                y_text = canvas_h - base if renderer.flipy() else base
                renderer.draw_text(gc, left, y_text, label.text, prop, 0, ismath=False)
        gc.restore()
        box_gc.restore()
        renderer.close_group("textlayer")
        self.stale = False


__all__ = ["Label", "TextLayer", "cache_info", "clear_cache"]
