#!/usr/bin/env python3
"""Generate the "Maison Lumière" sample engagement used by the alliance-graph demo and docs.

Run from the repository root::

    python3 data/generate_sample.py

Standard library only and fully seeded: every run rewrites the files under ``data/sample/``
byte for byte.  The same ratings are written in three shapes (long CSV, French Excel CSV with
agreement labels, one Google Forms export per wave); see ``data/README.md`` for the story.
"""

import csv
import datetime
import math
import random
from pathlib import Path

SEED = 20260153  # picked among a few seeds: realised means stay within 0.15 of the story
OUT = Path(__file__).resolve().parent.parent / "alliance_graph" / "sample"  # data/sample

DIMENSIONS = ("trust", "listening", "respect", "goals")
# Small, zero-mean differences between the items: people grant respect more easily than
# agreement on goals.
DIM_OFFSET = {"trust": -0.1, "listening": 0.1, "respect": 0.2, "goals": -0.2}
MISSING_RATE = 0.022  # share of cells a (non-coach) respondent leaves blank

# wave label -> first Monday of the two-week answer window
WAVES = {
    "2026-01": datetime.date(2026, 1, 12),  # kick-off
    "2026-04": datetime.date(2026, 4, 13),  # mid-point
    "2026-06": datetime.date(2026, 6, 8),  # end
}
WAVE_LIST = list(WAVES)
NON_RESPONDERS = {"2026-01": (), "2026-04": ("kdubois", "bchevalier"), "2026-06": ("tblanc",)}

# id, name, group, role, power, interest, line manager (None for the CEO, the coach, the team)
CAST = [
    ("cmoreau", "Claire Moreau", "Coach", "coach", 2, 5, None),
    ("pdurand", "Philippe Durand", "Direction", "sponsor", 5, 5, None),
    ("hgarnier", "Hélène Garnier", "Direction", "coachee", 4, 5, "pdurand"),
    ("flefevre", "François Lefèvre", "Direction", "stakeholder", 4, 3, "pdurand"),
    ("alndiaye", "Anne-Laure N'Diaye", "Direction", "stakeholder", 4, 4, "pdurand"),
    ("jbonnet", "Jérôme Bonnet", "Direction", "stakeholder", 4, 3, "pdurand"),
    ("smarchand", "Sophie Marchand", "Direction", "stakeholder", 3, 3, "pdurand"),
    ("lperrin", "Loïc Perrin", "Managers", "stakeholder", 3, 4, "hgarnier"),
    ("cmercier", "Céline Mercier", "Managers", "stakeholder", 3, 4, "hgarnier"),
    ("tgirard", "Thomas Girard", "Managers", "stakeholder", 3, 3, "hgarnier"),
    ("ibenali", "Inès Benali", "Managers", "stakeholder", 3, 4, "hgarnier"),
    ("alambert", "Agnès Lambert", "Managers", "stakeholder", 3, 3, "jbonnet"),
    ("mroux", "Mathieu Roux", "Managers", "stakeholder", 2, 3, "smarchand"),
    ("bchevalier", "Bruno Chevalier", "Managers", "stakeholder", 2, 2, "flefevre"),
    ("gfontaine", "Gaëlle Fontaine", "Managers", "stakeholder", 2, 4, "alndiaye"),
    ("lmartin", "Léa Martin", "Collaborateurs", "stakeholder", 1, 3, "lperrin"),
    ("kdubois", "Kévin Dubois", "Collaborateurs", "stakeholder", 1, 2, "lperrin"),
    ("cpetit", "Camille Petit", "Collaborateurs", "stakeholder", 1, 3, "lperrin"),
    ("yhaddad", "Yanis Haddad", "Collaborateurs", "stakeholder", 1, 3, "cmercier"),
    ("elaurent", "Émilie Laurent", "Collaborateurs", "stakeholder", 1, 4, "cmercier"),
    ("jsimon", "Julien Simon", "Collaborateurs", "stakeholder", 1, 2, "tgirard"),
    ("nmichel", "Noémie Michel", "Collaborateurs", "stakeholder", 1, 3, "tgirard"),
    ("hlefebvre", "Hugo Lefebvre", "Collaborateurs", "stakeholder", 1, 3, "ibenali"),
    ("cgarcia", "Chloé Garcia", "Collaborateurs", "stakeholder", 1, 4, "ibenali"),
    ("mdavid", "Maxime David", "Collaborateurs", "stakeholder", 1, 2, "alambert"),
    ("zbertrand", "Zoé Bertrand", "Collaborateurs", "stakeholder", 2, 3, "alambert"),
    ("rmorel", "Raphaël Morel", "Collaborateurs", "stakeholder", 1, 2, "mroux"),
    ("mfournier", "Manon Fournier", "Collaborateurs", "stakeholder", 1, 3, "bchevalier"),
    ("tblanc", "Théo Blanc", "Collaborateurs", "stakeholder", 1, 2, "gfontaine"),
    ("equipe-support", "Équipe Support Client", "Équipes", "stakeholder", 2, 4, "ibenali"),
]
IDS = [c[0] for c in CAST]
NAME = {c[0]: c[1] for c in CAST}
GROUP = {c[0]: c[2] for c in CAST}
ROLE = {c[0]: c[3] for c in CAST}
BOSS = {c[0]: c[6] for c in CAST}
COACH, SPONSOR, COACHEE, TEAM = "cmoreau", "pdurand", "hgarnier", "equipe-support"
SUPPORT = {"ibenali", "hlefebvre", "cgarcia"}  # people who work with the support team daily

# The two camps of the kick-off: these managers and collaborators distrust each other.
CAMP_MANAGERS = {"lperrin", "cmercier", "tgirard", "alambert", "mroux"}
CAMP_COLLABS = {
    "lmartin",
    "kdubois",
    "cpetit",
    "yhaddad",
    "elaurent",
    "jsimon",
    "nmichel",
    "mdavid",
    "zbertrand",
    "rmorel",
}
HARD_CORE = {("mroux", "rmorel"), ("rmorel", "mroux"), ("kdubois", "lperrin")}


def segment(sid):
    """The story's unit: the sponsor and the coachee stand apart from their Direction group."""
    return {"sponsor": "sponsor", "coachee": "coachee"}.get(ROLE[sid], GROUP[sid])


# Mean score each segment gives the coach, per wave.
TO_COACH = {
    "sponsor": (4.65, 4.3, 4.25),
    "coachee": (4.0, 4.1, 4.3),
    "Direction": (3.6, 3.8, 4.1),
    "Managers": (3.0, 3.7, 4.1),
    "Collaborateurs": (2.2, 3.0, 3.95),
    "Équipes": (2.5, 3.3, 4.0),
}
# Mean score the coach gives each segment in the first two waves (she overestimates the
# collaborators); at the end her view follows each person's own answer closely.
FROM_COACH = {
    "sponsor": (4.6, 4.4),
    "coachee": (4.0, 4.1),
    "Direction": (3.6, 3.8),
    "Managers": (3.3, 3.8),
    "Collaborateurs": (3.6, 3.4),
    "Équipes": (3.2, 3.4),
}

LIKERT_FR = {
    1: "Pas du tout d'accord",
    2: "Plutôt pas d'accord",
    3: "Ni d'accord ni pas d'accord",
    4: "Plutôt d'accord",
    5: "Tout à fait d'accord",
}
FORM_QUESTIONS = {
    "trust": "Ma confiance envers cette personne",
    "listening": "Cette personne m'écoute",
    "respect": "Cette personne me respecte",
    "goals": "Nous sommes d'accord sur les objectifs",
}
EXCEL_HEADER = [
    "Vague",
    "Date",
    "Évaluateur",
    "Évalué",
    "Confiance",
    "Écoute",
    "Respect",
    "Accord sur les objectifs",
]


# ---------------------------------------------------------------------------------------
# Scores: normal draws, rounded and clipped to 1..5, calibrated so that the *rounded*
# scores average the story's means despite the clipping at both ends.


def _phi(x):
    return 0.5 * (1.0 + math.erf(x / math.sqrt(2.0)))


def _expected_score(mu, sd):
    return 1.0 + sum(1.0 - _phi((k + 0.5 - mu) / sd) for k in range(1, 5))


def calibrate(target, sd):
    """Latent mean whose rounded, clipped normal draws (sd) average ``target``."""
    target = min(max(target, 1.05), 4.95)
    lo, hi = -4.0, 10.0
    for _ in range(60):
        mid = (lo + hi) / 2
        if _expected_score(mid, sd) < target:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def to_score(x):
    return min(5, max(1, math.floor(x + 0.5)))


def apportion(target, rng):
    """Four scores (one per dimension) whose sum is as close as possible to 4 * target.

    Used where a single person stands for a whole segment of the story (the sponsor, the
    coachee, the team), so that the story's mean is not left to the luck of four draws.
    """
    latent = {d: target + DIM_OFFSET[d] + rng.gauss(0, 0.3) for d in DIMENSIONS}
    scores = {d: min(5, max(1, math.floor(x))) for d, x in latent.items()}
    total = min(20, max(4, math.floor(4 * target + 0.5)))
    by_remainder = sorted(DIMENSIONS, key=lambda d: latent[d] - scores[d], reverse=True)
    while sum(scores.values()) < total:
        d = next(d for d in by_remainder if scores[d] < 5)
        scores[d] += 1
        by_remainder.remove(d)
        by_remainder.append(d)
    while sum(scores.values()) > total:
        d = next(d for d in reversed(by_remainder) if scores[d] > 1)
        scores[d] -= 1
        by_remainder.remove(d)
        by_remainder.insert(0, d)
    return scores


def centred(values, key):
    """Subtract from each value the mean of its segment (so segment means stay on story)."""
    groups: dict[str, list[float]] = {}
    for k, v in values.items():
        groups.setdefault(key(k), []).append(v)
    means = {g: sum(v) / len(v) for g, v in groups.items()}
    return {k: v - means[key(k)] for k, v in values.items()}


def wave_index(wave):
    return WAVE_LIST.index(wave)


# ---------------------------------------------------------------------------------------
# Who rates whom (besides the coach, whom everybody rates and who rates everybody).


def boss_of(sid: str) -> str:
    boss = BOSS[sid]
    if boss is None:
        raise ValueError(f"{sid!r} has no line manager in the cast")
    return boss


def reports_of(sid):
    return [k for k in IDS if BOSS[k] == sid and k != TEAM]


def candidates(sid):
    """(mandatory, optional) ratees of a stakeholder, in register order."""
    grp = GROUP[sid]
    if sid == SPONSOR:
        must = [k for k in IDS if GROUP[k] == "Direction" and k != sid]
        pool = ["ibenali", "lperrin", TEAM, "alambert"]
    elif sid == TEAM:
        must = ["ibenali", COACHEE, "hlefebvre", "cgarcia"]
        pool = [SPONSOR, "lperrin", "cmercier", "tgirard"]
    elif grp == "Direction":
        must = [k for k in (SPONSOR, COACHEE) if k != sid] + reports_of(sid)
        if sid == COACHEE:
            must.append(TEAM)
        pool = [k for k in IDS if GROUP[k] == "Direction" and k not in must and k != sid]
        pool += [k for k in IDS if GROUP[k] == "Managers" and k not in must][:3]
    elif grp == "Managers":
        must = [boss_of(sid), *reports_of(sid)]
        pool = [k for k in (SPONSOR, COACHEE) if k not in must]
        pool += [k for k in IDS if GROUP[k] == "Managers" and k != sid]
        pool += [TEAM] if sid in SUPPORT or BOSS[sid] == COACHEE else []
    else:  # Collaborateurs
        siblings = [k for k in IDS if BOSS[k] == BOSS[sid] and k not in (sid, TEAM)]
        must = [boss_of(sid), *siblings]
        pool = [COACHEE] + [k for k in IDS if GROUP[k] == "Managers" and k not in must]
        pool += [k for k in IDS if GROUP[k] == "Collaborateurs" and k not in must and k != sid]
        pool += [TEAM] if sid in SUPPORT or BOSS[sid] == COACHEE else []
    return must, pool


def base_ratees(rng):
    """Kick-off set of ratees (4 to 8 people) for every stakeholder but the coach."""
    out = {}
    for sid in IDS:
        if sid == COACH:
            continue
        must, pool = candidates(sid)
        chosen = list(must)
        if GROUP[sid] == "Managers":  # managers need their peers for the within-group trust
            peers = [k for k in pool if GROUP[k] == "Managers"]
            chosen += rng.sample(peers, 2)
        if GROUP[sid] == "Collaborateurs" and len(chosen) < 3:
            peers = [k for k in pool if GROUP[k] == "Collaborateurs"]
            chosen += rng.sample(peers, 3 - len(chosen))
        target = rng.randint(max(4, len(chosen)), 8)
        rest = [k for k in pool if k not in chosen]
        chosen += rng.sample(rest, min(len(rest), target - len(chosen)))
        out[sid] = sorted(chosen, key=IDS.index)
    return out


def evolve(ratees, rng):
    """Next wave's sets: mostly the same pairs, a few gained and lost."""
    out = {}
    for sid in ratees:
        must, pool = candidates(sid)
        current = list(ratees[sid])
        droppable = [k for k in current if k not in must]
        if droppable and len(current) > 4 and rng.random() < 0.15:
            current.remove(rng.choice(droppable))
        addable = [k for k in pool if k not in current]
        if addable and len(current) < 8 and rng.random() < 0.15:
            current.append(rng.choice(addable))
        out[sid] = sorted(current, key=IDS.index)
    return out


# ---------------------------------------------------------------------------------------
# The story, as a mean per (rater, ratee, wave).


def pair_mean(rater, ratee, w):
    """Story mean for a rating between two stakeholders (neither is the coach)."""
    gr, ge = GROUP[rater], GROUP[ratee]
    mgr_collab = {gr, ge} == {"Managers", "Collaborateurs"}
    camps = {rater, ratee} <= CAMP_MANAGERS | CAMP_COLLABS
    if mgr_collab and camps:
        return (1.5, 1.8, 2.0)[w] if (rater, ratee) in HARD_CORE else (1.7, 2.6, 3.5)[w]
    if mgr_collab:
        return (3.6, 3.8, 4.0)[w]
    if gr == ge and gr in ("Managers", "Collaborateurs"):
        return (4.4, 4.3, 4.3)[w]
    if TEAM in (rater, ratee):
        other = ratee if rater == TEAM else rater
        return 4.3 if other in SUPPORT else (3.2, 3.5, 3.8)[w]
    if gr == ge == "Direction":
        return (4.1, 4.0, 4.1)[w]
    if gr == "Direction":
        return (3.6, 3.7, 3.9)[w]
    if ge == "Direction" and gr == "Managers":
        return (3.3, 3.5, 3.8)[w]
    if ge == "Direction":
        return (2.9, 3.2, 3.6)[w]
    return (3.4, 3.6, 3.9)[w]


SD_EPS = 0.45  # answer-to-answer noise
SD_PERSON = 0.35  # a rater's general leaning towards the coach (stable across waves)
SD_DRIFT = 0.15  # that leaning moving a little from wave to wave
SD_TIE = 0.3  # a pair's own history (stable across waves)
SD_COACH = 0.35  # noise in the coach's own ratings
SD_COACH_PERSON = 0.2  # the coach's impression of one person, first two waves


def generate_ratings():
    """Return {(wave, rater, ratee): {dimension: score or None}}."""
    rng_pairs = random.Random(f"{SEED}-pairs")
    rng_lean = random.Random(f"{SEED}-lean")
    rng_score = random.Random(f"{SEED}-scores")
    rng_miss = random.Random(f"{SEED}-missing")

    singles = {SPONSOR, COACHEE, TEAM}
    people = [k for k in IDS if k != COACH]
    lean = centred({k: rng_lean.gauss(0, SD_PERSON) for k in people}, segment)
    tie = {(a, b): rng_lean.gauss(0, SD_TIE) for a in IDS for b in IDS if a != b}
    coach_bias = centred({k: rng_lean.gauss(0, SD_COACH_PERSON) for k in people}, segment)
    sd_coach_view = math.sqrt(SD_PERSON**2 + SD_DRIFT**2 + SD_EPS**2)
    sd_tie = math.sqrt(SD_TIE**2 + SD_EPS**2)

    ratees = base_ratees(rng_pairs)
    ratings = {}
    for wave in WAVE_LIST:
        w = wave_index(wave)
        if w:
            ratees = evolve(ratees, rng_pairs)
        responders = [k for k in people if k not in NON_RESPONDERS[wave]]
        drift = centred({k: rng_score.gauss(0, SD_DRIFT) for k in responders}, segment)
        for sid in responders:
            story = TO_COACH[segment(sid)][w]
            if sid in singles:  # one person is the whole segment: keep the story's mean
                ratings[(wave, sid, COACH)] = apportion(story, rng_score)
            else:
                cell = {}
                for dim in DIMENSIONS:
                    mu = calibrate(story + DIM_OFFSET[dim], sd_coach_view)
                    x = mu + lean[sid] + drift[sid] + rng_score.gauss(0, SD_EPS)
                    cell[dim] = None if rng_miss.random() < MISSING_RATE else to_score(x)
                ratings[(wave, sid, COACH)] = cell
            for ratee in ratees[sid]:
                cell = {}
                for dim in DIMENSIONS:
                    mu = calibrate(pair_mean(sid, ratee, w) + DIM_OFFSET[dim], sd_tie)
                    x = mu + tie[(sid, ratee)] + rng_score.gauss(0, SD_EPS)
                    cell[dim] = None if rng_miss.random() < MISSING_RATE else to_score(x)
                ratings[(wave, sid, ratee)] = cell
        for sid in people:  # the coach rates everybody, those who did not answer included
            ratings[(wave, COACH, sid)] = coach_view(ratings, wave, sid, coach_bias, rng_score)
    # a respondent who skipped every item about someone leaves no row
    return {k: v for k, v in ratings.items() if any(x is not None for x in v.values())}


def coach_view(ratings, wave, sid, coach_bias, rng):
    """The coach's four scores for one relationship."""
    w = wave_index(wave)
    if w < 2:
        base, bias = FROM_COACH[segment(sid)][w], coach_bias[sid]
    else:  # end: the coach now reads each relationship almost as the person does
        answered = [v for v in ratings.get((wave, sid, COACH), {}).values() if v is not None]
        story = TO_COACH[segment(sid)][w]
        base = 0.75 * sum(answered) / len(answered) + 0.25 * story if answered else story
        bias = 0.0
    if sid in (SPONSOR, COACHEE, TEAM):
        return apportion(base, rng)
    sd = math.sqrt(SD_COACH**2 + (SD_COACH_PERSON**2 if w < 2 else 0.0))
    return {
        dim: to_score(calibrate(base + DIM_OFFSET[dim], sd) + bias + rng.gauss(0, SD_COACH))
        for dim in DIMENSIONS
    }


def answer_times():
    """One answer time per (wave, respondent): weekdays of the wave's fortnight, 08:00-19:00."""
    rng = random.Random(f"{SEED}-times")
    times, seen = {}, set()
    for wave, start in WAVES.items():
        days = [start + datetime.timedelta(days=i) for i in range(14)]
        days = [d for d in days if d.weekday() < 5]
        for sid in IDS:
            if sid in NON_RESPONDERS[wave]:
                continue
            if sid == COACH:
                day = days[0]  # the coach records her own view first
            elif sid == SPONSOR:
                day = rng.choice(days[:3])
            else:
                day = rng.choice(days)
            while True:
                t = datetime.datetime.combine(day, datetime.time(8)) + datetime.timedelta(
                    seconds=rng.randrange(11 * 3600)
                )
                if t not in seen:
                    break
            seen.add(t)
            times[(wave, sid)] = t
    return times


# ---------------------------------------------------------------------------------------
# Writers


def _writer(handle, **kwargs):
    return csv.writer(handle, lineterminator=kwargs.pop("lineterminator", "\n"), **kwargs)


def write_register(path):
    with path.open("w", encoding="utf-8", newline="") as f:
        out = _writer(f)
        out.writerow(["id", "name", "group", "role", "power", "interest"])
        for sid, name, group, role, power, interest, _boss in CAST:
            out.writerow([sid, name, group, role, power, interest])


def _cells(cell):
    return ["" if cell[d] is None else cell[d] for d in DIMENSIONS]


def write_long(path, ratings, times):
    with path.open("w", encoding="utf-8", newline="") as f:
        out = _writer(f)
        out.writerow(["wave", "date", "rater", "ratee", *DIMENSIONS])
        for wave, rater, ratee in sorted(ratings):
            date = times[(wave, rater)].date().isoformat()
            out.writerow([wave, date, rater, ratee, *_cells(ratings[wave, rater, ratee])])


def write_excel_fr(path, ratings, times):
    with path.open("w", encoding="cp1252", newline="") as f:
        f.write("sep=;\r\n")
        out = _writer(f, delimiter=";", lineterminator="\r\n")
        out.writerow(EXCEL_HEADER)
        for wave, rater, ratee in sorted(ratings):
            cell = ratings[(wave, rater, ratee)]
            labels = ["" if cell[d] is None else LIKERT_FR[cell[d]] for d in DIMENSIONS]
            date = times[(wave, rater)].strftime("%d/%m/%Y")
            out.writerow([wave, date, NAME[rater], NAME[ratee], *labels])


def write_forms(folder, ratings, times):
    folder.mkdir(parents=True, exist_ok=True)
    header = ["Horodateur", "Votre nom"]
    header += [f"{FORM_QUESTIONS[d]} [{NAME[k]}]" for d in DIMENSIONS for k in IDS]
    for wave in WAVE_LIST:
        respondents = {r for (wv, r, _e) in ratings if wv == wave}
        order = sorted(respondents, key=lambda r: times[(wave, r)])
        with (folder / f"{wave}.csv").open("w", encoding="utf-8", newline="") as f:
            out = _writer(f)
            out.writerow(header)
            for rater in order:
                row = [times[(wave, rater)].strftime("%d/%m/%Y %H:%M:%S"), NAME[rater]]
                for dim in DIMENSIONS:
                    for ratee in IDS:
                        score = ratings.get((wave, rater, ratee), {}).get(dim)
                        row.append("" if score is None else score)
                out.writerow(row)


# The coach's own log of meetings, calls and e-mails: at first nearly all her time goes to
# the sponsor and the coachee; the managers come in after the kick-off, the collaborators
# (in workshops) after the mid-point. Weekly share of attention per group and period.
MEETING_SEED = SEED + 1
ATTENTION = {  # period end -> {group: (events per week, minutes per event, channel)}
    datetime.date(2026, 1, 23): {
        "Direction": (3, 60, "meeting"),
        "Managers": (0.3, 30, "call"),
        "Collaborateurs": (0.1, 30, "e-mail"),
    },
    datetime.date(2026, 4, 24): {
        "Direction": (2, 60, "meeting"),
        "Managers": (1.2, 45, "meeting"),
        "Collaborateurs": (0.3, 30, "call"),
    },
    datetime.date(2026, 6, 19): {
        "Direction": (1.5, 60, "meeting"),
        "Managers": (1.2, 45, "meeting"),
        "Collaborateurs": (1.2, 60, "workshop"),
    },
}


def meeting_log():
    """Rows ``(date, coach, person, minutes, channel)`` of the coach's log, in date order."""
    rng = random.Random(MEETING_SEED)
    coach = next(c for c in CAST if c[3] == "coach")
    members = {}
    for sid, name, group, role, *_ in CAST:
        if role != "coach":
            members.setdefault(group, []).append((sid, name, role))
    rows = []
    start = datetime.date(2025, 12, 8)
    for end, plan in ATTENTION.items():
        weeks = max(1, (end - start).days // 7)
        for group, (per_week, minutes, channel) in plan.items():
            people = members[group]
            for _ in range(round(per_week * weeks)):
                sid, name, role = rng.choice(people)
                if group == "Direction" and rng.random() < 0.6:  # mostly the sponsor and coachee
                    sid, name, role = rng.choice([p for p in people if p[2] != "stakeholder"])
                day = start + datetime.timedelta(days=rng.randrange((end - start).days))
                if day.weekday() >= 5:
                    day -= datetime.timedelta(days=day.weekday() - 4)
                length = max(15, round(rng.gauss(minutes, minutes / 4) / 5) * 5)
                rows.append((day.isoformat(), coach[1], name, length, channel))
        start = end + datetime.timedelta(days=1)
    return sorted(rows)


def write_meetings(path):
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = _writer(handle)
        out.writerow(["timestamp", "source", "target", "duration", "channel"])
        out.writerows(meeting_log())


# The objectives agreed at the kick-off (12 January) and the progress the stakeholders see
# on them in waves 2 and 3: delegation moves steadily; on speaking up at the executive
# committee the coachee and the sponsor part at mid-point (+3 against +1) and meet by the
# end; bringing management closer to the field rests on Équipes and the collaborators,
# the weakest alliances at the kick-off, and the coachee sees more of it than they do.
OBJECTIVES = [
    ("1", "Déléguer davantage aux managers", "coachée; commanditaire; coach", "Managers", "1",
     "Moins d'arbitrages remontés au comité"),
    ("2", "Prendre la parole au comité de direction", "coachée; commanditaire", "Direction",
     "1.5", "Des sujets qu'elle porte à l'ordre du jour"),
    ("3", "Rapprocher la direction des équipes de terrain", "coachée; commanditaire; coach",
     "Équipes; Collaborateurs", "1", "Une visite de terrain par mois"),
]  # fmt: skip
#: (objective, wave) → the coachee's, the sponsor's and the coach's answers, then the mean
#: around which each group's members answer (None: that group does not rate it).
PROGRESS_STORY = {
    ("1", "2026-04"): (2, 1, 2, {"Managers": 1.0, "Direction": 1.0}),
    ("1", "2026-06"): (2, 2, 2, {"Managers": 2.0, "Direction": 2.0}),
    ("2", "2026-04"): (3, 1, 2, {"Direction": 1.0, "Managers": 1.0}),
    ("2", "2026-06"): (2, 2, 2, {"Direction": 2.0, "Managers": 1.5}),
    ("3", "2026-04"): (2, 1, 1, {"Collaborateurs": 0.0, "Équipes": 0.0, "Managers": 0.5}),
    ("3", "2026-06"): (2, 1, 1, {"Collaborateurs": 0.8, "Équipes": 1.0, "Managers": 1.0}),
}


def write_objectives(path):
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = _writer(handle)
        out.writerow(["id", "objectif", "convenu le", "convenu par", "observateurs", "cible",
                      "indicateur"])  # fmt: skip
        for oid, text, agreed, observers, target, indicator in OBJECTIVES:
            out.writerow([oid, text, "2026-01-12", agreed, observers, target, indicator])


def progress_answers():
    """Each person's answer, seeded: the three parties as the story says, the others around
    their group's mean (a quarter of them with no opportunity to observe)."""
    rng = random.Random(f"{SEED}-progress")
    parties = {"coachee": 0, "sponsor": 1, "coach": 2}
    rows = []
    for (oid, wave), (*own, groups) in PROGRESS_STORY.items():
        for sid, _name, group, role, *_ in CAST:
            if role in parties:
                rows.append((wave, sid, oid, f"{own[parties[role]]:+d}"))
            elif group in groups:
                if rng.random() < 0.25:
                    rows.append((wave, sid, oid, "pas eu l'occasion d'observer"))
                    continue
                value = max(-3, min(3, round(rng.gauss(groups[group], 0.8))))
                rows.append((wave, sid, oid, f"{value:+d}" if value else "0"))
    return rows


def write_progress(path):
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = _writer(handle)
        out.writerow(["vague", "répondant", "objectif", "progrès"])
        out.writerows(progress_answers())


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    ratings = generate_ratings()
    times = answer_times()
    write_register(OUT / "register.csv")
    write_long(OUT / "survey.csv", ratings, times)
    write_excel_fr(OUT / "survey-fr-excel.csv", ratings, times)
    write_forms(OUT / "forms", ratings, times)
    write_meetings(OUT / "meetings.csv")
    write_objectives(OUT / "objectives.csv")
    write_progress(OUT / "progress.csv")
    cells = sum(1 for c in ratings.values() for v in c.values() if v is not None)
    print(f"wrote {OUT}: {len(CAST)} stakeholders, {len(ratings)} rated pairs, {cells} ratings")


if __name__ == "__main__":
    main()
