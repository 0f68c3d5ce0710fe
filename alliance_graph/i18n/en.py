"""English strings."""

MESSAGES = {
    "word.line": "line {line}",
    "word.colon": ": ",
    "word.and": " and ",
    "word.or": " or ",
    "word.sheet": "sheet “{sheet}”",
    "severity.error": "error",
    "severity.warning": "warning",
    "cli.files": "Files:",
    "cli.file": "  {path}  ({shape}, {encoding}, {delimiter}, {rows} rows)",
    "cli.sheet": "  {path}, sheet “{sheet}”  ({shape}, {encoding}, {rows} rows)",
    "cli.sheet_ignored": "  {path}, sheet “{sheet}”  (not read: {reason})",
    "cli.survey": (
        "Survey: {ratings} ratings, {count} wave(s) {waves}, {stakeholders} stakeholders, "
        "scale {scale}"
    ),
    "cli.inferred": " (inferred)",
    "cli.scale_unknown": "unknown",
    "cli.issues": "Issues: {errors} error(s), {warnings} warning(s)",
    "cli.valid": "Valid.",
    "cli.invalid": "Not valid: fix the errors above and run again.",
    "cli.error": "Error: {message}",
    "cli.wrote": "Wrote {path}",
    "cli.progress.reading": "Reading",
    "cli.progress.interactions": "Interaction metrics",
    "cli.progress.dask": "Aggregating with Dask",
    "cli.report_file": "{stem}-report.html",
    "cli.shared_report_file": "{stem}-shared-report.html",
    "cli.wrote_mapping": "Wrote {path} (the key back to the names: keep it apart)",
    "cli.needs_answers": (
        "alliance-graph {command} needs survey answers; for an interaction log alone, use "
        "alliance-graph metrics"
    ),
    "cli.warnings": "{count} warning(s) in the data: {kinds}",
    "cli.warnings_more": "  … and {count} more",
    "cli.warnings_where.report": "The full list is in the report's section “{section}”.",
    "cli.warnings_where.validate": (
        "For the full list, run alliance-graph validate on the same files."
    ),
    "shape.long": "long",
    "shape.wide": "wide",
    "shape.matrix": "matrix",
    "shape.register": "register",
    "shape.interactions": "interactions",
    "shape.ignored": "not read",
    "sheet.empty": "the sheet is empty",
    "sheet.not_worksheet": "a chart or macro sheet, not a table",
    "sheet.no_rows": "headers but no rows",
    "sheet.no_columns": (
        "no column for the person answering, the person rated and the score, nor a register's names"
    ),
    "sheet.other_register": "a register, but the register was read from elsewhere",
    "sheet.not_named": "another sheet of the workbook was named",
    "sheet.not_register": "the register was read from another sheet",
    "delimiter.comma": "comma",
    "delimiter.semicolon": "semicolon",
    "delimiter.tab": "tab",
    "delimiter.pipe": "pipe",
    "column.rater": "the person who answers (rater, évaluateur)",
    "column.ratee": "the person rated (ratee, évalué)",
    "column.score": "the answers (score, note)",
    "column.person": "each person's id or name (id, name, nom)",
    "column.source": "the person who started each interaction (source, from)",
    "column.target": "the person met (target, to)",
    "column.timestamp": "the time of each interaction (timestamp, date)",
    "field.rater": "rater",
    "field.ratee": "ratee",
    "field.role": "role",
    "field.group": "group",
    "field.id": "id",
    "field.timestamp": "timestamp",
    "field.source": "source",
    "field.target": "target",
    "text.title": "Wave {wave} · {nodes} stakeholders · {ties} ties · coach {coach}",
    "text.level": "Alliance level",
    "text.level_help": "mean alliance over the {groups} groups (0 to 1)",
    "text.goals_level": "Alliance on goals",
    "text.goals_level_help": "the same on the agreement-on-goals answers only",
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
    "group.(coach)": "the coach",
    "group.(no group)": "people without a group",
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
    "alert.OBJECTIVE_VIEWS_DIFFER.sponsor_self": (
        "Objective {objective}: the sponsor sees {first} where the coachee sees {second} (on −3 … +3). They do not see the same coaching: talk about it at the next three-way meeting."
    ),
    "alert.OBJECTIVE_VIEWS_DIFFER.stakeholders_self": (
        "Objective {objective}: the stakeholders see {first} where the coachee sees {second} (on −3 … +3). Share what they see with the coachee."
    ),
    "alert.OBJECTIVE_VIEWS_DIFFER.coach_stakeholders": (
        "Objective {objective}: you see {first} where the stakeholders see {second} (on −3 … +3). Check your view against theirs before the next meeting."
    ),
    "alert.OBJECTIVE_WEAK_GROUP": (
        "Objective {objective} depends on the group “{group}”, where your alliance is {alliance} (under {floor}): strengthen it before you count on their view of the progress."
    ),
    "alert.OBJECTIVE_NOT_RATED": (
        "No observer of objective {objective} ({observers}) rated its progress in this wave: ask them for their view."
    ),
    "alert.OBJECTIVE_NO_SPONSOR": (
        "The sponsor did not rate the progress of objective {objective} in this wave: ask for their view before the next three-way meeting."
    ),
    "alert.NOT_ENOUGH_ANSWERS": (
        "Not enough answers from {subject} to show their figures without exposing anyone "
        "({answers} answered; {needed} are needed)."
    ),
    "issue.EMPTY_FILE": "The file is empty.",
    "issue.UNREADABLE_FILE": "The file cannot be read as a CSV table: {reason}.",
    "reason.encoding": "it is not valid text in the encoding given",
    "reason.workbook": (
        "it is a spreadsheet workbook, not CSV: give it its workbook name (.xlsx, .xlsm or "
        ".ods), or save it as CSV"
    ),
    "reason.old_workbook": (
        "it is an Excel 97-2003 workbook (.xls) or a password-protected one: save it as "
        ".xlsx (without a password) or as CSV"
    ),
    "reason.binary": "it holds binary data, not text",
    "reason.header_bytes": (
        "its header row holds bytes that are not valid UTF-8, the encoding of the rest of "
        "the file; correct the header in the spreadsheet, or save the file again as CSV UTF-8"
    ),
    "reason.parquet_text": "its name ends in .parquet, but it is a text (CSV) file; rename it .csv",
    "reason.parquet_workbook": (
        "its name ends in .parquet, but it is a spreadsheet workbook; save it as CSV"
    ),
    "reason.parquet_other": "its name ends in .parquet, but it is not a Parquet file",
    "reason.parquet_damaged": "it is a Parquet file, but a damaged or cut one; export it again",
    "issue.UNREADABLE_WORKBOOK": "The workbook cannot be read: {reason}.",
    "reason.workbook_damaged": (
        "it is damaged or it is not a workbook ({detail}); open it in Excel or LibreOffice "
        "and save it again"
    ),
    "reason.zip_not_workbook": "it is a zip archive, not an Excel or OpenDocument workbook",
    "reason.workbook_encrypted": (
        "it is password-protected; remove the password in your spreadsheet and save it again"
    ),
    "reason.workbook_parts": "it holds {parts} parts, more than the {limit} allowed",
    "reason.workbook_too_large": "it unpacks to {size} MB, more than the limit of {limit} MB",
    "reason.workbook_bomb": (
        "it would unpack to {size} MB from a far smaller file, more than the limit of "
        "{limit} MB: it looks like a zip bomb, and it was not opened"
    ),
    "reason.sheet_rows": "its sheet “{sheet}” has {rows} rows; the limit is {limit}",
    "reason.sheet_columns": "its sheet “{sheet}” has {columns} columns; the limit is {limit}",
    "reason.sheet_cells": (
        "its sheet “{sheet}” spans {cells} cells (rows × columns); the limit is {limit}"
    ),
    "issue.FORMULA_WITHOUT_VALUE": (
        "The formula {value} in column “{column}” has no value stored (the workbook was "
        "saved by a program that does not calculate), so the cell is read as empty: open "
        "the workbook in Excel or LibreOffice, save it, and read it again."
    ),
    "issue.UNCLOSED_QUOTE": (
        'A quote (") opens a cell on this row and is never closed, so the rest of the file '
        "cannot be cut into cells."
    ),
    "issue.UNDECODABLE_ROW": (
        "This row holds bytes that are not valid {encoding}, the encoding of the rest of the "
        "file (shown as \ufffd: “{value}” in column “{column}”), so the row is left out."
    ),
    "issue.GARBLED_TEXT": (
        "“{value}” in column “{column}” looks garbled by a wrong encoding (probably "
        "“{fixed}”); it is used as written."
    ),
    "issue.SEP_LINE_MISMATCH": (
        "The file's first line “{value}” declares the delimiter “{declared}”, but the header "
        "row is cut by “{used}”: “{used}” is used."
    ),
    "issue.RAGGED_ROW": (
        "This row has {seen} cells but the header row has {expected}; a cell holding the "
        "delimiter may need quotes, or the file was cut."
    ),
    "issue.NO_DATA_ROWS": "The file has a header row but no data rows.",
    "issue.MISSING_COLUMN": (
        "No column for {needed}; the headers are: {value}. Add the missing column, or "
        "rename the column that holds it with one of the names in brackets."
    ),
    "issue.ANONYMOUS_FORM": (
        "This form export has questions about people but no column saying who answered "
        "(the form is anonymous), so no answer can be credited to anyone. In the form, add "
        "a question asking each respondent's name, or turn on the collection of e-mail "
        "addresses; the answers already given stay anonymous, so ask the respondents to "
        "answer again, then export the answers once more."
    ),
    "issue.MISSING_NAME": "Column “{column}” is blank on this row, so its answers cannot be used.",
    "issue.MISSING_WAVE": "The wave is blank on this row, so its answers cannot be placed.",
    "issue.SAME_WAVE_TWICE": (
        "{other} and {file} would both be wave “{value}”, so this file is not used (the "
        "answers of two waves would be mixed): name each file's wave on the command line, "
        'as in "{file}=Wave 2".'
    ),
    "issue.SCORE_NOT_A_NUMBER": (
        "“{value}” in column “{column}” is neither a number nor a known answer label. "
        "Write a number on the scale, an answer label (such as “Agree” or “Often”) or "
        "“Don't know”, or empty the cell."
    ),
    "issue.SCORE_OUT_OF_RANGE": "Score {value} is outside the scale {scale}.",
    "issue.LABEL_SCALE_MISMATCH": (
        "The answer labels make a {points}-point scale (1:{points}), "
        "but the scale was declared as {scale}."
    ),
    "issue.SCALE_UNKNOWN": (
        "Every score read is {value}, and a single value cannot tell the scale, so none is "
        "guessed. Declare it with --scale MIN:MAX, for example --scale 1:5 or --scale 0:1."
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
    "issue.DUPLICATE_ID": (
        "The id “{value}” is used twice in the register: here for {name}, and on line "
        "{other_line} for {other}. Each person needs an id of their own (if both rows are "
        "one person, delete one); this row is not used."
    ),
    "issue.AMBIGUOUS_NAME": (
        "“{value}” names more than one person of the register ({ids}, on lines {lines}), "
        "so this row is credited to no one. Write the person's id instead, or give them "
        "names that differ in the register."
    ),
    "issue.UNUSABLE_NAME": (
        "“{value}” in column “{column}” has nothing left once tags and punctuation are "
        "removed, so it cannot name anyone. Write the person's name or id."
    ),
    "issue.SCORE_TOO_LARGE": (
        "Score {shown} in column “{column}” is too large to be a rating (scores lie "
        "between -1,000,000 and 1,000,000), so it is not used. Check this cell."
    ),
    "issue.SCALE_TOO_WIDE": (
        "No scale was declared, and the scores reach {value}: the scale they fit, {scale}, "
        "spans more than {limit} points, too wide to be guessed. Declare the scale with "
        "--scale MIN:MAX (for example --scale 1:5): any score outside it is then listed "
        "with its line."
    ),
    "issue.SCALE_INFERRED": (
        "No scale was declared; the scores fit {scale}, which is used. "
        "Declare the scale with --scale if it is not right."
    ),
    "issue.SELF_RATING": "{value} rated themself; this answer is ignored.",
    "issue.NOT_IN_REGISTER": (
        "{value} appears in the ratings but not in the register, so their group is unknown."
    ),
    "issue.NOT_IN_REGISTER.suggestions": (
        "{value} is not in the register — did you mean {suggested}? If so, add “{value}” "
        "to that person's aliases in the register (or correct the answers); until then, "
        "{value} counts as another person, with no group."
    ),
    "issue.DONT_KNOW_ANSWERS": (
        "Column “{column}” holds {count} answer(s) meaning “not rated” ({value}), on "
        "line(s) {lines}: they count as missing answers, not as ratings."
    ),
    "issue.ALIAS_COLLISION": (
        "The alias “{value}” given to {name} already names {other} (line {other_line}) in "
        "the register, so it cannot tell them apart and is not used. Remove it, or keep it "
        "for one person only."
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
    "issue.CONTROL_CHARACTERS": (
        "Column “{column}” held invisible control characters ({characters}); they were "
        "removed and the cell reads “{value}”."
    ),
    "issue.INVALID_CONSENT": "Consent “{value}” is not yes or no; this person will not be named.",
    "issue.OBJECTIVE_WITHOUT_ID": (
        "This objective has no id, so no progress answer can name it; this row is not used. Give it a short id (1, 2, O1…)."
    ),
    "issue.DUPLICATE_OBJECTIVE": (
        "The objective id “{value}” is used twice (first on line {other_line}); this row is not used. Give each objective an id of its own."
    ),
    "issue.UNKNOWN_OBSERVER_GROUP": (
        "“{value}” is not a group of the register, so this objective cannot be followed with it; this row is not used. Write the group as the register does, or leave the observers blank for everyone."
    ),
    "issue.TARGET_NOT_A_NUMBER": (
        "The target “{value}” is not a number from −3 to +3; this row is not used."
    ),
    "issue.UNKNOWN_OBJECTIVE": (
        "“{value}” is not an objective of the objectives register, so this answer cannot be counted; it is left out."
    ),
    "issue.PROGRESS_NOT_A_NUMBER": (
        "“{value}” is not a progress answer (a number from −3 to +3, or words such as “much better”, “no change”, “don’t know”); it is left out."
    ),
    "issue.PROGRESS_OUT_OF_RANGE": "Progress {value} is outside −3 … +3; it is left out.",
    "issue.UNKNOWN_AGREED_BY": (
        "“{value}” is not coachee, sponsor or coach, so it is not counted among who agreed this objective."
    ),
    "issue.PROGRESS_OUTSIDE_WAVES": (
        "“{value}” is not a wave of the survey's answers, so this progress answer is not counted; name the wave as the answers do."
    ),
    "issue.BAD_DATE": "“{value}” is not a date; the date of this row is left empty.",
    "report.title": "Alliance report",
    "report.generated": "Generated on {date}",
    "report.no_group": "(no group)",
    "report.since": "since {wave}",
    "report.like_for_like": "Like for like: on the ratings given in both waves.",
    "report.first_wave": "first wave",
    "report.points": "{value} pts",
    "report.role.coach": "coach",
    "report.role.sponsor": "sponsor",
    "report.role.coachee": "coachee",
    "report.nav.summary": "Summary",
    "report.nav.alerts": "Alerts",
    "report.nav.network": "Network",
    "report.nav.trends": "Trends",
    "report.nav.people": "Stakeholders",
    "report.nav.objectives": "Objectives",
    "report.objectives.title": "Objectives agreed at the kick-off",
    "report.objectives.lead": (
        "Each objective as agreed, and the progress each side sees, −3 (much worse) … +3 (much better). Where the sponsor, the coachee and the stakeholders do not see the same change, talk about it at the next three-way meeting."
    ),
    "report.objectives.view.self": "Coachee (self)",
    "report.objectives.view.sponsor": "Sponsor",
    "report.objectives.view.coach": "Coach (you)",
    "report.objectives.view.stakeholders": "Stakeholders",
    "report.objectives.party.coachee": "the coachee",
    "report.objectives.party.sponsor": "the sponsor",
    "report.objectives.party.coach": "you",
    "report.objectives.party.the_coach": "the coach",
    "report.objectives.and": " and ",
    "report.objectives.agreed": "Agreed on {date} by {who}.",
    "report.objectives.agreed_by": "Agreed by {who}.",
    "report.objectives.agreed_on": "Agreed on {date}.",
    "report.objectives.indicator": "How progress shows:",
    "report.objectives.view": "View",
    "report.objectives.progress": "Progress, {wave}",
    "report.objectives.raters": "Answers",
    "report.objectives.on_target": (
        "On target: the stakeholders see {progress}, the aim was {target}."
    ),
    "report.objectives.off_target": (
        "Not on target yet: the stakeholders see {progress}, the aim is {target}."
    ),
    "report.objectives.target_none": "No progress rated yet; the aim is {target}.",
    "report.objectives.target_word": "target",
    "report.objectives.chart": "Objective {id}: progress by wave",
    "report.objectives.chart_alt": (
        "Objective {id}: the mean progress seen by the coachee, the sponsor, you and the stakeholders in each wave, on −3 … +3, with the target as a dashed line."
    ),
    "report.objectives.left_out": "Not shown, fewer than {k} answers: {groups}.",
    "report.objectives.target_hidden": "Not enough answers to show the progress yet; the aim is {target}.",
    "report.objectives.none_rated": "Not rated yet.",
    "report.objectives.view.the_coach": "Coach",
    "report.objectives.viewpoints_shared": "The coachee's, the sponsor's and the coach's views are each one person's answer: they are shown because the coach chose to share them, for the three-way meeting where all three are present.",
    "report.nav.changes": "Changes",
    "report.nav.quality": "Data",
    "report.nav.glossary": "Glossary",
    "report.summary.lead": "{stakeholders} stakeholders, {ratings} answers over {waves} wave(s), on a {scale} scale ({dimensions}).",
    "report.summary.coach": "Coach",
    "report.summary.sponsor": "Sponsor",
    "report.summary.coachee": "Coachee",
    "report.summary.groups": "Groups",
    "report.summary.waves": "Waves",
    "report.summary.wave": "Wave",
    "report.summary.period": "Answers",
    "report.summary.raters": "Raters",
    "report.summary.response": "Response",
    "report.summary.ties": "Ties",
    "report.cards.title": "Headline figures, wave {wave}",
    "report.card.level": "Alliance level",
    "report.card.level.help": "Mean alliance of the coach with each group, 0 to 1.",
    "report.card.balance": "Balance index",
    "report.card.balance.help": "1 when every group is equally allied with the coach.",
    "report.card.reciprocity": "Reciprocity",
    "report.card.reciprocity.help": "Share of positive ties that are returned.",
    "report.card.structural": "Structural balance",
    "report.card.structural.help": "Share of triangles of relations that are balanced.",
    "report.card.response": "Response rate",
    "report.card.response.help": "Stakeholders who answered the survey.",
    "report.alerts.title": "What needs attention",
    "report.alerts.none": "No alert in this wave.",
    "report.alerts.wave": "Wave {wave}",
    "report.alerts.earlier": "Earlier waves",
    "report.network.title": "The alliance network",
    "report.network.lead": "Each person is a shape (★ coach, ◆ sponsor, ■ coachee, ● everyone else) in the colour of their group, at the same place in every wave; the size shows the trust they receive. Ties are green when positive, red when negative, thicker when stronger. Point at a person or a tie for its figures; drag to move, scroll to zoom.",
    "report.network.wave": "Wave",
    "report.network.capped": "Showing the {shown} strongest of {total} ties.",
    "report.legend.positive": "positive tie",
    "report.legend.negative": "negative tie",
    "report.legend.coach": "coach",
    "report.legend.sponsor": "sponsor",
    "report.legend.coachee": "coachee",
    "report.legend.size": "size: trust received",
    "report.picture": "The network in wave {wave}",
    "report.tip.received": "Trust received {value} ({raters} raters)",
    "report.tip.given": "Trust given {value}",
    "report.tip.not_rated": "Not rated in this wave",
    "report.tip.tie": "strength {strength} · sign {sign} · {ratings} answers",
    "report.trends.title": "Trends",
    "report.chart.groups": "Alliance with each group, by wave",
    "report.chart.alliance": "Alliance (0 to 1)",
    "report.chart.balance": "Balance index by wave",
    "report.chart.matrix": "Trust between groups, wave {wave}",
    "report.chart.from": "From group",
    "report.chart.to": "To group",
    "report.chart.gap": "Coach's view minus the stakeholder's, wave {wave}",
    "report.chart.gap_axis": "Coach gap (strength)",
    "report.chart.over": "coach overestimates",
    "report.chart.under": "coach underestimates",
    "report.chart.group_alliance.alt": "Line chart of the alliance with each group across waves.",
    "report.chart.balance.alt": "Line chart of the balance index across waves.",
    "report.chart.heatmap.alt": "Heat map of the mean trust from each group to each group.",
    "report.chart.coach_gap.alt": "Bar chart of the gap between the coach's and each stakeholder's view.",
    "report.people.title": "Stakeholders, wave {wave}",
    "report.people.name": "Name",
    "report.people.group": "Group",
    "report.people.role": "Role",
    "report.people.alliance": "Alliance",
    "report.people.gap": "Coach gap",
    "report.people.received": "Trust received",
    "report.people.given": "Trust given",
    "report.people.raters": "Raters",
    "report.people.distrust": "Distrust",
    "report.changes.title": "What changed from {before} to {after}",
    "report.changes.none": "Only one wave: nothing to compare yet.",
    "report.changes.strengthened": "Strengthened",
    "report.changes.weakened": "Weakened",
    "report.changes.sign_flips": "Turned around",
    "report.changes.gained": "New ties",
    "report.changes.lost": "Ties no longer rated",
    "report.changes.from": "From",
    "report.changes.to": "To",
    "report.changes.before": "Before",
    "report.changes.after": "After",
    "report.changes.delta": "Change",
    "report.changes.more": "and {count} more",
    "report.changes.joined": "Joined: {names}",
    "report.changes.left": "Left: {names}",
    "report.changes.empty": "None.",
    "report.quality.title": "Data quality",
    "report.quality.files": "Files read",
    "report.quality.file": "File",
    "report.quality.shape": "Shape",
    "report.quality.encoding": "Encoding",
    "report.quality.rows": "Rows",
    "report.quality.missing": "{count} missing answers (blank cells or “don't know”).",
    "report.quality.issues": "Issues found",
    "report.quality.no_issues": "No issue found in the files.",
    "report.glossary.title": "Glossary",
    "report.glossary.term": "Measure",
    "report.glossary.formula": "Formula",
    "report.glossary.meaning": "What it tells you",
    "report.footer": "Made with alliance-graph. This file works offline and holds the names of the people surveyed: share it with care.",
    "report.glossary.strength.term": "Strength t",
    "report.glossary.strength.formula": "t = (x − min) / (max − min)",
    "report.glossary.strength.meaning": "An answer x on the scale, brought to 0–1; a tie's strength is the mean of its answers.",
    "report.glossary.sign.term": "Sign value s",
    "report.glossary.sign.formula": "s = (2x − min − max) / (max − min)",
    "report.glossary.sign.meaning": "The same answer on −1…1: the middle of the scale is 0, below it the tie is negative.",
    "report.glossary.alliance.term": "Alliance",
    "report.glossary.alliance.formula": "mean of t(k → coach) and t(coach → k)",
    "report.glossary.alliance.meaning": "How strong the relationship between the coach and one stakeholder is, seen from both sides.",
    "report.glossary.coach_gap.term": "Coach gap",
    "report.glossary.coach_gap.formula": "g = t(coach → k) − t(k → coach)",
    "report.glossary.coach_gap.meaning": "Positive when the coach rates the relationship higher than the stakeholder does.",
    "report.glossary.group_alliance.term": "Group alliance",
    "report.glossary.group_alliance.formula": "A(G) = mean alliance over the members of G",
    "report.glossary.group_alliance.meaning": "The sponsor and the coachee each count as a group of their own.",
    "report.glossary.level.term": "Alliance level",
    "report.glossary.level.formula": "mean of A(G) over the groups",
    "report.glossary.level.meaning": "How strong the coach's alliances are overall.",
    "report.glossary.goals_level.term": "Alliance on goals",
    "report.glossary.goals_level.formula": "alliance level on the goals dimension only",
    "report.glossary.goals_level.meaning": "Whether you and each group agree on what the coaching is for, the ground the objectives stand on (Bordin 1979).",
    "report.glossary.balance.term": "Balance index",
    "report.glossary.balance.formula": "B = 1 − Gini(A) · m / (m − 1)",
    "report.glossary.balance.meaning": "1 when every group is equally allied, 0 when one group holds everything.",
    "report.glossary.dominance.term": "Sponsor dominance",
    "report.glossary.dominance.formula": "A(sponsor) − mean A(other groups)",
    "report.glossary.dominance.meaning": "Above 0.20, others may see the coach as the sponsor's person.",
    "report.glossary.reciprocity.term": "Reciprocity",
    "report.glossary.reciprocity.formula": "positive ties returned / positive ties",
    "report.glossary.reciprocity.meaning": "How often trust given is given back.",
    "report.glossary.weighted_reciprocity.term": "Weighted reciprocity",
    "report.glossary.weighted_reciprocity.formula": "Σ min(t_ij, t_ji) / Σ t_ij",
    "report.glossary.weighted_reciprocity.meaning": "How much of all trust given comes back (Squartini et al. 2013).",
    "report.glossary.asymmetry.term": "Asymmetry",
    "report.glossary.asymmetry.formula": "|t_ij − t_ji|",
    "report.glossary.asymmetry.meaning": "How differently two people see their relationship.",
    "report.glossary.triangles.term": "Triangle balance",
    "report.glossary.triangles.formula": "balanced triangles / all triangles",
    "report.glossary.triangles.meaning": "A triangle is balanced when the product of its signs is positive: the friend of a friend is a friend.",
    "report.glossary.frustration.term": "Frustration index",
    "report.glossary.frustration.formula": "least ties to remove for two clean camps",
    "report.glossary.frustration.meaning": "0 when the network splits into two camps with trust inside and distrust between.",
    "report.glossary.walk.term": "Walk balance",
    "report.glossary.walk.formula": "K = tr exp(A) / tr exp(|A|)",
    "report.glossary.walk.meaning": "Balance at every distance, not only in triangles (Estrada & Benzi 2014).",
    "report.glossary.ei_index.term": "E-I index",
    "report.glossary.ei_index.formula": "(E − I) / (E + I)",
    "report.glossary.ei_index.meaning": "−1 when a group's positive ties stay inside it, +1 when they all go outside.",
    "report.glossary.pagerank.term": "PageRank",
    "report.glossary.pagerank.formula": "trust flowing along ties (damping 0.85)",
    "report.glossary.pagerank.meaning": "Who is trusted by the trusted.",
    "report.glossary.betweenness.term": "Betweenness",
    "report.glossary.betweenness.formula": "share of shortest paths (length 1/t) through k",
    "report.glossary.betweenness.meaning": "Brokers who connect people who trust each other less directly.",
    "report.glossary.constraint.term": "Constraint",
    "report.glossary.constraint.formula": "Σ_j (p_ij + Σ_q p_iq p_qj)²",
    "report.glossary.constraint.meaning": "High when all of someone's ties lead back into one closed circle (Burt 1992).",
    "report.dimension.trust": "trust",
    "report.dimension.listening": "listening",
    "report.dimension.respect": "respect",
    "report.dimension.goals": "agreement on goals",
    "change.balance": "The balance index",
    "change.group": "The alliance with {group}",
    "change.sponsor_answer": "The sponsor's answer",
    "change.coachee_answer": "The coachee's answer",
    "change.interval": "95% interval {low} to {high}",
    "change.real": "a real change",
    "change.noise": "it could be noise",
    "change.rose_from": "{subject} rose from {before} to {after} ({interval}): {verdict}.",
    "change.fell_from": "{subject} fell from {before} to {after} ({interval}): {verdict}.",
    "change.same_from": "{subject} stayed at {after} ({interval}).",
    "change.rose": "{subject} rose by {delta} ({interval}): {verdict}.",
    "change.fell": "{subject} fell by {delta} ({interval}): {verdict}.",
    "change.same": "{subject} did not change ({interval}).",
    "change.single": "{who} went from {before} to {after}, but one answer is not a trend.",
    "change.few": "The alliance with {group} went from {before} to {after}, but it rests on {n} stakeholder(s): too few to call it a trend.",
    "change.qap": "The two networks correlate at {r} (QAP p = {p}): 1 means the same relationships with the same strengths.",
    "change.jaccard": "Only {j} of the positive ties are common to both waves (Jaccard index under 0.2): the waves are hard to compare.",
    "change.ties": "{strengthened} ties strengthened, {weakened} weakened, {flips} turned around, {gained} new, {lost} no longer rated.",
    "report.glossary.mean_trust.term": "Mean trust",
    "report.glossary.mean_trust.formula": "mean of t over every tie",
    "report.glossary.mean_trust.meaning": "How much trust circulates in the network as a whole.",
    "report.glossary.received.term": "Trust received / given",
    "report.glossary.received.formula": "mean of t(j → k) / mean of t(k → j)",
    "report.glossary.received.meaning": "How much the others trust this person, and how much this person trusts them; distrust counts the ties below the middle of the scale.",
    "report.glossary.response.term": "Response rate",
    "report.glossary.response.formula": "raters / stakeholders",
    "report.glossary.response.meaning": "Who answered the survey in a wave; a low rate makes every figure less certain.",
    "report.glossary.normalised_frustration.term": "Normalised frustration",
    "report.glossary.normalised_frustration.formula": "1 − L / (m / 2)",
    "report.glossary.normalised_frustration.meaning": "The frustration index on a 0–1 scale: 1 when the network splits cleanly into two camps.",
    "report.glance.title": "The waves at a glance",
    "report.glance.figure": "Figure",
    "report.glance.frustration_bound": "Wave {wave}: the frustration index is not proven least. Between {low} and {high} of the {ties} signed ties break the two-camp pattern, so the normalised frustration lies between {worst} and {best}.",
    "report.changes.sentences": "In plain words",
    "report.changes.overall": "From {first} to {last}",
    "report.legend.neutral": "neutral tie",
    "report.people.rated_by": "Rated by",
    "text.no_changes": "Only one wave: nothing to compare.",
    "text.change_title": "From {before} to {after}",
    "change.single_same": "{who} did not change ({after}).",
    "change.interval_paired": "95% interval {low} to {high} for the {n} people who answered both times",
    "change.too_few": "{subject} went from {before} to {after}, but only {n} people answered both times: too few people to tell a real change from noise (it takes at least 6).",
    "change.too_few_delta": "{subject} moved by {delta}, but too few people answered both times to tell a real change from noise.",
    "change.coach_skipped": "The coach's ratings of the stakeholders are missing in {wave}: to compare like with like, the alliances of both waves use only the stakeholders' ratings of the coach.",
    "change.stakeholders_skipped": "The stakeholders' ratings of the coach are missing in {wave}: to compare like with like, the alliances of both waves use only the coach's ratings.",
    "change.no_common_basis": "The coach's ties were rated in different directions in the two waves: the alliances cannot be compared.",
    "kit.head.id": "id",
    "kit.head.name": "name",
    "kit.head.group": "group",
    "kit.head.role": "role",
    "kit.head.wave": "wave",
    "kit.head.date": "date",
    "kit.head.rater": "rater",
    "kit.head.ratee": "ratee",
    "kit.head.trust": "trust",
    "kit.head.listening": "listening",
    "kit.head.respect": "respect",
    "kit.head.goals": "agreement on goals",
    "kit.role.coach": "coach",
    "kit.role.sponsor": "sponsor",
    "kit.role.coachee": "coachee",
    "kit.role.stakeholder": "stakeholder",
    "kit.example.coach": "Your Name",
    "kit.example.sponsor": "The Sponsor",
    "kit.example.coachee": "The Coachee",
    "kit.example.member": "A Team Member",
    "kit.example.coach_group": "Coach",
    "kit.example.board": "Leadership team",
    "kit.example.team": "Team A",
    "kit.head.objective.id": "id",
    "kit.head.objective.objective": "objective",
    "kit.head.objective.agreed_on": "agreed on",
    "kit.head.objective.agreed_by": "agreed by",
    "kit.head.objective.observers": "observers",
    "kit.head.objective.target": "target",
    "kit.head.objective.indicator": "indicator",
    "kit.head.progress.wave": "wave",
    "kit.head.progress.rater": "rater",
    "kit.head.progress.objective": "objective",
    "kit.head.progress.progress": "progress",
    "kit.head.progress.comment": "comment",
    "kit.example.objective": "Delegate more to the team",
    "kit.example.agreed_by": "coachee; sponsor; coach",
    "kit.example.indicator": "Fewer decisions sent up",
    "kit.progress.2": "better",
    "kit.progress.example_comment": "Two decisions left to the team this month",
    "kit.q.progress_title": "Progress on the objectives agreed at the kick-off — one question per objective",
    "kit.q.progress_scale": "Scale: −3 much worse, −2 worse, −1 slightly worse, 0 no change, +1 slightly better, +2 better, +3 much better; or “no opportunity to observe”.",
    "kit.q.progress": "Since the start of the coaching, what change do you see in the coachee on: <the objective, as agreed>?",
    "kit.q.title": "Trust survey — questions for each person you work with in this engagement",
    "kit.q.intro": "Answer once for each person named in the form, including the coach. Your answers are read by the coach, who uses them to keep a fair relationship with everyone in this engagement.",
    "kit.q.scale": "Scale: 1 = strongly disagree, 2 = disagree, 3 = neither agree nor disagree, 4 = agree, 5 = strongly agree. Leave blank if you cannot say.",
    "kit.q.trust": "I trust this person. (trust)",
    "kit.q.listening": "This person listens to me. (listening)",
    "kit.q.respect": "This person respects me. (respect)",
    "kit.q.goals": "We agree on the goals of this work. (agreement on goals)",
    "kit.q.coach": "For the coach: rate each relationship too, with the same questions, as you see it today.",
    "kit.head.consent": "consent",
    "kit.head.alias": "alias",
    "kit.yes": "yes",
    "kit.no": "no",
    "kit.answer.1": "Strongly disagree",
    "kit.answer.2": "Disagree",
    "kit.answer.3": "Neither agree nor disagree",
    "kit.answer.4": "Agree",
    "kit.answer.5": "Strongly agree",
    "kit.answer.dont_know": "Don't know",
    "kit.book.sheet.instructions": "Instructions",
    "kit.book.sheet.register": "Register",
    "kit.book.sheet.answers": "Answers",
    "kit.book.title": "Trust survey kit: how to fill in this workbook",
    "kit.book.register": "1. Sheet “{register}”: one row per person in the engagement, you included. id: a short code, used once (c1, s1…). name: as you want to read it in the report. group: a team or a population. role: chosen in the list (coach, sponsor, coachee, stakeholder). consent: yes when the person agreed to be named in the report, no otherwise; an empty cell counts as no. alias: other spellings of the name that the answers use (Karim for Karim Ouali), separated by “;”.",
    "kit.book.answers": "2. Sheet “{answers}”: one row per respondent and person rated. wave: the survey round (T1, then T2 at the next survey). date: the day of the answer. rater and ratee: chosen in the list, which shows the names of the sheet “{register}”. Then one answer per question, chosen in the list: “{dont_know}” when the respondent cannot say (an empty cell is read the same way).",
    "kit.book.questions": "3. The questions, one column each on the sheet “{answers}”:",
    "kit.book.check": "4. Replace the example rows with your own people and answers, then check the workbook: alliance-graph validate {file}",
    "kit.book.csv": "The kit's CSV files hold the same two sheets ({register_file}, {answers_file}), for a form or a tool that writes CSV files; {questions_file} holds the questions to paste into an online form.",
    "kit.book.answer_prompt": "Choose an answer in the list; “{dont_know}” when the respondent cannot say.",
    "kit.book.answer_error": "Choose an answer in the list, or leave the cell empty.",
    "kit.book.person_error": "This name is not in the sheet “{register}”: add the person there, or choose a name in the list.",
    "kit.book.role_error": "Choose a role in the list: coach, sponsor, coachee or stakeholder.",
    "kit.book.consent_error": "Answer yes or no; an empty cell counts as no.",
    "report.glossary.interval.term": "95% interval",
    "report.glossary.interval.formula": "every shift of the mean change that an exact sign-flip test on the people who answered both times does not reject at 5%",
    "report.glossary.interval.meaning": "The range a change could plausibly take given who happened to answer; a change is called real when the range does not include 0, which takes at least 6 people who answered both times.",
    "report.glossary.qap.term": "QAP correlation",
    "report.glossary.qap.formula": "Pearson r of the two waves' strength matrices; p from relabelled matrices",
    "report.glossary.qap.meaning": "How alike the two networks are; a small p means the likeness is not chance (Krackhardt 1987).",
    "report.glossary.jaccard.term": "Jaccard index",
    "report.glossary.jaccard.formula": "positive ties in both waves / positive ties in either",
    "report.glossary.jaccard.meaning": "Under 0.2 the two waves share too few ties to be compared well (Snijders et al. 2010).",
    "web.nav.label": "Main",
    "web.nav.engagements": "Engagements",
    "web.nav.new": "New engagement",
    "web.nav.language": "Language",
    "web.undo": "Undo",
    "web.cancel": "Cancel",
    "web.footer": "alliance-graph runs on this computer only: your files stay in its workspace and are never sent anywhere.",
    "web.list.title": "Engagements",
    "web.list.intro": "Each engagement keeps its survey waves and its stakeholder register, with every file as it was uploaded.",
    "web.list.name": "Name",
    "web.list.waves": "Waves",
    "web.list.last_upload": "Last upload",
    "web.list.created": "Created",
    "web.list.no_waves": "no wave yet",
    "web.list.empty": "No engagement yet. Create one, then upload your first survey file.",
    "web.list.first": "Create the first engagement",
    "web.trash.title": "Trash",
    "web.trash.engagements_help": "Deleted engagements stay here with all their files until you restore them.",
    "web.trash.files_help": "Deleted files stay here; restoring one brings its waves back.",
    "web.trash.deleted_at": "deleted {when}",
    "web.trash.restore": "Restore",
    "web.new.intro": "An engagement is one coaching mission in one organisation. Give it a name you will recognise.",
    "web.new.name": "Name",
    "web.new.name_hint": "for example “Mission Lumière 2026”",
    "web.new.create": "Create",
    "web.new.bad_name": "Give the engagement a name of 1 to 200 characters.",
    "web.confirm.title": "Move to the trash?",
    "web.confirm.trash": "Nothing is lost: you can restore it from the trash at any time.",
    "web.confirm.yes": "Move to the trash",
    "web.confirm.engagement": "The engagement “{name}” and all its waves will be moved to the trash.",
    "web.confirm.ratings": "The wave(s) {waves} (file {filename}) will be moved to the trash; reports will no longer include them.",
    "web.confirm.register": "The register {filename} will be moved to the trash; the previous register, if any, will be used again.",
    "web.issues.severity": "Kind",
    "web.issues.where": "Where",
    "web.issues.message": "Problem",
    "web.issues.error": "Error",
    "web.issues.warning": "Warning",
    "web.issues.line": "line {line}",
    "web.issues.sheet": "sheet “{sheet}”",
    "web.error.heading.400": "Bad request",
    "web.error.heading.401": "Open the app from its link",
    "web.error.heading.403": "Not allowed",
    "web.error.heading.404": "Not found",
    "web.error.heading.405": "Not allowed here",
    "web.error.heading.409": "Cannot do that now",
    "web.error.heading.413": "Too large",
    "web.error.heading.415": "Not a CSV file or a workbook",
    "web.error.heading.422": "Cannot use this",
    "web.error.heading.500": "Something went wrong",
    "web.error.heading.generic": "Something went wrong",
    "web.error.heading.503": "The workspace cannot be used now",
    "web.error.heading.507": "The disk is full",
    "web.error.status": "Error {status}",
    "web.error.home": "Back to the engagements",
    "web.error.bad_request": "The request could not be understood. Go back and try again.",
    "web.error.unauthorized": "This page needs the link that “alliance-graph serve” printed when it started.",
    "web.error.forbidden": "You are not allowed to do this.",
    "web.error.library": "This engagement's data cannot be used for this: {message}",
    "web.error.not_found": "There is no such page, engagement or file (it may be in the trash).",
    "web.error.method_not_allowed": "This address does not accept this kind of request.",
    "web.error.conflict": "This cannot be done in the engagement's current state.",
    "web.error.too_large": "The upload is larger than the limit of {limit} MB. Split the file, or start the app with a larger --max-upload-mb.",
    "web.error.unsupported_media_type": "Only CSV files and workbooks (.xlsx, .xlsm, .ods) are accepted.",
    "web.error.invalid": "The data could not be used.",
    "web.error.internal_error": "The app met an unexpected problem; nothing was changed. Try again, and if it happens again, restart alliance-graph serve.",
    "web.error.generic": "The request could not be completed.",
    "web.error.too_many_parts": "The form has too many parts: at most {parts} fields and files are accepted, and a text field holds at most {field} kB. Send the upload form as the app's page does: one ratings file, one register.",
    "web.error.bad_json": "The request’s JSON is nested too deeply to be read. Send a plain object, such as the one with a “name” that creates an engagement.",
    "web.error.workspace_busy": "The workspace is busy storing another change, so nothing was stored. Try again in a few seconds.",
    "web.error.workspace_read_only": "The workspace file, or its folder, is read-only, so nothing could be stored and nothing was changed. Make them writable, or start alliance-graph serve with another --workspace.",
    "web.error.workspace_disk_full": "The disk that holds the workspace is full, so nothing was stored. Free some space and try again.",
    "web.error.workspace_damaged": "The workspace file is damaged, so nothing was written to it. Stop alliance-graph serve, keep a copy of the file, and restore it from a backup.",
    "web.error.workspace_newer": "The workspace was written by a newer version of alliance-graph, so nothing was written to it. Upgrade alliance-graph to use it.",
    "web.error.workspace_unavailable": "The workspace cannot be used now, so nothing was stored. Try again in a moment.",
    "web.error.bad_host": "This address is not one the app answers to. Open the link that “alliance-graph serve” printed.",
    "web.error.foreign_origin": "This request came from another website, so it was refused. Use the app's own pages.",
    "web.error.no_token": "Open the app with the link that “alliance-graph serve” printed in its terminal (it ends with ?token=…).",
    "web.error.wrong_token": "This link's token is not the current one: the app was restarted. Open the new link printed in its terminal.",
    "web.error.csrf": "This form has expired or did not come from this app. Go back, reload the page and try again.",
    "web.error.not_csv": "“{name}” is neither a CSV file nor a workbook. Upload the .xlsx, .xlsm or .ods workbook itself, or save it from your spreadsheet as CSV (.csv).",
    "web.error.not_workbook": "“{name}” is not an Excel or OpenDocument workbook, whatever its name says. Save it again from your spreadsheet as .xlsx, or as CSV.",
    "web.error.workbook": "“{name}” cannot be read: {reason}.",
    "web.error.not_text": "“{name}” cannot be read as CSV: {reason}.",
    "web.error.too_many_rows": "“{name}” has {rows} lines; the limit is {limit}.",
    "web.error.too_many_columns": "“{name}” has {columns} columns; the limit is {limit}.",
    "web.error.audience": "The audience is coach (everything) or shared (group figures only), not “{value}”.",
    "web.engagement.created": "Created {when}",
    "web.engagement.report_en": "Report (English)",
    "web.engagement.report_fr": "Rapport (français)",
    "web.engagement.compare": "Comparison across waves",
    "web.engagement.waves": "Waves",
    "web.engagement.wave": "Wave",
    "web.engagement.file": "File",
    "web.engagement.uploaded": "Uploaded",
    "web.engagement.actions": "Actions",
    "web.engagement.download": "Download",
    "web.engagement.delete": "Delete",
    "web.engagement.no_waves": "No wave yet: upload a survey file below.",
    "web.engagement.register": "Stakeholder register",
    "web.engagement.register_history": "Earlier registers ({count})",
    "web.engagement.delete_engagement": "Delete this engagement…",
    "web.engagement.no_data": "This engagement has no ratings yet: upload a survey file first.",
    "web.engagement.invalid": "The engagement's data has errors; fix them on the engagement page first.",
    "web.engagement.unreadable": "The stored file {files} can no longer be read, so this engagement has no report. Delete it (it goes to the trash, where it can still be downloaded), then upload it again.",
    "web.engagement.unreadable_scale": "The scale stored with {files} (“{scale}”) can no longer be read, so this engagement has no report. Delete that file (it goes to the trash, where it can still be downloaded), then upload it again with the “Rating scale” field filled in.",
    "web.engagement.unreadable_title": "This engagement can no longer be read",
    "web.engagement.remove": "Delete {filename}…",
    "web.upload.title": "Add a wave",
    "web.upload.help": "Each ratings file is one wave, named by the label below (or by the file name). A file with its own wave column brings its waves. A register replaces the previous one. Files are checked first: if anything is wrong, nothing is stored.",
    "web.upload.drop": "Ratings file (CSV or workbook)",
    "web.upload.drop_hint": "Drop the file here, or choose it:",
    "web.upload.wave": "Wave label",
    "web.upload.wave_hint": "optional; default: the file name, or a form export's title",
    "web.upload.wave_placeholder": "T1, 2026-01, kick-off…",
    "web.upload.scale": "Rating scale",
    "web.upload.scale_hint": "optional, MIN:MAX; inferred if empty",
    "web.issue.SCALE_UNKNOWN": "Every score read is {value}, and a single value cannot tell the scale, so none is guessed. Fill in the “Rating scale” field (MIN:MAX, for example 1:5 or 0:1) and upload the file again.",
    "web.issue.SCALE_TOO_WIDE": "No scale was declared, and the scores reach {value}: the scale they fit, {scale}, spans more than {limit} points, too wide to be guessed. Fill in the “Rating scale” field (MIN:MAX, for example 1:5) and upload the file again: any score outside it is then listed with its line.",
    "web.upload.register": "Stakeholder register (CSV or workbook)",
    "web.upload.register_hint": "optional: id, name, group, role",
    "web.upload.submit": "Check and store",
    "web.upload.bad_label": "The wave label “{label}” cannot be used: at most {limit} characters, and no / or \\.",
    "web.upload.bad_scale": "The scale “{value}” cannot be used: write MIN:MAX with MIN below MAX, such as 1:5 or -3:3, each bound between -1,000,000 and 1,000,000.",
    "web.upload.no_file": "Choose a ratings file or a register to upload.",
    "web.upload.scale_needs_ratings": "A scale goes with a ratings file: choose one, or leave the scale empty.",
    "web.upload.refused": "Nothing was stored. Fix the errors listed here, then upload the file again (warnings alone never stop an upload).",
    "web.upload.wave_exists": "The engagement already has a wave or an upload named “{wave}”. Give this file another wave label, or delete the old wave first.",
    "web.upload.waves_exist": "The file holds wave(s) {waves} that the engagement already has. Delete the old wave(s) first, or upload a file with only the new waves.",
    "web.upload.waves_from_file": "These waves come from the file's own wave column (or from its sheets, one per wave).",
    "web.upload.label_not_used": "The label “{label}” was not used as a wave name, because the file names its waves itself.",
    "web.check.title": "Data check",
    "web.check.ratings": "Ratings",
    "web.check.waves": "Waves",
    "web.check.stakeholders": "Stakeholders",
    "web.check.scale": "Scale",
    "web.check.inferred": "(inferred)",
    "web.check.scale_unknown": "unknown",
    "web.check.invalid": "The stored data has errors (see below), so there is no report. Delete or replace the file concerned.",
    "web.check.downloads": "Download the metrics:",
    "web.upload.not_stored": "The file was not stored",
    "web.upload.try_again": "Choose the corrected file below and upload it again.",
    "web.check.problems": "Problems found ({count})",
    "web.check.warnings": "Warnings ({count})",
    "web.check.no_issues": "No problem found.",
    "web.compare.title": "Comparison across waves",
    "web.compare.intro": "What changed from one wave to the next, and whether the change is real or within the noise.",
    "web.compare.report": "Open the report",
    "web.compare.pair": "From {before} to {after}",
    "web.compare.none": "Only one wave so far: upload another wave to compare.",
    "web.flash.created": "The engagement “{name}” was created. Upload its first wave below.",
    "web.flash.register": "The register {filename} was stored.",
    "web.flash.uploaded": "{filename} was stored: wave(s) {waves}.",
    "web.flash.warnings": "{count} warning(s): see the data check below.",
    "web.flash.trashed": "The engagement “{name}” was moved to the trash.",
    "web.flash.restored": "Restored from the trash.",
    "web.flash.file_trashed": "{filename} was moved to the trash.",
    "web.flash.file_restored": "{filename} was restored.",
    "web.flash.clash": "This file cannot be restored: the engagement has wave(s) {waves} again. Delete them first.",
    "web.size.bytes": "{n} bytes",
    "web.size.kb": "{n} KB",
    "web.size.mb": "{n} MB",
    "web.check.network_downloads": "Download the network of every wave:",
    "privacy.coach": "Coach",
    "privacy.sponsor": "Sponsor",
    "privacy.coachee": "Coachee",
    "privacy.stakeholder": "Stakeholder",
    "privacy.anonymous": "{base} (anonymous {n})",
    "privacy.anonymous_role": "{base} (anonymous)",
    "web.error.network_format": "The network comes as gexf, json or xlsx, not “{value}”.",
    "report.shared.title": "Alliance report — shared version",
    "report.shared.lead": "{groups} groups, {stakeholders} people, {ratings} answers over {waves} wave(s), on a {scale} scale ({dimensions}).",
    "report.shared.rule": "This version protects every respondent: it shows only group figures computed from the answers of at least {k} people, and no one's individual answers, ties or name.",
    "report.shared.rule_viewpoints": "This version protects every respondent: it shows only group figures computed from the answers of at least {k} people, and no one's individual answers, ties or name, except the coachee's, the sponsor's and the coach's views of the objectives, which the coach chose to share.",
    "report.shared.nav.summary": "Summary",
    "report.shared.nav.alerts": "Alerts",
    "report.shared.nav.network": "Groups network",
    "report.shared.nav.trends": "Trends",
    "report.shared.nav.groups": "Groups",
    "report.shared.nav.changes": "Changes",
    "report.shared.nav.about": "How answers are protected",
    "report.shared.card.level": "Mean alliance of the coach with the groups shown, 0 to 1.",
    "report.shared.card.balance": "1 when every group shown is equally allied with the coach.",
    "report.shared.groups_shown": "Groups shown",
    "report.shared.network.title": "Trust between groups",
    "report.shared.network.lead": "Each group is a circle in its colour, sized by the trust within the group; ★ is the coach. An arrow from one group to another is the mean trust its members give, shown only when at least {k} of them answered. Hover for the numbers.",
    "report.shared.legend.size": "size: trust within the group",
    "report.shared.groups.title": "Groups, wave {wave}",
    "report.shared.groups.members": "People",
    "report.shared.groups.raters": "Answered",
    "report.shared.groups.alliance": "Alliance with the coach",
    "report.shared.groups.coach_view": "Coach's view",
    "report.shared.groups.within": "Trust within",
    "report.shared.groups.note": "Alliance with the coach: the mean, over the group's members, of the trust between them and the coach (both directions). Coach's view: the coach's own mean rating of the group, shown when the coach rated at least {k} of its members.",
    "report.shared.groups.goals": "Alliance on goals",
    "report.shared.groups.goals_note": "Alliance on goals: the same, on the answers to the agreement-on-goals question alone; shown when at least {k} of the group's members answered it about the coach.",
    "report.shared.changes.none": "No group had at least {k} answers in both waves: nothing can be compared without exposing someone.",
    "report.shared.about.title": "How answers are protected",
    "report.shared.about.groups": "Every figure is a group figure computed from the answers of at least {k} people. No individual answer, tie or name appears anywhere in this file, including its tooltips and pictures.",
    "report.shared.about.small": "When fewer than {k} people of a group answered, the group is marked “not enough answers” and its answers are left out of every figure of that wave, totals included, so they cannot be worked out by subtraction.",
    "report.shared.about.roles": "The sponsor and the coachee count inside their own group, like everyone else: their answers never appear on their own.",
    "report.shared.about.coach": "The coach's own view of a group is shown only when the coach rated at least {k} of its members.",
    "report.shared.about.names": "Groups keep the names the organisation gave them; people are never named.",
    "report.shared.about.groups_viewpoints": "Every figure is a group figure computed from the answers of at least {k} people, except the coachee's, the sponsor's and the coach's views of the objectives, which the coach chose to share. No other individual answer, and no tie or name, appears anywhere in this file, including its tooltips and pictures.",
    "report.shared.about.roles_viewpoints": "The sponsor and the coachee count inside their own group, like everyone else. Only their views of the objectives' progress, and the coach's, are shown on their own, because the coach chose to share them; the sponsor's answers then no longer count among the {k} people a group needs.",
    "report.shared.footer": "Made with alliance-graph. This shared version holds group figures from at least {k} people each and no names; it works offline.",
    "report.shared.footer_viewpoints": "Made with alliance-graph. This shared version holds group figures from at least {k} people each, the coachee's, the sponsor's and the coach's views of the objectives, and no names; it works offline.",
    "report.shared.glossary.group_alliance": "How allied a group is with the coach; in this version the sponsor and the coachee count inside their own group.",
    "report.shared.coach": "Coach",
    "report.shared.no_group": "No group",
    "report.shared.tip.tie": "mean trust {strength} · sign {sign} · {ratings} answers from {raters} people",
    "report.shared.tip.members": "{members} people · {raters} answered",
    "report.shared.tip.within": "Trust within the group {value}",
    "report.shared.not_enough": "Not enough answers to show (at least {needed} are needed)",
    "report.shared.too_few": "too few",
    "report.shared.picture": "Trust between groups in wave {wave}",
    "report.shared.text.title": "Wave {wave} — group figures (each from at least {k} people)",
    "report.shared.tip.member": "1 person · {raters} answered",
    "web.error.min_group_size": "The smallest group shown is a whole number from 2 up, not “{value}”.",
    "web.engagement.report_shared": "Shared report (groups only)",
    "web.check.shared_downloads": "For the client organisation (group figures from at least 3 people, no names):",
    "report.shared.tip.coach_tie": "the coach's mean rating {strength} · sign {sign} · over {ratings} people",
    "alert.ATTENTION_GAP": (
        "Your time with {subject}: {share} of your time with stakeholders, for {members} of "
        "the stakeholders. This group may feel you belong to others: plan time with them."
    ),
    "alert.LOW_TRUST_NOT_MET": (
        "Trust you little and were not met in this wave ({count}): {names}. A "
        "conversation may repair what a survey only shows."
    ),
    "cli.objectives": "Objectives: {count} ({ids}).",
    "cli.progress": "Progress: {answers} answer(s) on {objectives} objective(s) in waves {waves}.",
    "cli.interactions": "Interaction log: {events} event(s) ({measure}) in waves {waves}.",
    "cli.measure.count": "counted",
    "cli.measure.duration": "minutes summed",
    "cli.measure.weight": "weights summed",
    "report.nav.time": "Time",
    "report.time.title": "Where your time went, beside where the trust is",
    "report.time.lead": "From your interaction log: {total} {measure} with stakeholders in wave {wave}. Each group's share of your time (coloured) is set against its share of the stakeholders (grey); its alliance with you is on the right.",
    "report.time.chart": "Your time and the alliance, by group, wave {wave}",
    "report.time.alt": "Bar chart of the share of the coach's time and the share of stakeholders per group, with each group's alliance, wave {wave}.",
    "report.time.your_time": "share of your time",
    "report.time.people_share": "share of the stakeholders",
    "report.time.alliance": "alliance",
    "report.time.attention_balance": "Attention balance",
    "report.time.events": "Events",
    "report.time.balance_help": "Attention balance: the balance index computed on your time per group member (1: every group gets time in proportion to its size). Balance index: the same on the alliances.",
    "report.time.low_not_met": "Trust you little and were not met (wave {wave})",
    "report.time.met_unknown": "Met, but their trust is unknown (wave {wave})",
    "report.time.nobody": "Nobody.",
    "report.time.combined": "Combined strength ({alpha} × trust + the rest × interactions), mean over the ties in both layers: {value}.",
    "report.time.measure.count": "interactions",
    "report.time.measure.duration": "minutes",
    "report.time.measure.weight": "weighted interactions",
    "text.attention": "Your time by group (attention balance {value})",
    "text.net.title": "Wave {wave} · {people} people · {ties} ties (interactions)",
    "text.net.strength": "Mean strength",
    "text.net.reciprocity": "Reciprocity (ties · weight)",
    "text.net.clustering": "Transitivity · clustering",
    "text.net.pagerank": "Most central (PageRank)",
    "text.net.brokers": "Brokers ({k} sources)",
    "issue.EVENT_OUTSIDE_WAVES": "This event ({value}) falls in no wave, so it is not counted.",
    "report.network.layer": "Ties",
    "report.network.trust": "Trust (survey)",
    "report.network.interactions": "Interactions (log)",
    "report.legend.interaction": "interaction (log)",
    "report.tip.interaction.count": "{events} interaction(s) · strength {strength}",
    "report.tip.interaction.duration": "{events} interaction(s), {amount} minutes · strength {strength}",
    "report.tip.interaction.weight": "{events} interaction(s), weight {amount} · strength {strength}",
}
