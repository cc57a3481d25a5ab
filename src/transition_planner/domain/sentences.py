"""The `detail` sentences of the findings, one template per sentence, in the catalogue.

Each function here is a finding's deferred formatter (`Finding.deferred`): it is called with the
values the analysis kept when somebody first reads the sentence, in the language of the process
then (`i18n`), so a French export of an English window's plan gets French sentences. The
functions are module-level and pure, so findings pickle.

Sentences are whole templates with named placeholders, never assembled from fragments, and are
phrased so that no verb agrees with a list of names (which no placeholder can know). Every call
spells its context out ("Findings"): pyside6-lupdate only extracts calls whose context and source
are literal strings.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ..i18n import format_day, format_number, format_percent, format_usd, translate
from .enums import HandoverStatus, PresenceKind, Readiness, enum_label


def day(ordinal: int) -> str:
    return format_day(date.fromordinal(ordinal))


def names(items: Iterable[str]) -> str:
    """'A', 'A and B', 'A, B and C' (each once, in order)."""
    unique = list(dict.fromkeys(items))
    if len(unique) <= 1:
        return "".join(unique)
    return translate("Findings", "{first} and {last}").format(
        first=translate("Findings", ", ").join(unique[:-1]), last=unique[-1]
    )


def span(start: int, end: int) -> str:
    """'168 days (16 Oct 2019 – 31 Mar 2020)'; one day: '1 day (16 Oct 2019)'."""
    if start == end:
        return translate("Findings", "1 day ({day})").format(day=day(start))
    return translate("Findings", "%n day(s) ({start} – {end})", None, end - start + 1).format(
        start=day(start), end=day(end)
    )


def readiness_words(readiness: Readiness | None) -> str:
    if readiness is None:
        return translate("Findings", "readiness not assessed")
    if readiness is Readiness.NOT_READY:
        return translate("Findings", "not ready")
    if readiness is Readiness.PARTLY_READY:
        return translate("Findings", "partly ready")
    return translate("Findings", "ready")


# -- per function -------------------------------------------------------------------------------


def coverage_gap(function: str, start: int, end: int, before: list[str], after: list[str]) -> str:
    values = {"function": function, "span": span(start, end)}
    if before and after:
        return translate(
            "Findings", "{function} is uncovered for {span}, between {before} and {after}"
        ).format(before=names(before), after=names(after), **values)
    if before:
        return translate(
            "Findings", "{function} is uncovered for {span}, last carried by {before}"
        ).format(before=names(before), **values)
    if after:
        return translate(
            "Findings", "{function} is uncovered for {span}, then carried by {after}"
        ).format(after=names(after), **values)
    return translate("Findings", "{function} is uncovered for {span}: nobody carries it").format(
        **values
    )


def short_break(
    function: str, start: int, end: int, before: list[str], after: list[str], bridge: int
) -> str:
    return translate(
        "Findings",
        "{function}: a break of {span} between {before} and {after} is read as a data-entry seam"
        " (at most %n day(s)), not as a gap",
        None,
        bridge,
    ).format(
        function=function,
        span=span(start, end),
        before=names(before) or "?",
        after=names(after) or "?",
    )


def funding_gap(function: str, start: int, end: int, carriers: list[str]) -> str:
    return translate(
        "Findings",
        "{function} is carried but unfunded for {span}: every assignment carrying it ({actors})"
        " is Unfunded",
    ).format(function=function, span=span(start, end), actors=names(carriers))


def capacity_cliff(
    function: str, old: float, new: float, threshold: float, when: int, bridged: bool
) -> str:
    values = {
        "function": function,
        "old": format_number(old),
        "new": format_number(new),
        "percent": format_percent(threshold),
        "day": day(when),
    }
    if bridged:
        return translate(
            "Findings",
            "Capacity of {function} drops from {old} to {new} (below {percent}) on {day}, across"
            " a short break",
        ).format(**values)
    return translate(
        "Findings", "Capacity of {function} drops from {old} to {new} (below {percent}) on {day}"
    ).format(**values)


def un_exit(function: str, when: int, actors: list[str], readiness: Readiness | None) -> str:
    return translate(
        "Findings",
        "The UN stops carrying {function} on {day}; from then on it is left to {actors}"
        " ({readiness})",
    ).format(
        function=function,
        day=day(when),
        actors=names(sorted(actors)),
        readiness=readiness_words(readiness),
    )


def cold_handover(function: str, giver: str, receiver: str, overlap: int, required: int) -> str:
    if overlap == 0:
        return translate(
            "Findings",
            "{function} handed over cold from {giver} to {receiver}: no overlap (%n day(s)"
            " required)",
            None,
            required,
        ).format(function=function, giver=giver, receiver=receiver)
    return translate(
        "Findings",
        "{function} handed over cold from {giver} to {receiver}: {overlap} of overlap (%n day(s)"
        " required)",
        None,
        required,
    ).format(
        function=function,
        giver=giver,
        receiver=receiver,
        overlap=translate("Findings", "%n day(s)", None, overlap),
    )


def outlives_presence(
    actor: str, function: str, start: int, end: int, presence: str, after: bool, when: date
) -> str:
    values = {
        "actor": actor,
        "function": function,
        "span": span(start, end),
        "presence": presence,
        "day": format_day(when),
    }
    if after:
        return translate(
            "Findings",
            "{actor} carries {function} for {span} after {presence} ends ({day}); those days count"
            " for nothing",
        ).format(**values)
    return translate(
        "Findings",
        "{actor} carries {function} for {span} before {presence} starts ({day}); those days count"
        " for nothing",
    ).format(**values)


# -- plan-wide ------------------------------------------------------------------------------------


def presence_gap(start: int, end: int, before: list[str], after: list[str]) -> str:
    values = {"span": span(start, end)}
    if before and after:
        return translate(
            "Findings",
            "No presence in the country for {span}, between the close of {before} and the"
            " opening of {after}",
        ).format(before=names(before), after=names(after), **values)
    if before:
        return translate(
            "Findings", "No presence in the country for {span}, after the close of {before}"
        ).format(before=names(before), **values)
    if after:
        return translate(
            "Findings", "No presence in the country for {span}, until the opening of {after}"
        ).format(after=names(after), **values)
    return translate("Findings", "No presence in the country for {span}").format(**values)


def lead_change(
    old_lead: str, old_presence: str, new_lead: str, new_presence: str, overlap: int
) -> str:
    values = {
        # the department's name of the day ("DPKO" before 2019), in the language of the process
        "old_lead": translate("LeadDepartment", old_lead),
        "old_presence": old_presence,
        "new_lead": translate("LeadDepartment", new_lead),
        "new_presence": new_presence,
    }
    if overlap == 0:
        return translate(
            "Findings",
            "Headquarters lead moves from {old_lead} ({old_presence}) to {new_lead}"
            " ({new_presence}) with no overlap",
        ).format(**values)
    return translate(
        "Findings",
        "Headquarters lead moves from {old_lead} ({old_presence}) to {new_lead} ({new_presence})"
        " with %n day(s) of overlap",
        None,
        overlap,
    ).format(**values)


def drawdown_before_election(
    presence: str, kind: PresenceKind, end: date, days_before: int, election: str, when: date
) -> str:
    return translate(
        "Findings",
        "{presence} ({kind}) ends on {end}, %n day(s) before the election “{election}” ({day})",
        None,
        days_before,
    ).format(
        presence=presence,
        kind=enum_label(kind),
        end=format_day(end),
        election=election,
        day=format_day(when),
    )


def compressed_drawdown(presence: str, drawdown: date, end: date, days: int) -> str:
    return translate(
        "Findings",
        "{presence} has %n day(s) from the start of its drawdown ({start}) to its end ({end}):"
        " less than a year to hand over its tasks",
        None,
        days,
    ).format(presence=presence, start=format_day(drawdown), end=format_day(end))


# -- the registers -------------------------------------------------------------------------------


def handover_after_exit(item: str, due: date, presence: str, end: date) -> str:
    return translate(
        "Findings",
        "{item} is due {due}, %n day(s) after {presence} has closed ({end}): nobody is left to"
        " hand it over",
        None,
        (due - end).days,
    ).format(item=item, due=format_day(due), presence=presence, end=format_day(end))


def handover_unassigned(item: str, due: date, past: bool) -> str:
    if past:
        return translate("Findings", "{item} was due {due} and still has no receiver").format(
            item=item, due=format_day(due)
        )
    return translate("Findings", "{item} is due {due} and has no receiver yet").format(
        item=item, due=format_day(due)
    )


def handover_overdue(item: str, due: date, status: HandoverStatus, as_of: date, owner: str) -> str:
    values = {
        "item": item,
        "due": format_day(due),
        "status": enum_label(status),
        "as_of": format_day(as_of),
        "owner": owner,
    }
    days = (as_of - due).days
    if owner:
        return translate(
            "Findings",
            "{item} was due {due} and is still {status} on {as_of}, %n day(s) late; answerable:"
            " {owner}",
            None,
            days,
        ).format(**values)
    return translate(
        "Findings",
        "{item} was due {due} and is still {status} on {as_of}, %n day(s) late; nobody is named"
        " answerable",
        None,
        days,
    ).format(**values)


def handover_lost(item: str, due: date) -> str:
    return translate("Findings", "{item} is recorded as lost (due {due})").format(
        item=item, due=format_day(due)
    )


def financial_cliff(year: int, old: float, new: float, threshold: float) -> str:
    return translate(
        "Findings",
        "Secured and pledged funding falls from {old} in {year_before} to {new} in {year}, below"
        " {percent} of the year before",
    ).format(
        old=format_usd(old),
        new=format_usd(new),
        year_before=year - 1,
        year=year,
        percent=format_percent(threshold),
    )
