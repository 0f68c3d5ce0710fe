"""Stakeholders: the register file, names resolved to ids, groups and roles reconciled."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from alliance_graph.ingest.aliases import check_aliases
from alliance_graph.ingest.consent import check_consents, key_people_without_consent
from alliance_graph.ingest.emails import check_emails
from alliance_graph.ingest.headers import match_header, role_of
from alliance_graph.ingest.identity import check_register, resolve_names
from alliance_graph.ingest.read import RawTable
from alliance_graph.ingest.schema import needed_columns
from alliance_graph.ingest.text import fold
from alliance_graph.model import STAKEHOLDER_COLUMNS, Issue, IssueCode, Role

__all__ = [
    "Register",
    "build_stakeholders",
    "looks_like_register",
    "parse_register",
    "resolve_names",
]

_ATTRIBUTE_COLUMNS = ("id", "name", "group", "role", "power", "interest", "consent")
#: Register columns read for the readers and the web app, never a stakeholder's attribute.
_PERSONAL_COLUMNS = ("aliases", "language", "email")
#: Headers of answers: a table with one of them is no register.
_ANSWER_FIELDS = frozenset({"rater", "ratee", "score", "dimension", "wave", "date"})
#: Headers only a register has, beside a person's id or name.
_PERSON_FIELDS = frozenset({"group", "role", "power", "interest", "consent", "aliases", "email"})
#: Words in the name of a register's sheet or file (folded).
_REGISTER_NAMES = (
    "partie prenante",
    "parties prenantes",
    "registre",
    "register",
    "stakeholder",
    "personnes",
    "participants",
    "people",
    "annuaire",
)


@dataclass
class Register:
    """The stakeholder register as read: one row per person, with file and line.

    ``frame["consent"]`` is a boolean, and ``frame["consent_said"]`` the cell as written;
    ``asks_consent`` tells whether the register has a consent column (without one,
    everyone has consent). ``frame["aliases"]`` holds a
    tuple of other spellings of each person's name (see
    :mod:`~alliance_graph.ingest.aliases`); ``frame["language"]`` the language each
    person's survey form speaks, as written (blank when not said); ``frame["email"]``
    their address (blank when not given or not an address, see
    :mod:`~alliance_graph.ingest.emails`).
    """

    frame: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(
            columns=[*_ATTRIBUTE_COLUMNS, "aliases", "file", "line"]
        )
    )
    #: the header of the register's consent column (``None``: no such column)
    consent_column: str | None = None

    @property
    def asks_consent(self) -> bool:
        return self.consent_column is not None

    @property
    def names(self) -> list[str]:
        """Every id, name and alias, as written."""
        aliases = [a for spellings in self.frame.get("aliases", ()) for a in spellings]
        return [v for v in [*self.frame["id"], *self.frame["name"], *aliases] if v]

    @property
    def given(self) -> bool:
        return not self.frame.empty


def looks_like_register(headers: list[str], title: str = "") -> bool:
    """Whether a table with these headers is a stakeholder register: an id or a name
    column, no column of answers, and a register's column (group, role, power, consent,
    e-mail…) or a ``title`` (sheet or file name) that says register.

    >>> looks_like_register(["id", "Nom", "Groupe", "Rôle"]), looks_like_register(["Nom"])
    (True, False)
    """
    fields = {match_header(h) for h in headers}
    if fields & _ANSWER_FIELDS or not fields & {"id", "name"}:
        return False
    return bool(fields & _PERSON_FIELDS) or any(key in fold(title) for key in _REGISTER_NAMES)


def parse_register(raw: RawTable) -> tuple[Register, list[Issue]]:
    """Read a register table (``id, name, group, role`` and optional extras).

    A ``consent`` column is read as yes or no (see
    :func:`~alliance_graph.ingest.consent.check_consents`): a blank cell is no consent,
    and any other answer is an ``INVALID_CONSENT`` warning and no consent too.
    An ``aliases`` column gives other spellings of a name, separated by ``;`` (see
    :func:`~alliance_graph.ingest.aliases.check_aliases`).
    """
    fields = {header: match_header(header) for header in raw.frame.columns}
    column = {name: header for header, name in reversed(fields.items()) if name}
    needed = needed_columns("register", column)
    if needed:
        headers = ", ".join(map(str, raw.frame.columns))
        return Register(), [
            Issue(
                IssueCode.MISSING_COLUMN,
                file=raw.name,
                line=1,
                value=headers,
                params=(("needed", ", ".join(needed)),),  # "person": an id or a name
            )
        ]
    frame = pd.DataFrame(
        {name: raw.frame[column[name]] if name in column else "" for name in _ATTRIBUTE_COLUMNS}
    )
    frame["aliases"] = raw.frame[column["aliases"]] if "aliases" in column else ""
    frame["language"] = raw.frame[column["language"]] if "language" in column else ""
    frame["email"] = raw.frame[column["email"]] if "email" in column else ""
    if "id" not in column:
        frame["id"] = frame["name"]
    frame["name"] = frame["name"].where(frame["name"] != "", frame["id"])
    frame["file"] = raw.name
    frame["line"] = raw.frame.index + raw.first_line
    blank = (raw.frame == "").all(axis=1)
    issues = [
        Issue(IssueCode.MISSING_NAME, file=raw.name, line=int(line), column="id")
        for line in frame.loc[(frame["id"] == "") & ~blank, "line"]
    ]
    unused = [
        h
        for h, name in fields.items()
        if name not in (*_ATTRIBUTE_COLUMNS, *_PERSONAL_COLUMNS) and (raw.frame[h] != "").any()
    ]
    issues += [Issue(IssueCode.UNUSED_COLUMN, file=raw.name, line=1, column=h) for h in unused]
    frame = frame[frame["id"] != ""].reset_index(drop=True)
    named = {"id": str(column.get("id", column.get("name"))), "name": column.get("name", "id")}
    frame, found = check_register(frame, raw.name, named)
    issues += found
    frame, found = check_aliases(frame, raw.name, str(column.get("aliases", "aliases")))
    issues += found
    frame, found = check_emails(frame, raw.name, column.get("email"))
    issues += found
    if "consent" not in column:
        return Register(frame.assign(consent=True)), issues
    frame, found = check_consents(frame, raw.name, column["consent"])
    return Register(frame, consent_column=column["consent"]), issues + found


def build_stakeholders(
    register: Register, people: pd.DataFrame, coach: str | None
) -> tuple[pd.DataFrame, list[Issue]]:
    """One row per stakeholder from the register and the ratings' people.

    ``people`` has columns ``id, group, role, file, line`` (one row per mention, from
    register columns in the ratings files). Reports conflicting groups or roles,
    unknown role labels, several coaches, and a ``coach`` that is nobody. ``consent``
    is a boolean: the register's answer; for someone not in the register, consent when
    the register has no consent column (or there is no register), no consent otherwise.
    """
    # what the register says only for the app (the e-mail never enters the survey)
    register_rows = register.frame.drop(
        columns=["consent", "consent_said", *_PERSONAL_COLUMNS], errors="ignore"
    )
    mentions = pd.concat([register_rows, people], ignore_index=True).fillna("")
    issues = _conflicts(mentions, "group", IssueCode.CONFLICTING_GROUP)
    roles = mentions["role"].map(lambda r: role_of(r) if r else "")
    for _, row in mentions[roles.isna()].iterrows():
        issues.append(
            Issue(
                IssueCode.UNKNOWN_ROLE,
                file=row["file"],
                line=int(row["line"]),
                column="role",
                value=row["role"],
            )
        )
    mentions["role"] = roles.fillna("")
    issues += _conflicts(mentions, "role", IssueCode.CONFLICTING_ROLE)
    attributes = [c for c in _ATTRIBUTE_COLUMNS if c not in ("id", "consent")]
    table = (
        mentions[attributes]
        .replace("", None)
        .groupby(mentions["id"], sort=False)
        .first()
        .fillna("")
        .reset_index()
    )
    table["name"] = table["name"].where(table["name"] != "", table["id"])
    table["role"] = table["role"].replace("", Role.STAKEHOLDER.value)
    table["group"] = table["group"].replace("", None)
    for column in ("power", "interest"):
        table[column] = _numbers(table[column])
    table["in_register"] = table["id"].isin(set(register.frame["id"]))
    table["consent"] = _consents(table["id"], register)
    issues += _settle_coach(table, coach)
    if register.consent_column is not None:  # the sponsor's alliance would leave silently
        issues += key_people_without_consent(table, register.frame, register.consent_column)
    table = table.sort_values("id", key=lambda s: s.map(fold), kind="stable")
    return table.reindex(columns=list(STAKEHOLDER_COLUMNS)).reset_index(drop=True), issues


def _consents(ids: pd.Series, register: Register) -> pd.Series:
    """Each person's consent; given twice, it holds only if every row gives it."""
    given = register.frame["consent"].astype(bool).groupby(register.frame["id"]).all()
    default = not register.asks_consent
    return ids.map(lambda person: bool(given.get(person, default))).astype(bool)


def _numbers(values: pd.Series) -> pd.Series:
    """Numbers where every filled cell is one (decimal comma allowed); text is kept."""
    text = values.astype(str).str.replace(",", ".", regex=False)
    numbers = pd.to_numeric(text.where(text != ""), errors="coerce")
    if numbers.notna().sum() == (text != "").sum():
        return numbers.astype(object).where(numbers.notna(), None)
    return values.replace("", None)


def _conflicts(mentions: pd.DataFrame, attribute: str, code: IssueCode) -> list[Issue]:
    given = mentions[mentions[attribute] != ""]
    keys = given[attribute].map(fold)
    counts = keys.groupby(given["id"]).nunique()
    issues = []
    for person in counts.index[counts > 1]:
        rows = given[given["id"] == person]
        first = rows.iloc[0]
        clash = rows[keys[rows.index] != fold(first[attribute])].iloc[0]
        issues.append(
            Issue(
                code,
                file=clash["file"],
                line=int(clash["line"]),
                column=attribute,
                value=clash[attribute],
                params=(("name", person), ("other", first[attribute])),
            )
        )
    return issues


def _settle_coach(table: pd.DataFrame, coach: str | None) -> list[Issue]:
    if coach is not None:
        match = table["id"].map(fold) == fold(coach)
        match |= table["name"].map(fold) == fold(coach)
        if not match.any():
            return [Issue(IssueCode.UNKNOWN_COACH, value=coach)]
        table.loc[(table["role"] == Role.COACH.value) & ~match, "role"] = "stakeholder"
        table.loc[match, "role"] = Role.COACH.value
        return []
    coaches = table.loc[table["role"] == Role.COACH.value, "id"]
    if len(coaches) > 1:
        return [Issue(IssueCode.SEVERAL_COACHES, value=", ".join(coaches))]
    return []
