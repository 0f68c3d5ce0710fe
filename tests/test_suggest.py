"""Names not in the register: the register names they may have meant (never a merge)."""

from __future__ import annotations

import pandas as pd
import pytest

from alliance_graph.ingest.people import Register
from alliance_graph.ingest.suggest import MAX_SUGGESTIONS, SUGGESTED_NAMES_LIMIT, suggest_names

PEOPLE = [
    ("ko", "Karim Ouali", ()),
    ("lp", "Léa Petit", ()),
    ("jpm", "Jean-Pierre Martin", ()),
    ("cm", "Claire Moreau", ("Coco Lapin",)),
    ("bd", "Bruno Durand", ()),
]


def register(people: list[tuple[str, str, tuple[str, ...]]] = PEOPLE) -> Register:
    ids, names, aliases = zip(*people)
    frame = pd.DataFrame(
        {"id": ids, "name": names, "aliases": aliases, "line": range(2, 2 + len(people))}
    )
    return Register(frame)


def suggested(name: str, people: list[tuple[str, str, tuple[str, ...]]] = PEOPLE) -> tuple:
    return suggest_names([name], register(people))[name]


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("Karim", "Karim Ouali"),  # first name only
        ("Ouali", "Karim Ouali"),  # last name only
        ("karim OUALI", "Karim Ouali"),  # case: already the same person, but a key alone
        ("Lea Petit", "Léa Petit"),  # accents (folded: the same key, see test below)
        ("Léa", "Léa Petit"),
        ("Lea", "Léa Petit"),  # first name only, without its accent
        ("K. Ouali", "Karim Ouali"),  # initial
        ("Karim O.", "Karim Ouali"),
        ("Ouali Karim", "Karim Ouali"),  # last name first
        ("OUALI, Karim", "Karim Ouali"),
        ("Petit Léa", "Léa Petit"),
        ("Karim Oulai", "Karim Ouali"),  # a typo
        ("Kareem Ouali", "Karim Ouali"),
        ("Jean Pierre Martin", "Jean-Pierre Martin"),  # hyphen left out
        ("Martin", "Jean-Pierre Martin"),
        ("ko", "Karim Ouali"),  # an id
    ],
)
def test_close_names_are_suggested(written: str, meant: str) -> None:
    assert suggested(written)[0] == meant


@pytest.mark.parametrize("written", ["Zoé Blanc", "Xavier", "K. O.", "Paul Roux", "x", ""])
def test_a_far_name_gets_no_suggestion(written: str) -> None:
    assert suggested(written) == ()


def test_an_alias_counts_as_a_spelling_of_its_person() -> None:
    assert suggested("Coco") == ("Claire Moreau",)  # a word of the alias "Coco Lapin"
    assert suggested("Coco Lapinn") == ("Claire Moreau",)


def test_several_people_are_suggested_closest_first_within_the_limit() -> None:
    people = [
        ("k1", "Karim Ouali", ()),
        ("k2", "Karim Benali", ()),
        ("k3", "Karima Ouali", ()),
        ("k4", "Karim Ait", ()),
        ("k5", "Karim Zed", ()),
    ]
    found = suggested("Karim", people)
    assert len(found) == MAX_SUGGESTIONS
    assert set(found) <= {p[1] for p in people}
    assert suggested("Karim Ouali", people[1:])[0] == "Karima Ouali"
    assert suggested("K. Ouali", people) == ("Karim Ouali", "Karima Ouali")


def test_homonyms_are_told_apart_by_their_ids() -> None:
    people = [("proux", "Paul Roux", ()), ("proux2", "Paul Roux", ()), ("lp", "Léa Petit", ())]
    assert suggested("Paul", people) == ("Paul Roux (proux)", "Paul Roux (proux2)")


def test_each_distinct_name_once_and_a_bounded_number_of_names() -> None:
    names = [f"Stranger {i}" for i in range(SUGGESTED_NAMES_LIMIT + 50)]
    found = suggest_names(["Karim", "Karim", *names], register())
    assert found["Karim"] == ("Karim Ouali",)
    assert len(found) == SUGGESTED_NAMES_LIMIT


def test_no_register_no_suggestion() -> None:
    assert suggest_names(["Karim"], Register()) == {"Karim": ()}
