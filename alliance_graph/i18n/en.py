"""English strings."""

MESSAGES = {
    "word.line": "line {line}",
    "word.colon": ": ",
    "severity.error": "error",
    "severity.warning": "warning",
    "cli.files": "Files:",
    "cli.file": "  {path}  ({shape}, {encoding}, {delimiter}, {rows} rows)",
    "cli.survey": (
        "Survey: {ratings} ratings, {count} wave(s) {waves}, {stakeholders} stakeholders, "
        "scale {scale}"
    ),
    "cli.inferred": " (inferred)",
    "cli.issues": "Issues: {errors} error(s), {warnings} warning(s)",
    "cli.valid": "Valid.",
    "cli.invalid": "Not valid: fix the errors above and run again.",
    "text.title": "Wave {wave} · {nodes} stakeholders · {ties} ties · coach {coach}",
    "text.level": "Alliance level",
    "text.level_help": "mean alliance over the {groups} groups (0 to 1)",
    "text.balance": "Balance index",
    "text.balance_help": "1 = every group equally allied, 0 = one group holds everything",
    "text.gap": "Alliance gap",
    "text.gap_help": "strongest {strong} {strong_value}, weakest {weak} {weak_value}",
    "text.dominance": "Sponsor dominance",
    "text.dominance_help": "sponsor's alliance minus the other groups' average",
    "text.reciprocity": "Reciprocity",
    "text.reciprocity_help": "positive ties that are returned",
    "text.weighted_reciprocity": "Weighted reciprocity",
    "text.weighted_reciprocity_help": "how much of all trust given is given back (0 to 1)",
    "text.triangles": "Triangle balance",
    "text.triangles_help": "{balanced} of {total} triangles balanced",
    "text.frustration": "Frustration index",
    "text.frustration_help": "ties out of {ties} that break the two-camp pattern ({exact})",
    "text.exact": "exact",
    "text.upper_bound": "upper bound",
    "text.walk": "Walk balance",
    "text.walk_help": "1 = balanced at every distance",
    "text.groups": "Group alliances",
    "text.alerts": "Alerts ({count}):",
    "text.no_alerts": (
        "No alert: no group under the floor, no sponsor dominance, no large coach gap."
    ),
    "group.sponsor": "the sponsor",
    "group.coachee": "the coachee",
    "alert.NO_COACH": (
        "No coach was found, so the coach-centred figures are left empty. Give the coach "
        "the role coach in the register, or name them with --coach."
    ),
    "alert.SPONSOR_DOMINANCE": (
        "The alliance with the sponsor is {value} above the average of the other groups "
        "(alert above {threshold}). Others may see you as the sponsor's person: give time "
        "to {weakest}, where the alliance is weakest."
    ),
    "alert.GROUP_BELOW_FLOOR": (
        "The alliance with {subject} is {value}, under the floor of {floor}. This group's "
        "trust is at risk: meet them, listen, and check what they expect of the coaching."
    ),
    "alert.NO_ALLIANCE_DATA": (
        "No rating links {name} and the coach in this wave, so this alliance is unknown. "
        "Ask {name} to answer, and rate the relationship yourself."
    ),
    "alert.COACH_OVERESTIMATES": (
        "You rate your relationship with {name} {gap} higher than {name} does ({own} "
        "against {theirs}): trust is not returned as you think. Check it openly with them."
    ),
    "alert.COACH_UNDERESTIMATES": (
        "{name} rates the relationship {gap} higher than you do ({theirs} against {own}): "
        "an ally you may be underusing."
    ),
    "issue.EMPTY_FILE": "The file is empty.",
    "issue.UNREADABLE_FILE": "The file cannot be read as a CSV table: {reason}.",
    "reason.encoding": "it is not valid text in the encoding given",
    "reason.workbook": "it is a spreadsheet workbook, not CSV; save it as CSV first",
    "reason.binary": "it holds binary data, not text",
    "issue.RAGGED_ROW": (
        "This row has {seen} cells but the header row has {expected}; a cell holding the "
        "delimiter may need quotes, or the file was cut."
    ),
    "issue.NO_DATA_ROWS": "The file has a header row but no data rows.",
    "issue.MISSING_COLUMN": (
        "No {needed} column found (headers: {value}). Name the columns rater, ratee and "
        "score (or évaluateur, évalué, note); docs/input-format.md lists every accepted shape."
    ),
    "issue.MISSING_NAME": "Column “{column}” is blank on this row, so its answers cannot be used.",
    "issue.MISSING_WAVE": "The wave is blank on this row, so its answers cannot be placed.",
    "issue.SCORE_NOT_A_NUMBER": (
        "“{value}” in column “{column}” is neither a number nor a known answer label."
    ),
    "issue.SCORE_OUT_OF_RANGE": "Score {value} is outside the scale {scale}.",
    "issue.LABEL_SCALE_MISMATCH": (
        "The answer labels make a {points}-point scale (1:{points}), "
        "but the scale was declared as {scale}."
    ),
    "issue.UNKNOWN_ROLE": (
        "Role “{value}” is not known: use coach, sponsor, coachee or stakeholder."
    ),
    "issue.CONFLICTING_GROUP": "{name} is given two groups: “{other}” and “{value}”.",
    "issue.CONFLICTING_ROLE": "{name} is given two roles: “{other}” and “{value}”.",
    "issue.CONFLICTING_DUPLICATE": (
        "{rater} rated {ratee} on {dimension} twice in wave {wave} with different scores "
        "({value} here, {other} on line {other_line})."
    ),
    "issue.SEVERAL_COACHES": (
        "Several stakeholders have the role coach ({value}); keep one, or name it with --coach."
    ),
    "issue.UNKNOWN_COACH": "The coach “{value}” is not a stakeholder of this survey.",
    "issue.NO_RATINGS": "No usable rating was found in the input, so there is nothing to analyse.",
    "issue.SCALE_INFERRED": (
        "No scale was declared; the scores fit {scale}, which is used. "
        "Declare the scale with --scale if it is not right."
    ),
    "issue.SELF_RATING": "{value} rated themself; this answer is ignored.",
    "issue.NOT_IN_REGISTER": (
        "{value} appears in the ratings but not in the register, so their group is unknown."
    ),
    "issue.LOW_RESPONSE_RATE": (
        "Only {raters} of {total} stakeholders answered in wave {wave} ({percent})."
    ),
    "issue.FEW_RATERS": (
        "Wave {wave} has only {raters} rater(s): its figures rest on very few answers."
    ),
    "issue.DUPLICATE_ANSWER": (
        "The same answer already appears on line {other_line}; it is counted once."
    ),
    "issue.MISSING_SCORE": "This row has no score, so it is not used.",
    "issue.NO_ANSWERS": "{value} answered no question, so this row is not used.",
    "issue.EXCEL_ERROR": (
        "“{value}” is a spreadsheet error value; it is treated as a missing answer."
    ),
    "issue.UNUSED_COLUMN": "Column “{column}” is not understood, so it is not used.",
    "issue.EMPTY_ROW": "This row is empty and is skipped.",
    "issue.BAD_DATE": "“{value}” is not a date; the date of this row is left empty.",
}
