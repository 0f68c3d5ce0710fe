"""What the commands print about the input: the account of the files read and their
issues, and the overview table of the demo."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from alliance_graph.model import FileInfo, Survey

__all__ = ["overview_text", "validation_text"]


def _sheet_line(info: FileInfo, lang: str) -> str:
    """How one sheet of a workbook was read, or why it was not."""
    from alliance_graph.i18n import label, translate

    if info.reason is not None:
        reason = translate(f"sheet.{info.reason}", lang)
        return translate("cli.sheet_ignored", lang, path=info.path, sheet=info.sheet, reason=reason)
    shape = label("shape", info.shape, lang)
    where = {"path": info.path, "sheet": info.sheet, "encoding": info.encoding}
    return translate("cli.sheet", lang, shape=shape, rows=info.rows, **where)


def validation_text(survey: Survey, lang: str) -> str:
    import pandas as pd

    from alliance_graph.i18n import format_count, label, translate

    def say(key: str, **params: Any) -> str:
        return translate(f"cli.{key}", lang, **params)

    lines = [say("files")] if survey.files else []
    lines += [
        say(
            "file",
            path=f.path,
            shape=label("shape", f.shape, lang),
            encoding=f.encoding,
            delimiter=label("delimiter", f.delimiter, lang),
            rows=f.rows,
        )
        if f.sheet is None
        else _sheet_line(f, lang)
        for f in survey.files
    ]
    inferred = say("inferred") if survey.scale.inferred else ""
    scale = f"{survey.scale}{inferred}" if survey.scale_known else say("scale_unknown")
    if survey.ratings.empty and survey.interactions is None:
        lines.append(say("survey_empty"))
    else:
        lines.append(
            say(
                "survey",
                ratings=format_count(len(survey.ratings), lang),
                count=len(survey.waves),
                waves=", ".join(survey.waves),
                stakeholders=len(survey.stakeholders),
                scale=scale,
            )
        )
    if survey.interactions is not None:
        events = survey.interactions
        logged = list(map(str, pd.unique(events["wave"])))
        lines.append(
            say(
                "interactions",
                events=format_count(len(events), lang),
                measure=say(f"measure.{survey.interaction_measure or 'count'}"),
                waves=", ".join(logged) or "—",
                n_waves=len(logged),
            )
        )
    lines += _objectives_lines(survey, say)
    if survey.comments is not None:
        notes = survey.comments
        waves = [w for w in survey.waves if w in set(notes["wave"])]
        count, people = len(notes), notes["rater"].nunique()
        lines.append(
            say("comments", count=count, people=people, waves=", ".join(waves), n_waves=len(waves))
        )
    lines.append(say("issues", errors=len(survey.errors), warnings=len(survey.warnings)))
    for issue in survey.issues:
        severity = translate(f"severity.{issue.severity.value}", lang)
        lines.append(f"  {severity:<13}  {issue.code.value:<21}  {issue.describe(lang)}")
    lines.append(say("valid") if survey.ok else say("invalid"))
    return "\n".join(lines)


def overview_text(summary: dict[str, Any]) -> str:
    headers = ["wave", "stakeholders", "raters", "response", "ties", "negative", "mean t"]
    rows = [
        [
            wave,
            str(w["stakeholders"]),
            str(w["raters"]),
            "—" if w["response_rate"] is None else f"{w['response_rate']:.0%}",
            str(w["ties"]),
            str(w["negative_ties"]),
            "—" if w["mean_strength"] is None else f"{w['mean_strength']:.2f}",
        ]
        for wave, w in summary["waves"].items()
    ]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    out = [
        f"{summary['stakeholders']} stakeholders, coach {summary['coach'] or '—'}, "
        f"scale {summary['scale']['min']}:{summary['scale']['max']}",
        "",
    ]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in [headers, *rows]]
    return "\n".join(out)


def _objectives_lines(survey: Survey, say: Any) -> list[str]:
    """What ``validate`` read of the objectives and of the progress answers."""
    lines = []
    if survey.objectives is not None:
        ids = survey.objectives["id"].astype(str).tolist()
        lines.append(say("objectives", count=len(ids), ids=", ".join(ids) or "—"))
    if survey.progress is not None:
        answers = survey.progress
        waves = [w for w in survey.waves if w in set(answers["wave"])]
        lines.append(
            say(
                "progress",
                answers=len(answers),
                objectives=answers["objective"].nunique(),
                waves=", ".join(waves) or "—",
                n_waves=len(waves),
            )
        )
    return lines
