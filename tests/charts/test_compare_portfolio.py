"""The Compare and Portfolio chart builders, without Qt: what goes on which row, and the pictures
as files."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from transition_planner.charts.compare import (
    CompareLabels,
    compare_series,
    natural_height_in,
    option_findings,
)
from transition_planner.charts.compare_draw import draw_compare
from transition_planner.charts.portfolio import (
    PortfolioEntry,
    PortfolioLabels,
    portfolio_series,
    row_label,
)
from transition_planner.charts.portfolio_draw import draw_portfolio, render_portfolio
from transition_planner.domain.analysis import analyse
from transition_planner.domain.model import Plan
from transition_planner.workbook.examples import haiti_plan, sudan_plan, template_plan

from .plans import small_plan

DAY = date(2026, 12, 1)


def option_b(plan: Plan) -> Plan:
    """The plan with every closed assignment 90 days longer (an option with more overlap)."""
    longer = tuple(
        replace(a, end=a.end + timedelta(days=90)) if a.end is not None else a
        for a in plan.assignments
    )
    return replace(plan, name=f"{plan.name} option B", assignments=longer)


def figure(height: float = 6.0) -> Figure:
    fig = Figure(figsize=(12, height), dpi=80)
    FigureCanvasAgg(fig)
    return fig


def test_compare_rows_are_the_union_of_both_plans_functions() -> None:
    a = small_plan()
    b = replace(a, name="B", functions=a.functions[:-1])  # B drops its last function
    s = compare_series(a, analyse(a, DAY), b, analyse(b, DAY), today=DAY)
    names = [r.label for r in s.rows if r.kind == "function"]
    assert sorted(names) == sorted(f.name for f in a.functions)
    assert s.rows[0].kind == "presence"
    # every function of A has A's lane; the dropped one has nothing on B's
    dropped = a.functions[-1].name
    row = next(r for r in s.rows if r.label == dropped)
    on_b = [
        sp
        for sp in s.spans_of("bar", "b")
        if row.lane_y0("b") <= sp.y0 < row.lane_y0("b") + row.lane
    ]
    assert on_b == []
    # each span lies inside its option's lane of its row
    for sp in s.spans:
        row_of = next(r for r in s.rows if r.y0 <= sp.y0 < r.y0 + r.height)
        lane_top = row_of.lane_y0(sp.option)
        assert lane_top - 1e-9 <= sp.y0 and sp.y0 + sp.height <= lane_top + row_of.lane + 1e-9


def test_compare_gaps_are_each_plans_span_findings() -> None:
    a = haiti_plan()
    b = option_b(a)
    analysis_a, analysis_b = analyse(a, DAY), analyse(b, DAY)
    s = compare_series(a, analysis_a, b, analysis_b, today=DAY)
    spans = {"coverage_gap", "presence_gap"}
    for option, analysis in (("a", analysis_a), ("b", analysis_b)):
        drawn = {(f.rule, f.function, f.start) for f in option_findings(s, option)}
        expected = {(f.rule, f.function, f.start) for f in analysis.findings if f.rule in spans}
        assert drawn == expected
    # one shared axis: from the earlier start to the later end
    assert s.start == min(a.horizon_start, b.horizon_start)
    assert s.end == max(a.horizon_end, b.horizon_end)


def test_compare_draws_names_letters_and_legend_words() -> None:
    a, b = template_plan(), option_b(template_plan())
    s = compare_series(a, analyse(a, DAY), b, analyse(b, DAY), today=DAY)
    labels = CompareLabels(presences="Présences", option_a="A", option_b="B", gap="Lacune")
    fig = figure(natural_height_in(s))
    art = draw_compare(fig, s, labels=labels, title="Options")
    fig.canvas.draw()
    assert art.row_names[0] == "Présences"
    assert [f.name for f in a.functions if f.name not in art.row_names] == []
    assert "Lacune" in art.legend_texts
    assert f"B: {b.name}" in art.legend_texts
    # no row name runs off the left of the figure
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    for text in art.ax.texts:
        box = text.get_window_extent(renderer)
        assert box.x0 >= 0, text.get_text()
    assert art.row_at(s.rows[1].y0 + 0.01) == (s.rows[1], "a")
    assert art.row_at(s.rows[1].y0 + s.rows[1].lane + 0.01) == (s.rows[1], "b")


def entries(plans: list[Plan]) -> list[PortfolioEntry]:
    return [PortfolioEntry(p, analyse(p, DAY).continuity_score, 1, 2, "DPPA") for p in plans]


def test_portfolio_has_a_row_per_plan_under_its_region() -> None:
    plans = [template_plan(), haiti_plan(), sudan_plan()]
    s = portfolio_series(entries(plans), today=DAY)
    assert [r.entry.plan.name for r in s.plan_rows() if r.entry] == [p.name for p in plans]
    headings = [r.label for r in s.rows if r.kind == "heading"]
    assert headings == [p.region for p in plans]
    # every presence alive in the horizon is drawn on its plan's row, coloured by kind
    for row in s.plan_rows():
        assert row.entry is not None
        plan = row.entry.plan
        mine = [p for p in s.presences if p.plan_id == plan.id]
        assert {p.name for p in mine} == {
            p.name
            for p in plan.presences
            if p.start <= plan.horizon_end and (p.end is None or p.end >= plan.horizon_start)
        }
        for p in mine:
            assert row.y0 <= p.y0 and p.y0 + p.height <= row.y0 + row.height + 1e-9
    assert s.start == min(p.horizon_start for p in plans)


def test_portfolio_draws_scores_counts_and_the_today_line(tmp_path) -> None:
    plans = [haiti_plan(), sudan_plan()]
    s = portfolio_series(entries(plans), today=DAY)
    fig = figure()
    labels = PortfolioLabels(score="Score", critical="Critiques", kinds={"PKO": "OMP"})
    art = draw_portfolio(fig, s, labels=labels, title="Région")
    fig.canvas.draw()
    for plan in plans:
        assert row_label(plan) in art.texts
    assert "Critiques" in art.texts and "DPPA" in art.texts and "OMP" in art.texts
    today_lines = [
        ln
        for ln in art.ax.lines
        if ln.get_xdata()[0] == pytest.approx(DAY.toordinal() - date(1970, 1, 1).toordinal() + 0.5)
    ]
    assert len(today_lines) == 1
    first = s.plan_rows()[0]
    assert first.entry is not None
    assert art.plan_at(first.center) == first.entry.plan.id
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    width = fig.bbox.width
    for text in art.ax.texts:
        box = text.get_window_extent(renderer)
        assert box.x0 >= 0 and box.x1 <= width + 1, text.get_text()


@pytest.mark.parametrize("suffix", ["png", "pdf"])
def test_portfolio_picture_files(tmp_path, suffix) -> None:
    s = portfolio_series(entries([haiti_plan()]), today=DAY)
    path = render_portfolio(s, tmp_path / f"portfolio.{suffix}")
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG" if suffix == "png" else b"%PDF")
    # byte-stable, as the other chart exports
    again = render_portfolio(s, tmp_path / f"again.{suffix}")
    assert again.read_bytes() == data


def test_portfolio_of_no_plans_says_so() -> None:
    s = portfolio_series([], today=DAY)
    art = draw_portfolio(figure(), s)
    assert any(t.get_text() == "No plans to show." for t in art.ax.texts)
