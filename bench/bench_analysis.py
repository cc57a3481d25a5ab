"""Benchmark of the continuity analysis on a large generated plan.

Run: ``.venv/bin/python bench/bench_analysis.py [--functions 500] [--per-function 40]
[--years 20] [--repeat 15]``

Generates a plan deterministically (seeded) — by default 500 functions × 40 assignments (20,000)
over 20 years, actors spread over a succession of presences —, then times ``analyse(plan)`` and,
for scale, ``sorted()`` of the same assignments by start. Prints best and median of each, their
ratio and whether the targets are met (analysis ≤ 100 ms and ≤ 10 × the sort). Exit status 1
when a target is missed.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta

from transition_planner.domain import analysis as _analysis
from transition_planner.domain.analysis import analyse
from transition_planner.domain.analysis_context import AnalysisContext
from transition_planner.domain.enums import (
    ActorType,
    FundingKind,
    FundingLineStatus,
    FundingStatus,
    HandoverKind,
    HandoverStatus,
    MilestoneKind,
    PresenceKind,
    Priority,
    Readiness,
)
from transition_planner.domain.model import (
    Actor,
    Assignment,
    Function,
    FundingLine,
    Handover,
    Milestone,
    Plan,
    Presence,
)
from transition_planner.domain.plan_rules import plan_findings
from transition_planner.domain.register import register_findings
from transition_planner.domain.report_order import in_report_order

AS_OF = date(2020, 6, 1)
TARGET_SECONDS = 0.100
TARGET_RATIO = 10.0


def generate_plan(
    functions: int = 500, per_function: int = 40, years: int = 20, seed: int = 20_191_016
) -> Plan:
    """A large plan: presences in succession, actors in and out of them, overlapping assignments."""
    rng = random.Random(seed)
    h0 = date(2010, 1, 1)
    span = 365 * years + years // 4
    h1 = h0 + timedelta(days=span - 1)

    presences = []
    kinds = [PresenceKind.PKO, PresenceKind.SPM, PresenceKind.PKO, PresenceKind.SPM]
    cursor = h0 - timedelta(days=400)
    chunk = span // len(kinds)
    for i, kind in enumerate(kinds):
        end = cursor + timedelta(days=chunk + rng.randint(-60, 60))
        presences.append(
            Presence(
                name=f"Mission {i + 1}",
                kind=kind,
                start=cursor,
                end=end if i < len(kinds) - 1 else None,
                drawdown_start=end - timedelta(days=rng.choice([180, 400]))
                if i < len(kinds) - 1
                else None,
            )
        )
        cursor = end + timedelta(days=rng.choice([1, 1, 30, -20]))
    presences.append(Presence(name="UN country team", kind=PresenceKind.NON_MISSION, start=h0))
    presences.append(
        Presence(
            name="Partner force",
            kind=PresenceKind.PARTNER_MISSION,
            start=h0 + timedelta(days=2000),
            end=h0 + timedelta(days=3500),
        )
    )

    actors: list[Actor] = []
    # an actor's type fits its presence: mission components, the country team's agencies, a
    # partner force; actors of no presence are agencies, national, civil society or partners
    type_of = {
        PresenceKind.PKO: [ActorType.MISSION],
        PresenceKind.SPM: [ActorType.MISSION],
        PresenceKind.NON_MISSION: [ActorType.UN_ENTITY],
        PresenceKind.PARTNER_MISSION: [ActorType.REGIONAL_ORGANIZATION, ActorType.MISSION],
    }
    free = [
        ActorType.UN_ENTITY,
        ActorType.GOVERNMENT,
        ActorType.GOVERNMENT,
        ActorType.CIVIL_SOCIETY,
        ActorType.BILATERAL_PARTNER,
        ActorType.OTHER,
    ]
    for i in range(300):
        presence = rng.choice([*presences, None, None])
        # some mission components continue a component of an earlier mission
        continues = rng.choice(actors) if actors and rng.random() < 0.1 else None
        actors.append(
            Actor(
                name=f"Actor {i:03d}",
                type=rng.choice(type_of[presence.kind] if presence else free),
                presence_id=presence.id if presence else None,
                continues_id=continues.id if continues else None,
            )
        )
    lives = {p.id: (p.start, p.end or date.max) for p in presences}

    def actor_for(day: date) -> tuple[Actor, date]:
        """Mostly an actor whose presence exists on `day` (and the day its presence ends)."""
        while True:
            actor = rng.choice(actors)
            if actor.presence_id is None:
                return actor, date.max
            start, end = lives[actor.presence_id]
            if start <= day <= end or rng.random() < 0.02:
                return actor, end

    funcs = []
    assignments = []
    statuses = [None, FundingStatus.SECURED, FundingStatus.PLEDGED, FundingStatus.UNFUNDED]
    bases = [5.0, 20.0, 40.0, 150.0, 1200.0]
    step = span // per_function
    for i in range(functions):
        required_from = h0 + timedelta(days=rng.randint(0, 400)) if rng.random() < 0.3 else None
        f = Function(
            name=f"Function {i:03d}",
            priority=rng.choice(list(Priority)),
            required_from=required_from,
        )
        funcs.append(f)
        base = rng.choice(bases)
        # successive carriers, mostly overlapping their predecessor, some gaps and parallels
        day = rng.randint(-200, 100)
        for _j in range(per_function):
            start = h0 + timedelta(days=day)
            actor, presence_end = actor_for(start)
            end = start + timedelta(days=rng.randint(step + 30, 3 * step + 120))
            if start < presence_end < end and rng.random() < 0.9:
                end = presence_end
            assignments.append(
                Assignment(
                    function_id=f.id,
                    actor_id=actor.id,
                    start=start,
                    end=None if rng.random() < 0.03 else end,
                    # about the function's usual size; some unknown, a few fractional (FTE)
                    capacity=(
                        None if rng.random() < 0.1 else round(base * rng.uniform(0.2, 1.5) * 2) / 2
                    ),
                    funding_status=rng.choice(statuses),
                    readiness=rng.choice([None, *Readiness]),
                )
            )
            # mostly overlapping successors; some typed a few days after (seams), some gaps
            day += rng.randint(step // 2, step + 20)
    rng.shuffle(assignments)

    milestones = [
        Milestone(
            name=f"Election {k}",
            date=h0 + timedelta(days=rng.randint(0, span - 1)),
            kind=MilestoneKind.ELECTION,
        )
        for k in range(5)
    ]
    handovers = [
        Handover(
            item=f"Item {k}",
            kind=rng.choice(list(HandoverKind)),
            from_actor_id=rng.choice(actors).id,
            to_actor_id=rng.choice([None, rng.choice(actors).id]),
            function_id=rng.choice(funcs).id,
            due=h0 + timedelta(days=rng.randint(0, span - 1)),
            status=rng.choice(list(HandoverStatus)),
        )
        for k in range(1000)
    ]
    funding_lines = [
        FundingLine(
            source=f"Source {k}",
            kind=rng.choice(list(FundingKind)),
            year=h0.year + rng.randint(0, years - 1),
            amount=float(rng.randint(0, 50_000_000)),
            status=rng.choice(list(FundingLineStatus)),
        )
        for k in range(500)
    ]
    return Plan(
        name="Benchmark",
        horizon_start=h0,
        horizon_end=h1,
        presences=tuple(presences),
        actors=tuple(actors),
        functions=tuple(funcs),
        assignments=tuple(assignments),
        milestones=tuple(milestones),
        handovers=tuple(handovers),
        funding_lines=tuple(funding_lines),
    )


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times


def print_breakdown(plan: Plan, repeat: int) -> None:
    """Best times of the phases of `analyse` (its private helpers, called as it calls them), and
    what the deferred detail sentences and ids cost when every one of them is read."""
    h0, h1 = plan.horizon_start.toordinal(), plan.horizon_end.toordinal()
    ctx = AnalysisContext(plan, h0, h1)

    def prepared() -> tuple[dict[str, list[tuple[object, ...]]], list[int]]:
        # (a context of its own: the capacities are weighed as the assignments are read)
        return _analysis._effective_intervals(AnalysisContext(plan, h0, h1))  # type: ignore[return-value]

    def sweeps() -> None:
        fresh = AnalysisContext(plan, h0, h1)
        items, _ = _analysis._effective_intervals(fresh)  # the sweeps sort them in place
        _analysis._sweep_functions(fresh, items, [])

    items, outliving = _analysis._effective_intervals(ctx)
    findings: list[object] = []
    _analysis._sweep_functions(ctx, items, findings)  # type: ignore[arg-type]
    _analysis._outliving(ctx, outliving, findings)  # type: ignore[arg-type]

    def read_all() -> None:
        for f in analyse(plan, AS_OF).findings:
            f.detail, f.assignment_ids, f.presence_ids  # noqa: B018

    best = {
        "context (actors, presences)": min(timed(lambda: AnalysisContext(plan, h0, h1), repeat)),
        "… + effective intervals, weights": min(timed(prepared, repeat)),
        "… + sorts, sweeps, findings": min(timed(sweeps, repeat)),
        "outlives_presence": min(timed(lambda: _analysis._outliving(ctx, outliving, []), repeat)),
        "plan-wide and register rules": min(
            timed(
                lambda: (
                    plan_findings(plan, h0, h1),
                    register_findings(plan, AS_OF, h0, h1),
                ),
                repeat,
            )
        ),
        "report order": min(
            timed(lambda: in_report_order(findings), repeat)  # type: ignore[arg-type]
        ),
    }
    effective = best["… + effective intervals, weights"]
    best["… + sorts, sweeps, findings"] -= effective
    best["… + effective intervals, weights"] -= best["context (actors, presences)"]
    print("breakdown (best of each, ms):")
    for label, seconds in best.items():
        print(f"  {label:<32} {seconds * 1000:6.1f}")
    analyse_best = min(timed(lambda: analyse(plan, AS_OF), repeat))
    read_best = min(timed(read_all, repeat))
    print(
        f"  {'deferred details and ids':<32} {(read_best - analyse_best) * 1000:6.1f}"
        f"  (analyse, then read every finding's detail, assignment_ids, presence_ids:"
        f" {read_best * 1000:.1f})"
    )
    gc.disable()
    try:
        no_gc = min(timed(lambda: analyse(plan, AS_OF), repeat))
    finally:
        gc.enable()
    print(
        f"  {'analyse with the GC off':<32} {no_gc * 1000:6.1f}  (the rest is garbage collection)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--functions", type=int, default=500)
    parser.add_argument("--per-function", type=int, default=40)
    parser.add_argument("--years", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)

    plan = generate_plan(args.functions, args.per_function, args.years)
    assignments = list(plan.assignments)
    analysis = analyse(plan, AS_OF)  # warm up
    analyse_times = timed(lambda: analyse(plan, AS_OF), args.repeat)
    sort_times = timed(lambda: sorted(assignments, key=lambda a: a.start), args.repeat)

    best, median = min(analyse_times), statistics.median(analyse_times)
    sort_best, sort_median = min(sort_times), statistics.median(sort_times)
    ratio = best / sort_best
    print(
        f"plan: {len(plan.functions)} functions, {len(assignments):,} assignments, "
        f"{len(plan.actors)} actors, {len(plan.presences)} presences, "
        f"{(plan.horizon_end - plan.horizon_start).days + 1:,} days"
    )
    print(
        f"findings: {len(analysis.findings):,} "
        f"({', '.join(f'{k} {v}' for k, v in analysis.counts_by_rule().items() if v)}); "
        f"score {analysis.continuity_score}"
    )
    print(f"analyse: best {best * 1000:.1f} ms, median {median * 1000:.1f} ms ({args.repeat} runs)")
    print(f"sorted by start: best {sort_best * 1000:.1f} ms, median {sort_median * 1000:.1f} ms")
    print(f"ratio analyse / sort (best): {ratio:.1f}")
    print_breakdown(plan, args.repeat)
    ok_time = best <= TARGET_SECONDS
    ok_ratio = ratio <= TARGET_RATIO
    print(f"target ≤ {TARGET_SECONDS * 1000:.0f} ms: {'met' if ok_time else 'MISSED'}")
    print(f"target ≤ {TARGET_RATIO:.0f} × sort: {'met' if ok_ratio else 'MISSED'}")
    return 0 if ok_time and ok_ratio else 1


if __name__ == "__main__":
    sys.exit(main())
