"""Who has answered a campaign, and what is still missing for the shared version.

The groups are those of the shared version (docs/privacy.md, "The rules, exactly";
:mod:`alliance_graph.metrics.shared`): everyone but the coach belongs to their register
group (:data:`~alliance_graph.metrics.alliance.UNGROUPED` without one), the sponsor and the
coachee included; the coach stands apart and counts in no group. A group is shown in the
shared version of the wave once at least K of its members *rated anyone*: a respondent who
sent answers counts when at least one of them is a score about someone else, not "don't
know" alone. So each group has ``K − counted`` more answers to find (none once shown).

The non-respondents whose absence weighs most come first in :attr:`Tracker.weighty`: the
sponsor, the coachee, then the most central people (PageRank) of the last wave stored
before this one. Whoever sent their answers is never among them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from alliance_graph.audience import MIN_GROUP_SIZE, Audience
from alliance_graph.campaigns.answers import DONT_KNOW, Answers
from alliance_graph.campaigns.model import Campaign, Person, Respondent
from alliance_graph.metrics.alliance import UNGROUPED

__all__ = ["CENTRAL_SHARE", "GroupProgress", "Reason", "Tracker", "Weighty", "track"]

#: A non-respondent is among the most central when their PageRank ranks them in this
#: share of the wave's people (the coach apart), and at least in the first 3.
CENTRAL_SHARE = 0.2
_CENTRAL_AT_LEAST = 3
#: The roles whose absence always weighs: each is one person the coaching is about.
_KEY_ROLES = ("sponsor", "coachee")


@dataclass(frozen=True)
class GroupProgress:
    """One group of the shared version in a campaign: its ``members`` (register ids, in
    register order), those who ``answered`` (sent their answers), the number who count
    for the shared version (``counted``, see the module's rule) and the ``needed`` more
    for the group to be shown (0 once it is). ``group`` is ``""`` for people without
    a group."""

    group: str
    members: tuple[str, ...]
    answered: tuple[str, ...]
    counted: int
    needed: int

    @property
    def shown(self) -> bool:
        """Whether the group appears in the shared version with these answers."""
        return self.needed == 0

    @property
    def waiting(self) -> tuple[str, ...]:
        """The members who have not sent their answers yet."""
        return tuple(p for p in self.members if p not in self.answered)

    @property
    def reachable(self) -> bool:
        """Whether the group can still be shown: enough members have not counted yet."""
        return len(self.members) - self.counted >= self.needed


@dataclass(frozen=True)
class Reason:
    """Why a non-respondent's absence weighs: ``kind`` ``sponsor`` or ``coachee``, or
    ``pagerank`` with their ``rank`` among ``of`` people of ``wave``."""

    kind: str
    rank: int | None = None
    of: int | None = None
    wave: str | None = None


@dataclass(frozen=True)
class Weighty:
    """A non-respondent whose absence weighs, and why."""

    person: str
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class Tracker:
    """A campaign's answers so far, for the coach (see the module's rules)."""

    min_group_size: int
    groups: tuple[GroupProgress, ...]
    #: the coach's id (``None`` when the register has no coach) and whether they answered
    coach: str | None
    coach_answered: bool
    #: everyone who has not sent their answers, the coach apart, in register order
    waiting: tuple[str, ...]
    weighty: tuple[Weighty, ...]
    #: the wave whose PageRank ranked the people (``None``: none was given)
    pagerank_wave: str | None = None


def track(
    campaign: Campaign,
    respondents: Sequence[Respondent],
    sent: Mapping[str, Answers],
    *,
    min_group_size: int = MIN_GROUP_SIZE,
    pagerank: Mapping[str, float] | None = None,
    pagerank_wave: str | None = None,
) -> Tracker:
    """Where the campaign stands: per group, who answered and how many more answers the
    shared version needs (groups of at least ``min_group_size``, checked as
    :class:`~alliance_graph.audience.Audience` checks it); the non-respondents whose
    absence weighs most, ranked by ``pagerank`` (person id → value, in ``pagerank_wave``)
    after the sponsor and the coachee. ``sent`` holds the answers sent, by person.

    >>> from alliance_graph.campaigns.model import Questions
    >>> people = (Person("c", "C", "", "coach"), Person("s", "S", "Team", "sponsor"),
    ...           Person("a", "A", "Team"), Person("b", "B", "Team"))
    >>> campaign = Campaign(1, 1, "T2", "open", Questions(("trust",), 1, 5, people), "x")
    >>> respondents = [Respondent(n, 1, p.id, "t", submitted_at="now" if p.id in "ab" else None)
    ...                for n, p in enumerate(people)]
    >>> sent = {"a": Answers({("c", "trust"): "4"}), "b": Answers({("a", "trust"): "dk"})}
    >>> t = track(campaign, respondents, sent)
    >>> [(g.group, g.answered, g.counted, g.needed) for g in t.groups]
    [('Team', ('a', 'b'), 1, 2)]
    >>> t.waiting, t.coach_answered, [(w.person, w.reasons[0].kind) for w in t.weighty]
    (('s',), False, [('s', 'sponsor')])
    """
    k = Audience("shared", min_group_size).min_group_size
    roster = campaign.questions.roster
    asked = {r.person for r in respondents}
    answered = {r.person for r in respondents if r.submitted_at}
    coach = _coach(roster)
    people = [p for p in roster if p.id in asked and p.id != coach]
    counted = {p.id for p in people if p.id in answered and _rated(p.id, sent.get(p.id))}
    groups: dict[str, list[Person]] = {}
    for person in people:
        groups.setdefault(person.group or UNGROUPED, []).append(person)
    waiting = tuple(p.id for p in people if p.id not in answered)
    ranks = {p: v for p, v in (pagerank or {}).items() if p != coach and v is not None}
    return Tracker(
        min_group_size=k,
        groups=tuple(
            GroupProgress(
                group="" if key == UNGROUPED else key,
                members=tuple(p.id for p in members),
                answered=tuple(p.id for p in members if p.id in answered),
                counted=sum(p.id in counted for p in members),
                needed=max(0, k - sum(p.id in counted for p in members)),
            )
            for key, members in sorted(groups.items(), key=lambda kv: _group_order(kv[0]))
        ),
        coach=coach if coach in asked else None,
        coach_answered=coach in answered,
        waiting=waiting,
        weighty=_weighty([p for p in people if p.id in waiting], ranks, pagerank_wave),
        pagerank_wave=pagerank_wave if ranks else None,
    )


def _coach(roster: Sequence[Person]) -> str | None:
    """The coach, as the survey finds them: the one person whose role is coach."""
    coaches = [p.id for p in roster if p.role == "coach"]
    return coaches[0] if len(coaches) == 1 else None


def _rated(person: str, answers: Answers | None) -> bool:
    """Whether the answers sent rate anyone: a score about someone else."""
    if answers is None:
        return False
    return any(v != DONT_KNOW and ratee != person for (ratee, _), v in answers.ratings.items())


def _group_order(group: str) -> tuple[bool, str]:
    """Groups by name, people without a group last (as the shared version lists them)."""
    return group == UNGROUPED, group.casefold()


def _weighty(
    waiting: Sequence[Person], pagerank: Mapping[str, float], wave: str | None
) -> tuple[Weighty, ...]:
    """The sponsor and the coachee who have not answered, then the non-respondents among
    the most central of ``wave`` (highest PageRank first), each once with every reason."""
    ranked = sorted(
        ((value, person) for person, value in pagerank.items()),
        key=lambda vp: (-vp[0], vp[1]),
    )
    rank = {person: n for n, (_, person) in enumerate(ranked, start=1)}
    central = max(_CENTRAL_AT_LEAST, math.ceil(CENTRAL_SHARE * len(ranked)))
    found = []
    for person in waiting:
        reasons = [Reason(person.role)] if person.role in _KEY_ROLES else []
        place = rank.get(person.id)
        if place is not None and place <= central:
            reasons.append(Reason("pagerank", place, len(ranked), wave))
        if reasons:
            found.append(Weighty(person.id, tuple(reasons)))

    def order(item: Weighty) -> tuple[int, int]:
        first = item.reasons[0]
        role = _KEY_ROLES.index(first.kind) if first.kind in _KEY_ROLES else len(_KEY_ROLES)
        return role, rank.get(item.person, len(rank) + 1)

    return tuple(sorted(found, key=order))
