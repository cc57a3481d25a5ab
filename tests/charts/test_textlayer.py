"""The text layer: labels drawn where asked, cut to the axes, cached on Agg, real text in SVG."""

from __future__ import annotations

import io

import matplotlib
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from transition_planner.charts.textlayer import Label, TextLayer, cache_info, clear_cache


def _figure():
    fig = Figure(figsize=(4, 2), dpi=100, facecolor="white")
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.25, 0.25, 0.5, 0.5))
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 10)
    ax.set_axis_off()
    return fig, ax


def _ink(fig) -> np.ndarray:
    fig.canvas.draw()
    rgba = np.asarray(fig.canvas.buffer_rgba())
    return rgba[:, :, :3].min(axis=2) < 128  # dark pixels, rows from the top


def test_labels_are_drawn_at_their_anchor_and_cut_to_the_axes():
    fig, ax = _figure()
    layer = TextLayer(ax, ax.transData, clip="axes")
    ax.add_artist(layer)
    layer.set_labels([Label(5, 5, "Centre", size=10)])
    ink = _ink(fig)
    rows, cols = np.nonzero(ink)
    # centred on the middle of the axes: (200, 100) pixels from the top left
    assert abs((cols.min() + cols.max()) / 2 - 200) <= 2
    assert abs((rows.min() + rows.max()) / 2 - 100) <= 3
    width = cols.max() - cols.min()
    assert 30 < width < 60
    # a label whose anchor is at the axes' right edge is cut there
    layer.set_labels([Label(10, 5, "Cut off here", size=10, ha="center")])
    rows, cols = np.nonzero(_ink(fig))
    assert cols.max() <= 300 and cols.min() < 300
    # without clipping it runs on
    layer.clip_mode = None
    layer.stale = True
    rows, cols = np.nonzero(_ink(fig))
    assert cols.max() > 305


def test_the_agg_bitmaps_are_cached_and_give_the_same_pixels():
    clear_cache()
    fig, ax = _figure()
    layer = TextLayer(ax, ax.transData)
    ax.add_artist(layer)
    layer.set_labels(
        [Label(2, 2 + i, f"label {i}", background="#ffcc00" if i % 2 else None) for i in range(6)]
    )
    first = _ink(fig)
    assert cache_info()["misses"] == 6 and cache_info()["hits"] == 0
    second = _ink(fig)
    assert cache_info()["misses"] == 6 and cache_info()["hits"] == 6
    assert np.array_equal(first, second)


def test_vector_backends_get_real_text():
    fig, ax = _figure()
    layer = TextLayer(ax, ax.transData)
    ax.add_artist(layer)
    layer.set_labels([Label(5, 5, "Kandora National Police · 4,000", bold=True)])
    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "x"}):
        fig.savefig(buffer, format="svg")
    svg = buffer.getvalue().decode()
    assert "Kandora National Police · 4,000" in svg
    assert "font-weight: 700" in svg
