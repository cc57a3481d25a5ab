"""The command line (SPEC §4): a thin layer over the services.

Exit status: 0 success; 1 `check` found a finding at or above `--fail-on`; 2 bad input (unknown
plan, invalid workbook, missing or corrupt workspace …) with a message on standard error and
nothing written.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn, TextIO, cast

from . import APP_NAME

PROG = "transition-planner"
SEVERITIES = ("critical", "high", "medium", "low", "info")


class UsageError(Exception):
    """Bad input from the command line itself."""


class _Version(argparse.Action):
    """`--version`: the version is looked up only when asked (importlib.metadata is slow)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kw: object) -> None:
        from . import __version__

        print(f"{PROG} {__version__}")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=f"{APP_NAME}: plan UN transitions and find gaps in continuity of care. "
        "Without a command, opens the desktop application.",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    workspace_help = (
        "workspace file (default: $TRANSITION_PLANNER_WORKSPACE, then the default workspace)"
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--workspace", metavar="FILE", default=argparse.SUPPRESS, help=workspace_help
    )
    parser.add_argument("--workspace", metavar="FILE", default=None, help=workspace_help)
    read_only_help = (
        "open the workspace read-only: no lock is taken (it may be open elsewhere) and "
        "nothing is written; commands that change it are refused"
    )
    common.add_argument(
        "--read-only", action="store_true", default=argparse.SUPPRESS, help=read_only_help
    )
    parser.add_argument("--read-only", action="store_true", default=False, help=read_only_help)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("plans", parents=[common], help="list the plans of the workspace")
    p.add_argument("--format", choices=("text", "json"), default="text")

    p = sub.add_parser("check", parents=[common], help="print the continuity analysis of a plan")
    p.add_argument("plan", metavar="PLAN")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument(
        "--as-of",
        metavar="YYYY-MM-DD",
        type=_day,
        default=None,
        help="the day of the handover and funding rules (default: today)",
    )
    p.add_argument(*_LANGUAGE_ARGS, **_LANGUAGE_OPTS)
    p.add_argument(
        "--fail-on",
        choices=SEVERITIES,
        default=None,
        metavar="SEVERITY",
        help=f"exit 1 when a finding at or above SEVERITY exists ({', '.join(SEVERITIES)})",
    )

    p = sub.add_parser("import", parents=[common], help="import a workbook")
    p.add_argument("book", metavar="BOOK.xlsx", type=Path)
    p.add_argument("--name", help="name of the new plan (default: the workbook's Plan value)")
    p.add_argument("--replace", action="store_true", help="replace a plan of the same name")
    p.add_argument(
        "--into", metavar="PLAN", help="compare with this existing plan and print the changes"
    )
    p.add_argument("--apply", action="store_true", help="with --into: apply the changes")

    p = sub.add_parser("export", parents=[common], help="write a plan's workbook")
    p.add_argument("plan", metavar="PLAN")
    p.add_argument("book", metavar="BOOK.xlsx", type=Path)
    p.add_argument(
        "--as-of",
        metavar="YYYY-MM-DD",
        type=_day,
        default=None,
        help="the day the Gaps sheet's handover and funding rules are judged (default: today)",
    )
    p.add_argument(*_LANGUAGE_ARGS, **_LANGUAGE_OPTS)

    sub.add_parser(
        "examples", parents=[common], help="add the example plans the workspace does not have yet"
    )

    p = sub.add_parser("backups", parents=[common], help="list the workspace's backups")
    p.add_argument("--format", choices=("text", "json"), default="text")

    p = sub.add_parser(
        "restore",
        parents=[common],
        help="restore the workspace from a backup (the current file is backed up first)",
    )
    p.add_argument(
        "backup",
        metavar="BACKUP",
        help="a backup's name as `backups` lists it, its path, or `latest`",
    )

    p = sub.add_parser(
        "brief",
        parents=[common],
        help="write the brief of a plan: an A4 PDF of at most two pages",
    )
    p.add_argument("plan", metavar="PLAN")
    p.add_argument("pdf", metavar="BRIEF.pdf", type=Path)
    p.add_argument(
        "--as-of",
        metavar="YYYY-MM-DD",
        type=_day,
        default=None,
        help="the day the brief is written for (default: today)",
    )
    p.add_argument(
        "--language", choices=("en", "fr"), default="en", help="the brief's language (default: en)"
    )

    p = sub.add_parser(
        "compare", parents=[common], help="compare two plans: scores and findings side by side"
    )
    p.add_argument("plan_a", metavar="PLAN_A")
    p.add_argument("plan_b", metavar="PLAN_B")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument(
        "--as-of",
        metavar="YYYY-MM-DD",
        type=_day,
        default=None,
        help="the day of the handover and funding rules, for both plans (default: today)",
    )

    p = sub.add_parser(
        "portfolio", parents=[common], help="one row per plan: presences, score, findings"
    )
    p.add_argument("--region", metavar="REGION", help="only the plans of this regional division")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument(
        "--as-of",
        metavar="YYYY-MM-DD",
        type=_day,
        default=None,
        help="the day the presences and findings are read (default: today)",
    )

    sub.add_parser(
        "selftest",
        help="start the application offscreen, show each view, export "
        "a workbook and print timings as JSON",
    )
    return parser


_LANGUAGE_ARGS = ("--language",)
_LANGUAGE_OPTS: dict[str, Any] = {
    "choices": ("en", "fr"),
    "default": "en",
    "help": "the language of the sentences (and of the workbook): en (default) or fr",
}


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day (YYYY-MM-DD)") from None


class _Output(io.TextIOBase):
    """Standard output that a closed pipe (`… | head`) silences instead of failing: the command
    goes on (a change is applied all the same) and exits with its own status."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream
        self.broken = False

    def write(self, text: str) -> int:
        if not self.broken:
            try:
                self.stream.write(text)
            except BrokenPipeError:
                self._broke()
        return len(text)

    def flush(self) -> None:
        if not self.broken:
            try:
                self.stream.flush()
            except BrokenPipeError:
                self._broke()

    def _broke(self) -> None:
        """Nobody reads any more: what is still buffered goes nowhere, so that the interpreter's
        own flush at exit does not complain either."""
        self.broken = True
        with contextlib.suppress(OSError, ValueError):
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, self.stream.fileno())
            os.close(null)


def _undecodable(args: argparse.Namespace) -> str | None:
    """The first argument that is not valid text (bytes that are not UTF-8 reach Python as
    lone surrogates): its option and a printable form, or None."""
    for key, value in vars(args).items():
        text = str(value) if isinstance(value, str | Path) else None
        if text is None or text.isascii():
            continue
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            shown = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            option = "--" + key.replace("_", "-") if key not in _POSITIONAL else key.upper()
            return f"{option} {shown!r}"
    return None


_POSITIONAL = frozenset({"plan", "book", "backup", "pdf", "plan_a", "plan_b"})


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    output = _Output(sys.stdout)
    out = cast(TextIO, output)
    try:
        return _run(args, out)
    finally:
        output.flush()


def _run(args: argparse.Namespace, out: TextIO) -> int:
    try:
        bad = _undecodable(args)
        if bad is not None:
            raise UsageError(
                f"{bad} is not valid text (UTF-8); rename the file, or type the name again"
            )
        if args.command is None:
            return _gui(args.workspace, read_only=args.read_only)
        _refuse_writes_when_read_only(args)
        if args.command == "selftest":
            from .ui.selftest import run_selftest

            print(json.dumps(run_selftest(), indent=2), file=out)
            return 0
        handler = _COMMANDS[args.command]
        if getattr(args, "language", "en") != "en":
            from .i18n import set_language

            try:
                set_language(args.language)
            except LookupError as exc:
                raise UsageError(str(exc)) from None
        return handler(args, out)
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        if not _is_user_error(exc):
            raise
        _fail(exc)


def _is_user_error(exc: Exception) -> bool:
    from .domain.changes import ChangeConflict
    from .domain.validation import PlanInvalid
    from .store import WorkspaceError
    from .workbook import WorkbookError

    return isinstance(
        exc, WorkspaceError | WorkbookError | PlanInvalid | ChangeConflict | UsageError | OSError
    )


def _fail(exc: Exception) -> NoReturn:
    from .domain.validation import PlanInvalid
    from .workbook import WorkbookError

    if isinstance(exc, WorkbookError) and len(exc.problems) == 1 and not exc.problems[0].cell:
        # one sentence about the file as a whole ("… is not a Transition Planner workbook")
        problem = exc.problems[0]
        where = "" if problem.sheet == "Workbook" else f"{problem.sheet}: "
        if exc.path is not None and exc.path.name not in problem.message:
            where = f"{exc.path.name}: {where}"
        print(f"{PROG}: error: {where}{problem.message}; nothing was written", file=sys.stderr)
    elif isinstance(exc, WorkbookError | PlanInvalid):
        lines = [str(p) for p in exc.problems] or [str(exc)]
        print(
            f"{PROG}: error: {len(lines)} problem(s) found, nothing was written:", file=sys.stderr
        )
        for line in lines:
            print(f"  {line}", file=sys.stderr)
    elif isinstance(exc, OSError):
        print(
            f"{PROG}: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
            file=sys.stderr,
        )
    else:
        from .store import WorkspaceLocked

        text = str(exc)
        if isinstance(exc, WorkspaceLocked) and text.endswith("open it read-only"):
            text += " with `--read-only`"
        print(f"{PROG}: error: {text}", file=sys.stderr)
    raise SystemExit(2)


def _gui(workspace: str | None, *, read_only: bool = False) -> int:
    from .ui.app import run

    return run(Path(workspace) if workspace else None, read_only=read_only)


def _refuse_writes_when_read_only(args: argparse.Namespace) -> None:
    """`--read-only` with a command that changes the workspace: say so before anything runs."""
    if not getattr(args, "read_only", False):
        return
    writes = {
        "examples": "adds plans to",
        "restore": "replaces",
        "import": "adds a plan to",
    }
    if args.command == "import" and args.into and not args.apply:
        return  # comparing only reads
    if args.command == "import" and args.apply:
        writes["import"] = "applies changes to"
    if args.command in writes:
        raise UsageError(
            f"`{args.command}` {writes[args.command]} the workspace, which --read-only does "
            "not allow; nothing was written. Run it without --read-only once the workspace is "
            "closed elsewhere"
        )


def _workspace_arg(args: argparse.Namespace) -> str | None:
    value: str | None = getattr(args, "workspace", None)
    return value


# -- commands -----------------------------------------------------------------------------


def cmd_plans(args: argparse.Namespace, out: TextIO) -> int:
    from .services import open_existing

    with open_existing(_workspace_arg(args), read_only=True) as service:
        plans = service.plans()
    if args.format == "json":
        data = [
            {
                "name": s.name,
                "country": s.country,
                "horizon": {"start": s.horizon_start.isoformat(), "end": s.horizon_end.isoformat()},
                "counts": s.counts,
            }
            for s in plans
        ]
        print(json.dumps(data, indent=2, ensure_ascii=False), file=out)
    else:
        for s in plans:
            print(s.name, file=out)
    return 0


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    from .domain.enums import Severity
    from .services import open_existing

    with open_existing(_workspace_arg(args), read_only=True) as service:
        plan = service.find_plan(args.plan)
        analysis = service.analysis(plan.id, args.as_of)
    if args.format == "json":
        data = {
            "plan": plan.name,
            "as_of": analysis.as_of.isoformat() if analysis.as_of else None,
            "continuity_score": analysis.continuity_score,
            "gaps": [f.to_json() for f in analysis.findings],
        }
        print(json.dumps(data, indent=2, ensure_ascii=False), file=out)
    else:
        from .i18n import format_score, translate

        score = analysis.continuity_score
        print(translate("Cli", "Plan: {plan}").format(plan=plan.name), file=out)
        print(
            translate("Cli", "Horizon: {start} – {end}").format(
                start=plan.horizon_start.isoformat(), end=plan.horizon_end.isoformat()
            ),
            file=out,
        )
        print(
            translate("Cli", "Continuity score: {score}").format(
                score="n/a" if score is None else format_score(score)
            ),
            file=out,
        )
        if analysis.as_of is not None:
            as_of = analysis.as_of.isoformat()
            print(translate("Cli", "As of: {day}").format(day=as_of), file=out)
        counts = analysis.counts_by_severity()
        severities = [
            translate("Cli", "%n critical", None, counts[Severity.CRITICAL]),
            translate("Cli", "%n high", None, counts[Severity.HIGH]),
            translate("Cli", "%n medium", None, counts[Severity.MEDIUM]),
            translate("Cli", "%n low", None, counts[Severity.LOW]),
            translate("Cli", "%n info", None, counts[Severity.INFO]),
        ]
        print(translate("Cli", "Findings: {counts}").format(counts=", ".join(severities)), file=out)
        for f in analysis.findings:
            who = f" [{f.function}]" if f.function else ""
            print(
                f"{f.severity.value.upper():8} {f.rule:24} {f.start.isoformat()} – "
                f"{f.end.isoformat()} ({f.days} d){who}: {f.detail}",
                file=out,
            )
    if args.fail_on:
        threshold = Severity(args.fail_on)
        if analysis.at_least(threshold):
            return 1
    return 0


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from .services import PlanningService, open_existing
    from .services.planning import read_workbook_plan

    book: Path = args.book
    if args.into:
        if args.name or args.replace:
            raise UsageError("--name and --replace do not go with --into")
        with open_existing(_workspace_arg(args), read_only=not args.apply) as service:
            plan_id = service.find_plan_id(args.into)
            review = service.review_import(plan_id, book)
            counts = review.change.counts()
            for warning in review.warnings:
                print(f"warning: {warning}", file=sys.stderr)
            if review.change.is_empty():
                print(f"No changes: {book.name} matches plan {review.before.name!r}.", file=out)
                return 0
            print(
                f"Changes from {book.name} to plan {review.before.name!r}: "
                f"{counts['added']} added, {counts['changed']} changed, "
                f"{counts['removed']} removed"
                + (f", {len(review.change.settings)} setting(s)" if review.change.settings else ""),
                file=out,
            )
            for line in review.lines:
                print(f"  {line}", file=out)
            if args.apply:
                service.apply_import(plan_id, review.change, f"Import {book.name}")
                print("Applied.", file=out)
            else:
                print("Nothing applied; run again with --apply to apply these changes.", file=out)
        return 0
    if args.apply:
        raise UsageError("--apply goes with --into PLAN")
    # Read and check the workbook before touching (or creating) the workspace.
    plan = read_workbook_plan(book, name=args.name)
    with PlanningService.open(_workspace_arg(args), create=True) as service:
        service.import_plan(plan, replace=args.replace)
    print(plan.name, file=out)
    return 0


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from .services import open_existing

    book: Path = args.book
    if book.suffix.lower() != ".xlsx":
        raise UsageError(f"{book}: the workbook's name must end in .xlsx")
    _check_folder(book)
    with open_existing(_workspace_arg(args), read_only=True) as service:
        plan_id = service.find_plan_id(args.plan)
        warnings = service.export_workbook(plan_id, book, args.as_of)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"Wrote {book}", file=out)
    return 0


def _check_folder(target: Path) -> None:
    """An output's folder must exist (and be a folder): a clear message before any work."""
    folder = target.parent
    if not folder.exists():
        raise UsageError(f"folder {folder} does not exist; nothing was written")
    if not folder.is_dir():
        raise UsageError(f"{folder} is not a folder; nothing was written")


def cmd_examples(args: argparse.Namespace, out: TextIO) -> int:
    from .services import PlanningService

    with PlanningService.open(_workspace_arg(args), create=True) as service:
        added = service.add_examples()
    if added:
        for name in added:
            print(f"Added {name}", file=out)
    else:
        print("The workspace already has every example plan.", file=out)
    return 0


def cmd_backups(args: argparse.Namespace, out: TextIO) -> int:
    from .services.planning import resolve_workspace_path, workspace_backups

    # listed from their names, without opening the workspace: a damaged one has backups too
    path, _default = resolve_workspace_path(_workspace_arg(args))
    if not path.exists():
        from .store import WorkspaceMissing

        raise WorkspaceMissing(f"workspace {path} does not exist")
    backups = workspace_backups(path)
    if args.format == "json":
        data = [
            {
                "path": str(b.path),
                "created": b.created.isoformat(timespec="seconds"),
                "reason": b.reason,
                "size": b.size,
            }
            for b in backups
        ]
        print(json.dumps(data, indent=2, ensure_ascii=False), file=out)
    elif not backups:
        print("No backups yet.", file=out)
    else:
        print(f"Backups in {backups[0].path.parent}, newest first:", file=out)
        for b in backups:
            print(f"{b.created:%Y-%m-%d %H:%M:%S}  {b.reason:40}  {b.path.name}", file=out)
        print(f"Restore one with: {PROG} restore NAME (or: {PROG} restore latest)", file=out)
    return 0


def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    from .services.planning import find_backup, resolve_workspace_path, restore_workspace

    # the workspace is not opened first: restoring is how a damaged one is repaired
    path, _default = resolve_workspace_path(_workspace_arg(args))
    backup = find_backup(path, args.backup)
    kept = restore_workspace(path, backup)
    print(f"Restored {path} from {backup.name}; the previous file is kept as {kept}", file=out)
    return 0


def cmd_brief(args: argparse.Namespace, out: TextIO) -> int:
    from .i18n import use_language
    from .services import open_existing

    target: Path = args.pdf
    if target.suffix.lower() != ".pdf":
        raise UsageError(f"{target}: the brief's name must end in .pdf")
    _check_folder(target)
    as_of: date = args.as_of or date.today()
    with contextlib.ExitStack() as stack:
        try:
            stack.enter_context(use_language(args.language))
        except LookupError:
            raise UsageError(
                "French is not available in this build yet; write the brief in English "
                "(--language en)"
            ) from None
        with open_existing(_workspace_arg(args), read_only=True) as service:
            service.check_output(target)
            plan = service.find_plan(args.plan)
            analysis = service.analysis(plan.id, as_of)
        from .brief import write_brief

        write_brief(plan, analysis, as_of, target)
    print(f"Wrote {target}", file=out)
    return 0


def cmd_compare(args: argparse.Namespace, out: TextIO) -> int:
    from .services import open_existing
    from .services.compare import compare_plans

    with open_existing(_workspace_arg(args), read_only=True) as service:
        comparison = compare_plans(
            service,
            service.find_plan_id(args.plan_a),
            service.find_plan_id(args.plan_b),
            args.as_of,
        )
    if args.format == "json":
        print(json.dumps(comparison.to_json(), indent=2, ensure_ascii=False), file=out)
        return 0

    def score(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.1f}"

    delta = comparison.score_delta
    print(f"A: {comparison.a.name}  continuity score {score(comparison.score_a)}", file=out)
    print(f"B: {comparison.b.name}  continuity score {score(comparison.score_b)}", file=out)
    print(f"Score difference (B - A): {'n/a' if delta is None else f'{delta:+.1f}'}", file=out)
    sections = (
        ("Only in A", comparison.only_a),
        ("Only in B", comparison.only_b),
        ("In both", tuple(fa for fa, _ in comparison.both)),
    )
    for title, findings in sections:
        print(f"\n{title} ({len(findings)}):", file=out)
        if not findings:
            print("  none", file=out)
        for f in findings:
            who = f" [{f.function}]" if f.function else ""
            print(
                f"  {f.severity.value.upper():8} {f.rule:24} {f.start.isoformat()} – "
                f"{f.end.isoformat()}{who}: {f.detail}",
                file=out,
            )
    return 0


def cmd_portfolio(args: argparse.Namespace, out: TextIO) -> int:
    from .domain.enums import Severity
    from .services import open_existing
    from .services.portfolio import portfolio

    with open_existing(_workspace_arg(args), read_only=True) as service:
        rows = portfolio(service, region=args.region, as_of=args.as_of)
    if args.format == "json":
        data = [row.to_json() for row in rows]
        print(json.dumps(data, indent=2, ensure_ascii=False), file=out)
        return 0
    if not rows:
        where = f" in region {args.region!r}" if args.region else ""
        print(f"No plans{where}.", file=out)
        return 0
    table = [
        (
            "Region",
            "Country",
            "Plan",
            "Score",
            "Critical",
            "High",
            "HQ",
            "Presences",
            "Next milestone",
        )
    ]
    for row in rows:
        counts = row.counts
        milestone = row.next_milestone
        table.append(
            (
                row.plan.region or "-",
                row.plan.country or "-",
                row.plan.name,
                "n/a" if row.continuity_score is None else f"{row.continuity_score:.1f}",
                str(counts[Severity.CRITICAL]),
                str(counts[Severity.HIGH]),
                row.headquarters.name,
                "; ".join(
                    f"{kind.value}: {', '.join(p.name for p in items)}"
                    for kind, items in row.presences.items()
                )
                or "none",
                f"{milestone.date.isoformat()} {milestone.name}" if milestone else "-",
            )
        )
    widths = [max(len(r[k]) for r in table) for k in range(len(table[0]) - 1)]
    for r in table:
        cells = [c.ljust(w) for c, w in zip(r[:-1], widths, strict=True)]
        print("  ".join([*cells, r[-1]]).rstrip(), file=out)
    return 0


_COMMANDS = {
    "plans": cmd_plans,
    "check": cmd_check,
    "import": cmd_import,
    "export": cmd_export,
    "examples": cmd_examples,
    "backups": cmd_backups,
    "restore": cmd_restore,
    "brief": cmd_brief,
    "compare": cmd_compare,
    "portfolio": cmd_portfolio,
}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
