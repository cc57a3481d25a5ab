"""The use cases that the desktop application and the command line share.

Every change to a workspace goes through `PlanningService`: it validates the result with the
domain rules, writes it in one transaction, keeps plain domain objects in a cache, and reports what
it changed (`EditReport`) to every subscriber — the screens refresh from those reports, never by
polling the store.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import replace as dc_replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.changes import PlanChange, apply_change, describe_change, diff_plans
from ..domain.model import COLLECTION, Plan, new_id, with_new_ids
from ..domain.validation import PlanInvalid, Problem, validate_plan
from ..i18n import translate
from ..store import (
    BackupInfo,
    DuplicatePlanName,
    PlanNotFound,
    PlanSummary,
    Workspace,
    WorkspaceError,
    WorkspaceMissing,
    backups_dir,
    default_workspace_path,
)
from ..workbook.examples import TEMPLATE_NAME, example_plans, template_plan
from .naming import PlanNameProblem, free_name, name_problem

if TYPE_CHECKING:
    from ..domain.findings import Analysis
    from ..workbook import ImportReview

# The workbook modules (openpyxl) and the charts (matplotlib) are imported by the use cases that
# need them, so that the command line's `plans` and `check` start fast (issue 14.3).

#: Environment variable naming the workspace when --workspace is not given (SPEC §4).
WORKSPACE_ENV = "TRANSITION_PLANNER_WORKSPACE"
_PROG = "transition-planner"


@dataclass(frozen=True)
class EditReport:
    """What one change did: the plan before and after, the change and a line per item."""

    plan_id: str
    label: str
    change: PlanChange
    before: Plan | None
    after: Plan | None
    lines: list[str]


Subscriber = Callable[[EditReport], None]


class OutputRefused(WorkspaceError):
    """An output file (workbook, brief) would overwrite the open workspace or one of its files."""


def refuse_workspace_target(workspace: Path, target: Path) -> None:
    """Raise OutputRefused when writing `target` would overwrite `workspace`, one of its side
    files (lock, journal) or anything in its backups folder. Real paths are compared, after
    resolving symbolic links, and the same file reached by another name (a hard link) too."""
    workspace = Path(workspace).expanduser()
    target = Path(target).expanduser()
    real_target = Path(os.path.realpath(target))
    real_ws = Path(os.path.realpath(workspace))
    protected = [real_ws] + [
        real_ws.with_name(real_ws.name + suffix) for suffix in (".lock", "-journal", "-wal", "-shm")
    ]
    same = real_target in protected
    if not same and target.exists():
        with contextlib.suppress(OSError):
            same = os.path.samefile(target, workspace)
    if same:
        raise OutputRefused(
            translate(
                "Services",
                "{target} is the open workspace ({workspace}); nothing was written. "
                "Choose another file name for the output.",
            ).format(target=target, workspace=workspace)
        )
    for folder in {backups_dir(workspace), backups_dir(real_ws)}:
        real_folder = Path(os.path.realpath(folder))
        if real_folder == real_target or real_folder in real_target.parents:
            raise OutputRefused(
                translate(
                    "Services",
                    "{target} is in the workspace's backups folder ({folder}); nothing was "
                    "written. Choose another folder for the output.",
                ).format(target=target, folder=folder)
            )


def resolve_workspace_path(path: Path | str | None) -> tuple[Path, bool]:
    """The workspace to use and whether it is the default one.

    `--workspace` first, then the environment variable, then the default workspace.
    """
    if path:
        return Path(path).expanduser(), False
    env = os.environ.get(WORKSPACE_ENV)
    if env:
        return Path(env).expanduser(), False
    return default_workspace_path(), True


class PlanningService:
    """One open workspace and the use cases on it."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._plans: dict[str, Plan] = {}
        self._analyses: dict[str, tuple[Plan, Analysis]] = {}
        self._subscribers: list[Subscriber] = []
        #: True when this open created the default workspace with the example plans.
        self.first_run = False

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path | str | None = None,
        *,
        create: bool = False,
        read_only: bool = False,
    ) -> PlanningService:
        """Open a workspace (None: the environment's or the default one).

        The default workspace is always created when missing, and seeded with the example plans
        when it is created. Other workspaces are created only with `create=True`, and empty.
        """
        resolved, is_default = resolve_workspace_path(path)
        first_run = is_default and not resolved.exists()
        if first_run:
            # First start: create and seed the default workspace, then open it as asked.
            resolved.parent.mkdir(parents=True, exist_ok=True)
            with cls(Workspace.open(resolved, create=True)) as seeding:
                seeding.add_examples()
        service = cls(Workspace.open(resolved, create=create, read_only=read_only))
        service.first_run = first_run
        return service

    def close(self) -> None:
        self.workspace.close()
        self._plans.clear()
        self._analyses.clear()

    def __enter__(self) -> PlanningService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reports ---------------------------------------------------------------------------

    def subscribe(self, callback: Subscriber) -> None:
        self._subscribers.append(callback)

    def unsubscribe(self, callback: Subscriber) -> None:
        if callback in self._subscribers:
            self._subscribers.remove(callback)

    def _report(self, report: EditReport) -> EditReport:
        for callback in list(self._subscribers):
            callback(report)
        return report

    # -- reading ---------------------------------------------------------------------------

    def plans(self) -> list[PlanSummary]:
        return self.workspace.list_plans()

    def plan(self, plan_id: str) -> Plan:
        plan = self._plans.get(plan_id)
        if plan is None:
            plan = self.workspace.load_plan(plan_id)
            self._plans[plan_id] = plan
        return plan

    def find_plan_id(self, name: str) -> str:
        plan_id = self.workspace.plan_id(name)
        if plan_id is None:
            known = ", ".join(s.name for s in self.plans()) or translate("Services", "none")
            raise PlanNotFound(
                translate("Services", "no plan named {name} in {path} (plans: {known})").format(
                    name=repr(name), path=self.workspace.path, known=known
                )
            )
        return plan_id

    def find_plan(self, name: str) -> Plan:
        return self.plan(self.find_plan_id(name))

    def analysis(self, plan_id: str, as_of: date | None = None) -> Analysis:
        """The plan's analysis, its register rules as of `as_of` (today when None)."""
        plan = self.plan(plan_id)
        day = as_of or date.today()
        cached = self._analyses.get(plan_id)
        if cached is not None and cached[0] is plan and cached[1].as_of == day:
            return cached[1]
        from ..domain.analysis import analyse

        result = analyse(plan, day)
        self._analyses[plan_id] = (plan, result)
        return result

    # -- editing ---------------------------------------------------------------------------

    def check(self, plan_id: str, change: PlanChange) -> list[Problem]:
        """The problems `change` would cause ([] when it may be applied)."""
        return validate_plan(apply_change(self.plan(plan_id), change))

    def edit(
        self,
        plan_id: str,
        change: PlanChange,
        label: str = "",
        *,
        backup_reason: str | None = None,
    ) -> EditReport:
        """Apply `change` to a plan in one transaction; raise PlanInvalid and write nothing when
        the result would be invalid. With `backup_reason`, the workspace is backed up after the
        change is found valid and before it is written."""
        before = self.plan(plan_id)
        after = apply_change(before, change)
        problems = validate_plan(after)
        if problems:
            raise PlanInvalid(problems)
        if after.name != before.name:
            self._ensure_name_free(after.name, plan_id)
        if not change.is_empty():
            if backup_reason:
                self.workspace.backup(backup_reason)
            self.workspace.apply_change(plan_id, change)
        self._plans[plan_id] = after
        return self._report(
            EditReport(
                plan_id, label, change, before, after, describe_change(before, after, change)
            )
        )

    def _ensure_name_free(self, name: str, own_id: str | None = None) -> None:
        other = self.workspace.plan_id(name)
        if other is not None and other != own_id:
            existing = next((s.name for s in self.plans() if s.id == other), name)
            if existing.casefold() == name.casefold():
                raise DuplicatePlanName(
                    translate("Services", "a plan named {name} already exists").format(
                        name=repr(existing)
                    )
                )

    def create_plan(self, plan: Plan, *, label: str = "") -> EditReport:
        problems = validate_plan(plan)
        if problems:
            raise PlanInvalid(problems)
        self._ensure_name_free(plan.name)
        self.workspace.add_plan(plan)
        self._plans[plan.id] = plan
        return self._report(
            EditReport(
                plan.id,
                label or translate("Services", "New plan {name}").format(name=plan.name),
                diff_plans(_empty_like(plan), plan),
                None,
                plan,
                [translate("Services", "Plan added: {name}").format(name=plan.name)],
            )
        )

    def delete_plan(self, plan_id: str) -> Plan:
        plan = self.plan(plan_id)
        self.workspace.delete_plan(plan_id)
        self._plans.pop(plan_id, None)
        self._analyses.pop(plan_id, None)
        self._report(
            EditReport(
                plan_id,
                translate("Services", "Delete plan {name}").format(name=plan.name),
                PlanChange(),
                plan,
                None,
                [translate("Services", "Plan removed: {name}").format(name=plan.name)],
            )
        )
        return plan

    def restore_plan(self, plan: Plan) -> EditReport:
        """Put back a deleted plan with the same ids (undo of delete)."""
        label = translate("Services", "Restore plan {name}").format(name=plan.name)
        return self.create_plan(plan, label=label)

    def duplicate_plan(self, plan_id: str, name: str) -> Plan:
        copy = self.draft_copy(plan_id, name)
        self.create_plan(
            copy, label=translate("Services", "Duplicate plan as {name}").format(name=name)
        )
        return copy

    def new_plan(self, name: str, *, from_template: bool = False) -> Plan:
        """Create a plan named `name`: blank (this year and five more) or from the template."""
        plan = self.draft_plan(name, from_template=from_template)
        self.create_plan(plan)
        return plan

    # -- naming and drafting plans ---------------------------------------------------------

    def plan_name_problem(self, name: str, own_id: str | None = None) -> PlanNameProblem | None:
        """Why `name` cannot name a plan (blank, or another plan has it), or None.
        `own_id`: the plan being renamed (its own name is not a clash)."""
        return name_problem(name, (s.name for s in self.plans() if s.id != own_id))

    def free_plan_name(self, base: str) -> str:
        """`base`, or `base 2`, `base 3` …: the first name no plan of the workspace has."""
        return free_name(base, (s.name for s in self.plans()))

    def draft_plan(self, name: str, *, from_template: bool = False) -> Plan:
        """A new plan named `name`, not stored yet (the window stores it with an undoable
        command; `new_plan` stores it at once). Blank: from 1 January of this year to
        31 December five years on. From the template: the generic PKO → SPM → UNCT plan."""
        name = name.strip()
        if from_template:
            return template_plan(name)
        today = datetime.now().date()
        return Plan(
            name=name,
            horizon_start=today.replace(month=1, day=1),
            horizon_end=today.replace(year=today.year + 5, month=12, day=31),
        )

    def draft_copy(self, plan_id: str, name: str) -> Plan:
        """A copy of a plan under another name, fresh ids, not stored yet."""
        return with_new_ids(self.plan(plan_id), name=name.strip())

    def backup(self, reason: str) -> Path:
        """Back the workspace up now (the last 10 backups are kept); the backup's path."""
        return self.workspace.backup(reason)

    def add_examples(self) -> list[str]:
        """Add the example plans the workspace does not have yet; their names."""
        have = {s.name.casefold() for s in self.plans()}
        added = []
        for plan in example_plans():
            if plan.name.casefold() not in have:
                label = translate("Services", "Add example {name}").format(name=plan.name)
                self.create_plan(plan, label=label)
                added.append(plan.name)
        return added

    # -- workbooks -------------------------------------------------------------------------

    def export_workbook(self, plan_id: str, path: Path, as_of: date | None = None) -> list[str]:
        """Write the plan's workbook, its Gaps judged as of `as_of` (None: today, as in the
        window's gaps panel); the warnings (text cut, characters removed).
        Raises OutputRefused, writing nothing, when `path` is the workspace or a backup."""
        self.check_output(path)
        plan = self.plan(plan_id)
        analysis = self.analysis(plan_id, as_of)
        picture = _timeline_picture(plan, analysis)
        from .. import __version__
        from ..workbook import export_plan

        return export_plan(
            plan, analysis, Path(path), app_version=__version__, timeline_png=picture
        )

    def check_output(self, path: Path) -> None:
        """Raise OutputRefused when a file written at `path` would overwrite the workspace, its
        side files or its backups (an export, a brief)."""
        refuse_workspace_target(self.workspace.path, Path(path))

    def output_refusal(self, path: Path) -> str:
        """Why a file may not be written at `path` ("" when it may): see `check_output`."""
        try:
            self.check_output(path)
        except OutputRefused as error:
            return str(error)
        return ""

    def import_new(self, path: Path, *, name: str | None = None, replace: bool = False) -> Plan:
        """A new plan from a workbook (fresh ids); see `import_plan`."""
        return self.import_plan(read_workbook_plan(Path(path), name=name), replace=replace)

    def import_plan(self, plan: Plan, *, replace: bool = False) -> Plan:
        """Add a plan read from a workbook. A plan of the same name is an error unless
        `replace`, which replaces it in one transaction after a backup."""
        existing = self.workspace.plan_id(plan.name)
        if existing is None:
            self.create_plan(plan, label=_import_label(plan.name))
            return plan
        if not replace:
            raise DuplicatePlanName(
                translate(
                    "Services",
                    "a plan named {name} already exists in {path}; "
                    "use --replace to replace it or --name to import under another name",
                ).format(name=repr(plan.name), path=self.workspace.path)
            )
        self.workspace.backup(f"before replacing {plan.name}")
        before = self.plan(existing)
        self.workspace.add_plan(plan, replace_id=existing)
        self._plans.pop(existing, None)
        self._analyses.pop(existing, None)
        self._plans[plan.id] = plan
        self._report(
            EditReport(
                existing,
                translate("Services", "Replace plan {name}").format(name=plan.name),
                PlanChange(),
                before,
                None,
                [translate("Services", "Plan replaced: {name}").format(name=plan.name)],
            )
        )
        self._report(
            EditReport(
                plan.id,
                _import_label(plan.name),
                PlanChange(),
                None,
                plan,
                [translate("Services", "Plan imported: {name}").format(name=plan.name)],
            )
        )
        return plan

    def review_import(self, plan_id: str, path: Path) -> ImportReview:
        """Compare an edited workbook with a plan: what would be added, changed and removed."""
        from ..workbook import review_import

        return review_import(self.plan(plan_id), Path(path))

    def apply_import(self, plan_id: str, change: PlanChange, label: str = "") -> EditReport:
        """Apply (part of) a reviewed import in one transaction, after a backup."""
        return self.edit(
            plan_id,
            change,
            label or translate("Services", "Import workbook"),
            backup_reason=f"before import into {self.plan(plan_id).name}",
        )

    # -- backups ---------------------------------------------------------------------------

    def backups(self) -> list[BackupInfo]:
        return self.workspace.list_backups()

    def restore_backup(self, backup: Path) -> Path:
        """Replace the workspace by a backup (the current file is backed up first, and that
        safety backup's path returned). Every plan is reloaded."""
        path, read_only = self.workspace.path, self.workspace.read_only
        self.workspace.close()
        try:
            safety = Workspace.restore(path, Path(backup))
        finally:
            self.workspace = Workspace.open(path, read_only=read_only)
            self._plans.clear()
            self._analyses.clear()
        self._report(
            EditReport(
                "",
                translate("Services", "Restore backup"),
                PlanChange(),
                None,
                None,
                [
                    translate("Services", "Workspace restored from {name}").format(
                        name=Path(backup).name
                    )
                ],
            )
        )
        return safety


def review_workbook(plan: Plan, path: Path) -> ImportReview:
    """Compare an edited workbook with `plan`, touching no workspace (so it may run off the
    GUI thread): what importing it into the plan would add, change and remove."""
    from ..workbook import review_import

    return review_import(plan, Path(path))


def restore_workspace(path: Path | str | None, backup: Path | str) -> Path:
    """Replace a workspace that is not open (a damaged one, say) by one of its backups: a path,
    or a name that `workspace_backups` lists (with or without its extension), or "latest".
    Returns where the previous state is kept (a "before restore" backup, or the damaged file
    set aside as `<name>-damaged-<time>.tpw`)."""
    target, _is_default = resolve_workspace_path(path)
    return Workspace.restore(target, find_backup(target, backup))


def workspace_backups(path: Path | str | None) -> list[BackupInfo]:
    """The backups of a workspace, newest first, without opening it (it may be damaged)."""
    target, _is_default = resolve_workspace_path(path)
    return Workspace.backups_of(target)


def find_backup(workspace: Path, backup: Path | str) -> Path:
    """The backup file that `backup` names: a path to a file, else the name of one of the
    workspace's backups (as `backups` lists it, with or without extension), or "latest"."""
    given = Path(backup).expanduser()
    if given.is_file():
        return given
    known = Workspace.backups_of(workspace)
    text = str(backup).strip()
    if text.casefold() == "latest" and known:
        return known[0].path
    for info in known:
        if text in (info.path.name, info.path.stem, str(info.path)):
            return info.path
    if known:
        hint = translate(
            "Services",
            "`{prog} backups` lists its %n backup(s), the latest being {latest}",
            None,
            len(known),
        ).format(prog=_PROG, latest=known[0].path.name)
    else:
        hint = translate("Services", "{workspace} has no backups").format(workspace=workspace)
    raise WorkspaceMissing(
        translate("Services", "there is no backup {name} of {workspace}: {hint}").format(
            name=repr(text), workspace=workspace, hint=hint
        )
    )


def example_names() -> tuple[str, ...]:
    """The names of the example plans a new workspace starts with."""
    return tuple(p.name for p in example_plans())


def read_workbook_plan(path: Path, *, name: str | None = None) -> Plan:
    """Read and check a workbook as a new plan, touching no workspace.

    Raises WorkbookError (every problem as Sheet!Cell: message) or PlanInvalid.
    """
    from ..workbook import read_plan

    plan = read_plan(Path(path), name=name)
    problems = validate_plan(plan)
    if problems:
        raise PlanInvalid(problems)
    return plan


def _import_label(name: str) -> str:
    return translate("Services", "Import {name}").format(name=name)


def _empty_like(plan: Plan) -> Plan:
    return dc_replace(plan, **dict.fromkeys(COLLECTION.values(), ()))  # type: ignore[arg-type]


def _timeline_picture(plan: Plan, analysis: Analysis) -> bytes | None:
    """The Summary sheet's timeline picture (Agg, no Qt), or None when charts are unavailable."""
    try:
        from ..charts.export import timeline_png
    except ImportError:  # pragma: no cover - charts are part of the application
        return None
    return timeline_png(plan, analysis)


def open_existing(path: Path | str | None, *, read_only: bool = False) -> PlanningService:
    """Open a workspace that must exist (plans, check, export): WorkspaceMissing otherwise.

    The default workspace is the exception: it is created (with the examples) on first use.
    """
    resolved, is_default = resolve_workspace_path(path)
    if not is_default and not resolved.exists():
        raise WorkspaceMissing(
            translate("Services", "workspace {path} does not exist").format(path=resolved)
        )
    return PlanningService.open(path, read_only=read_only)


__all__ = [
    "TEMPLATE_NAME",
    "EditReport",
    "OutputRefused",
    "PlanningService",
    "example_names",
    "find_backup",
    "new_id",
    "open_existing",
    "read_workbook_plan",
    "resolve_workspace_path",
    "restore_workspace",
    "review_workbook",
    "workspace_backups",
]
