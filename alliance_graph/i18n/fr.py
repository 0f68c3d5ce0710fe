"""French strings."""

MESSAGES = {
    "word.line": "ligne {line}",
    "word.colon": "\u00a0: ",
    "word.and": " et ",
    "word.or": " ou ",
    "word.sheet": "feuille «\u00a0{sheet}\u00a0»",
    "severity.error": "erreur",
    "severity.warning": "avertissement",
    "cli.files": "Fichiers\u00a0:",
    "cli.file": "  {path}  ({shape}, {encoding}, {delimiter}, {rows} lignes)",
    "cli.sheet": "  {path}, feuille «\u00a0{sheet}\u00a0»  ({shape}, {encoding}, {rows} lignes)",
    "cli.sheet_ignored": "  {path}, feuille «\u00a0{sheet}\u00a0»  (non lue\u00a0: {reason})",
    "cli.survey": (
        "Enquête\u00a0: {ratings} réponses, {count} vague(s) {waves}, {stakeholders} parties "
        "prenantes, échelle {scale}"
    ),
    "cli.inferred": " (déduite)",
    "cli.scale_unknown": "inconnue",
    "cli.issues": "Problèmes\u00a0: {errors} erreur(s), {warnings} avertissement(s)",
    "cli.valid": "Valide.",
    "cli.invalid": "Non valide\u00a0: corrigez les erreurs ci-dessus puis relancez.",
    "cli.error": "Erreur\u00a0: {message}",
    "cli.wrote": "Fichier écrit\u00a0: {path}",
    "cli.progress.reading": "Lecture",
    "cli.progress.interactions": "Indicateurs d’interactions",
    "cli.progress.dask": "Agrégation avec Dask",
    "cli.report_file": "{stem}-rapport.html",
    "cli.shared_report_file": "{stem}-rapport-partage.html",
    "cli.pack_file": "{stem}-reunion-{stage}.html",
    "cli.pack_needs_objectives": (
        "le dossier de la réunion tripartite a besoin des objectifs convenus au lancement\u00a0: "
        "donnez leur registre avec --objectives, ou des réponses de progrès parmi INPUT"
    ),
    "cli.wrote_mapping": "Fichier écrit\u00a0: {path} (la clé qui mène aux noms\u00a0: gardez-la à part)",
    "cli.needs_answers": (
        "alliance-graph {command} a besoin de réponses d’enquête\u00a0; pour un journal "
        "d’interactions seul, utilisez alliance-graph metrics"
    ),
    "cli.warnings": "{count} avertissement(s) sur les données\u00a0: {kinds}",
    "cli.warnings_more": "  … et {count} autre(s)",
    "cli.warnings_where.report": (
        "La liste complète est dans la section «\u00a0{section}\u00a0» du rapport."
    ),
    "cli.warnings_where.validate": (
        "Pour la liste complète, lancez alliance-graph validate sur les mêmes fichiers."
    ),
    "shape.long": "une réponse par ligne",
    "shape.wide": "export de formulaire",
    "shape.matrix": "matrice",
    "shape.register": "registre",
    "shape.interactions": "journal d’interactions",
    "shape.objectives": "registre des objectifs",
    "shape.progress": "réponses de progrès",
    "shape.ignored": "non lue",
    "sheet.empty": "la feuille est vide",
    "sheet.not_worksheet": "une feuille de graphique ou de macros, pas un tableau",
    "sheet.no_rows": "des en-têtes mais aucune ligne",
    "sheet.no_columns": (
        "aucune colonne pour la personne qui répond, la personne évaluée et la note, ni "
        "les noms d’un registre"
    ),
    "sheet.other_register": "un registre, mais le registre a été lu ailleurs",
    "sheet.not_named": "une autre feuille du classeur a été désignée",
    "sheet.not_register": "le registre a été lu dans une autre feuille",
    "sheet.other_objectives": "un registre des objectifs, mais les objectifs ont été lus ailleurs",
    "sheet.not_objectives": "le registre des objectifs a été lu dans une autre feuille",
    "delimiter.comma": "virgule",
    "delimiter.semicolon": "point-virgule",
    "delimiter.tab": "tabulation",
    "delimiter.pipe": "barre verticale",
    "column.rater": "la personne qui répond (évaluateur, rater)",
    "column.ratee": "la personne évaluée (évalué, ratee)",
    "column.score": "les réponses (note, score)",
    "column.person": "l’identifiant ou le nom de chaque personne (identifiant, nom)",
    "column.source": "la personne à l’origine de chaque interaction (de, émetteur)",
    "column.target": "la personne rencontrée (destinataire, invité)",
    "column.timestamp": "le moment de chaque interaction (date, horodatage)",
    "field.rater": "évaluateur",
    "field.ratee": "évalué",
    "field.role": "rôle",
    "field.group": "groupe",
    "field.id": "identifiant",
    "field.timestamp": "horodatage",
    "field.source": "source",
    "field.target": "cible",
    "text.title": "Vague {wave} · {nodes} parties prenantes · {ties} liens · coach {coach}",
    "text.level": "Niveau d’alliance",
    "text.level_help": "alliance moyenne des {groups} groupes (de 0 à 1)",
    "text.goals_level": "Alliance sur les objectifs",
    "text.goals_level_help": "le même sur les seules réponses « accord sur les objectifs »",
    "text.balance": "Indice d’équilibre",
    "text.balance_help": "1 = tous les groupes également alliés, 0 = un seul groupe a tout",
    "text.gap": "Écart d’alliance",
    "text.gap_help": "plus forte {strong} {strong_value}, plus faible {weak} {weak_value}",
    "text.dominance": "Poids du commanditaire",
    "text.dominance_help": "alliance du commanditaire moins la moyenne des autres groupes",
    "text.reciprocity": "Réciprocité",
    "text.reciprocity_help": "liens positifs rendus",
    "text.weighted_reciprocity": "Réciprocité pondérée",
    "text.weighted_reciprocity_help": "part de la confiance donnée qui est rendue (0 à 1)",
    "text.triangles": "Équilibre des triangles",
    "text.triangles_help": "{balanced} triangles équilibrés sur {total}",
    "text.frustration": "Indice de frustration",
    "text.frustration_help": "liens sur {ties} qui brisent le schéma en deux camps ({exact})",
    "text.exact": "exact",
    "text.upper_bound": "majorant",
    "text.walk": "Équilibre des marches",
    "text.walk_help": "1 = équilibré à toute distance",
    "text.groups": "Alliances par groupe",
    "text.alerts": "Alertes ({count}) :",
    "text.no_alerts": (
        "Aucune alerte : aucun groupe sous le plancher, pas de poids excessif du "
        "commanditaire, pas de grand écart de perception."
    ),
    "group.sponsor": "le commanditaire",
    "group.coachee": "la personne coachée",
    "group.(coach)": "le coach",
    "group.(no group)": "les personnes sans groupe",
    "alert.NO_COACH": (
        "Aucun coach n’a été trouvé : les indicateurs centrés sur le coach restent vides. "
        "Donnez au coach le rôle coach dans le registre, ou désignez-le avec --coach."
    ),
    "alert.SPONSOR_DOMINANCE": (
        "L’alliance avec le commanditaire dépasse de {value} la moyenne des autres groupes "
        "(alerte au-delà de {threshold}). Les autres peuvent vous voir comme l’homme ou la "
        "femme du commanditaire : donnez du temps à {weakest}, où l’alliance est la plus "
        "faible."
    ),
    "alert.GROUP_BELOW_FLOOR": (
        "L’alliance avec {subject} est de {value}, sous le plancher de {floor}. La confiance "
        "de ce groupe est en jeu : rencontrez-le, écoutez-le et vérifiez ce qu’il attend "
        "du coaching."
    ),
    "alert.NO_ALLIANCE_DATA": (
        "Aucune réponse ne relie {name} et le coach dans cette vague : cette alliance est "
        "inconnue. Demandez à {name} de répondre, et évaluez vous-même la relation."
    ),
    "alert.COACH_OVERESTIMATES": (
        "Vous évaluez votre relation avec {name} {gap} plus haut que {name} ({own} contre "
        "{theirs}) : la confiance n’est pas rendue comme vous le pensez. Vérifiez-le "
        "ouvertement avec cette personne."
    ),
    "alert.COACH_UNDERESTIMATES": (
        "{name} évalue la relation {gap} plus haut que vous ({theirs} contre {own}) : un "
        "allié que vous sollicitez peut-être trop peu."
    ),
    "alert.OBJECTIVE_VIEWS_DIFFER.sponsor_self": (
        "Objectif {objective} : le commanditaire voit {first} là où la personne coachée voit {second} (sur −3 … +3). Ils ne voient pas le même coaching : parlez-en à la prochaine réunion tripartite."
    ),
    "alert.OBJECTIVE_VIEWS_DIFFER.stakeholders_self": (
        "Objectif {objective} : les parties prenantes voient {first} là où la personne coachée voit {second} (sur −3 … +3). Partagez avec elle ce qu’elles voient."
    ),
    "alert.OBJECTIVE_VIEWS_DIFFER.coach_stakeholders": (
        "Objectif {objective} : vous voyez {first} là où les parties prenantes voient {second} (sur −3 … +3). Confrontez votre regard au leur avant la prochaine réunion."
    ),
    "alert.OBJECTIVE_WEAK_GROUP": (
        "L’objectif {objective} dépend du groupe « {group} », où votre alliance est de {alliance} (sous {floor}) : renforcez-la avant de compter sur son regard sur les progrès."
    ),
    "alert.OBJECTIVE_NOT_RATED": (
        "Aucun observateur de l’objectif {objective} ({observers}) n’a noté ses progrès dans cette vague : demandez-leur leur regard."
    ),
    "alert.OBJECTIVE_NO_SPONSOR": (
        "Le commanditaire n’a pas noté les progrès de l’objectif {objective} dans cette vague : demandez son regard avant la prochaine réunion tripartite."
    ),
    "alert.NOT_ENOUGH_ANSWERS": (
        "Pas assez de réponses de {subject} pour montrer leurs chiffres sans exposer "
        "personne ({answers} réponses ; il en faut {needed})."
    ),
    "issue.EMPTY_FILE": "Le fichier est vide.",
    "issue.UNREADABLE_FILE": "Le fichier ne peut pas être lu comme un tableau CSV : {reason}.",
    "reason.encoding": "ce n’est pas du texte valide dans l’encodage indiqué",
    "reason.workbook": (
        "c’est un classeur de tableur, pas un CSV\u00a0: donnez-lui son nom de classeur (.xlsx, "
        ".xlsm ou .ods), ou enregistrez-le au format CSV"
    ),
    "reason.old_workbook": (
        "c’est un classeur Excel 97-2003 (.xls) ou protégé par un mot de passe\u00a0: "
        "enregistrez-le en .xlsx (sans mot de passe) ou en CSV"
    ),
    "reason.binary": "il contient des données binaires, pas du texte",
    "reason.header_bytes": (
        "sa ligne d’en-tête contient des octets qui ne sont pas de l’UTF-8 valide, l’encodage "
        "du reste du fichier ; corrigez l’en-tête dans le tableur, ou enregistrez de nouveau "
        "le fichier en CSV UTF-8"
    ),
    "reason.parquet_text": (
        "son nom finit par .parquet, mais c’est un fichier texte (CSV) ; renommez-le en .csv"
    ),
    "reason.parquet_workbook": (
        "son nom finit par .parquet, mais c’est un classeur de tableur ; enregistrez-le au "
        "format CSV"
    ),
    "reason.parquet_other": "son nom finit par .parquet, mais ce n’est pas un fichier Parquet",
    "reason.parquet_damaged": (
        "c’est un fichier Parquet, mais abîmé ou tronqué ; exportez-le de nouveau"
    ),
    "issue.UNREADABLE_WORKBOOK": "Le classeur ne peut pas être lu\u00a0: {reason}.",
    "reason.workbook_damaged": (
        "il est endommagé ou ce n’est pas un classeur ({detail})\u00a0; ouvrez-le dans Excel "
        "ou LibreOffice et enregistrez-le de nouveau"
    ),
    "reason.zip_not_workbook": "c’est une archive zip, pas un classeur Excel ou OpenDocument",
    "reason.workbook_encrypted": (
        "il est protégé par un mot de passe\u00a0; retirez le mot de passe dans votre tableur et "
        "enregistrez-le de nouveau"
    ),
    "reason.workbook_parts": "il contient {parts} parties, plus que les {limit} permises",
    "reason.workbook_too_large": (
        "décompressé, il fait {size}\u00a0Mo, plus que la limite de {limit}\u00a0Mo"
    ),
    "reason.workbook_bomb": (
        "décompressé, il ferait {size}\u00a0Mo à partir d’un fichier bien plus petit, plus que la "
        "limite de {limit}\u00a0Mo\u00a0: il ressemble à une bombe de décompression et n’a pas été "
        "ouvert"
    ),
    "reason.sheet_rows": "sa feuille «\u00a0{sheet}\u00a0» a {rows} lignes\u00a0; la limite est de {limit}",
    "reason.sheet_columns": (
        "sa feuille «\u00a0{sheet}\u00a0» a {columns} colonnes\u00a0; la limite est de {limit}"
    ),
    "reason.sheet_cells": (
        "sa feuille «\u00a0{sheet}\u00a0» couvre {cells} cellules (lignes × colonnes)\u00a0; la "
        "limite est de {limit}"
    ),
    "issue.FORMULA_WITHOUT_VALUE": (
        "La formule {value} de la colonne «\u00a0{column}\u00a0» n’a pas de valeur enregistrée (le "
        "classeur a été enregistré par un programme qui ne calcule pas)\u00a0: la cellule est lue "
        "comme vide. Ouvrez le classeur dans Excel ou LibreOffice, enregistrez-le, puis "
        "relisez-le."
    ),
    "issue.UNCLOSED_QUOTE": (
        'Un guillemet (") ouvre une cellule sur cette ligne et n’est jamais fermé : la suite '
        "du fichier ne peut pas être découpée en cellules."
    ),
    "issue.UNDECODABLE_ROW": (
        "Cette ligne contient des octets qui ne sont pas du {encoding} valide, l’encodage du "
        "reste du fichier (affichés \ufffd : « {value} » dans la colonne « {column} ») ; "
        "elle est laissée de côté."
    ),
    "issue.GARBLED_TEXT": (
        "« {value} » dans la colonne « {column} » semble abîmé par un mauvais encodage "
        "(sans doute « {fixed} ») ; il est utilisé tel quel."
    ),
    "issue.SEP_LINE_MISMATCH": (
        "La première ligne du fichier, « {value} », annonce le séparateur « {declared} », "
        "mais la ligne d’en-tête est découpée par « {used} » : « {used} » est utilisé."
    ),
    "issue.RAGGED_ROW": (
        "Cette ligne a {seen} cellules alors que la ligne d’en-tête en a {expected} ; une "
        "cellule contenant le séparateur doit peut-être être entre guillemets, ou le fichier "
        "est tronqué."
    ),
    "issue.NO_DATA_ROWS": "Le fichier a une ligne d’en-tête mais aucune ligne de données.",
    "issue.MISSING_COLUMN": (
        "Aucune colonne pour {needed}\u00a0; les en-têtes sont\u00a0: {value}. Ajoutez la "
        "colonne qui manque, ou renommez celle qui la contient avec l’un des noms entre "
        "parenthèses."
    ),
    "issue.ANONYMOUS_FORM": (
        "Cet export de formulaire a des questions sur des personnes, mais aucune colonne qui "
        "dise qui a répondu (le formulaire est anonyme)\u00a0: aucune réponse ne peut être "
        "attribuée. Dans le formulaire, ajoutez une question qui demande son nom à chaque "
        "répondant, ou activez la collecte des adresses e-mail\u00a0; les réponses déjà "
        "données restent anonymes\u00a0: demandez aux répondants de répondre de nouveau, "
        "puis exportez encore les réponses."
    ),
    "issue.MISSING_NAME": (
        "La colonne « {column} » est vide sur cette ligne : ses réponses ne peuvent "
        "pas être utilisées."
    ),
    "issue.MISSING_WAVE": (
        "La vague est vide sur cette ligne : ses réponses ne peuvent pas être rattachées."
    ),
    "issue.SAME_WAVE_TWICE": (
        "{other} et {file} seraient tous deux la vague «\u00a0{value}\u00a0», donc ce fichier "
        "n’est pas utilisé (les réponses de deux vagues seraient mêlées)\u00a0: nommez la "
        'vague de chaque fichier sur la ligne de commande, par exemple "{file}=Vague 2".'
    ),
    "issue.SCORE_NOT_A_NUMBER": (
        "« {value} » dans la colonne « {column} » n’est ni un nombre ni une réponse connue. "
        "Écrivez un nombre de l’échelle, une réponse de la liste (comme « Plutôt d’accord » "
        "ou « Souvent ») ou « Je ne sais pas », ou videz la cellule."
    ),
    "issue.SCORE_OUT_OF_RANGE": "La note {value} est hors de l’échelle {scale}.",
    "issue.LABEL_SCALE_MISMATCH": (
        "Les libellés de réponse forment une échelle en {points} points (1:{points}), "
        "mais l’échelle déclarée est {scale}."
    ),
    "issue.SCALE_UNKNOWN": (
        "Toutes les notes lues valent {value} ; une seule valeur ne dit pas l’échelle, qui "
        "n’est donc pas devinée. Déclarez-la avec --scale MIN:MAX, par exemple --scale 1:5 "
        "ou --scale 0:1."
    ),
    "issue.UNKNOWN_ROLE": (
        "Le rôle « {value} » est inconnu : utilisez coach, commanditaire, coaché ou "
        "partie prenante."
    ),
    "issue.CONFLICTING_GROUP": "{name} a deux groupes : « {other} » et « {value} ».",
    "issue.CONFLICTING_ROLE": "{name} a deux rôles : « {other} » et « {value} ».",
    "issue.CONFLICTING_DUPLICATE": (
        "{rater} a évalué {ratee} deux fois pour la dimension {dimension} dans la vague "
        "{wave}, avec des notes différentes ({value} ici, {other} à la ligne {other_line})."
    ),
    "issue.SEVERAL_COACHES": (
        "Plusieurs personnes ont le rôle coach ({value}) : n’en gardez qu’une, ou désignez-la "
        "avec --coach."
    ),
    "issue.UNKNOWN_COACH": "Le coach « {value} » ne fait pas partie de cette enquête.",
    "issue.NO_RATINGS": "Aucune réponse utilisable n’a été trouvée : il n’y a rien à analyser.",
    "issue.DUPLICATE_ID": (
        "L’identifiant « {value} » est utilisé deux fois dans le registre : ici pour "
        "{name}, et à la ligne {other_line} pour {other}. Chaque personne a besoin de son "
        "propre identifiant (si les deux lignes sont une seule personne, supprimez-en une) ; "
        "cette ligne n’est pas utilisée."
    ),
    "issue.AMBIGUOUS_NAME": (
        "« {value} » désigne plusieurs personnes du registre ({ids}, aux lignes "
        "{lines}) : cette ligne n’est attribuée à personne. Écrivez plutôt l’identifiant "
        "de la personne, ou donnez-leur des noms différents dans le registre."
    ),
    "issue.UNUSABLE_NAME": (
        "Il ne reste rien de « {value} » (colonne « {column} ») une fois les "
        "balises et la ponctuation retirées : ce texte ne peut désigner personne. Écrivez "
        "le nom ou l’identifiant de la personne."
    ),
    "issue.SCORE_TOO_LARGE": (
        "La note {shown} (colonne « {column} ») est trop grande pour une note (les "
        "notes vont de -1 000 000 à 1 000 000) : elle n’est pas utilisée. "
        "Vérifiez cette cellule."
    ),
    "issue.SCALE_TOO_WIDE": (
        "Aucune échelle n’a été déclarée, et les notes vont jusqu’à {value} : l’échelle "
        "qui les contient, {scale}, couvre plus de {limit} points, trop pour être devinée. "
        "Déclarez l’échelle avec --scale MIN:MAX (par exemple --scale 1:5) : toute note "
        "hors de l’échelle est alors signalée avec sa ligne."
    ),
    "issue.SCALE_INFERRED": (
        "Aucune échelle n’a été déclarée ; les notes tiennent dans {scale}, qui est utilisée. "
        "Déclarez l’échelle avec --scale si ce n’est pas la bonne."
    ),
    "issue.SELF_RATING": "{value} s’est évalué·e soi-même ; cette réponse est ignorée.",
    "issue.NOT_IN_REGISTER": (
        "{value} figure dans les réponses mais pas dans le registre : son groupe est inconnu."
    ),
    "issue.NOT_IN_REGISTER.suggestions": (
        "{value} n’est pas dans le registre — vouliez-vous dire {suggested}\u00a0? Si oui, "
        "ajoutez « {value} » aux autres noms de cette personne dans le registre (ou corrigez "
        "les réponses) ; d’ici là, {value} compte comme une autre personne, sans groupe."
    ),
    "issue.DONT_KNOW_ANSWERS": (
        "La colonne « {column} » contient {count} réponse(s) qui signifient « pas de note » "
        "({value}), ligne(s) {lines} : elles comptent comme des réponses manquantes, pas "
        "comme des notes."
    ),
    "issue.ALIAS_COLLISION": (
        "L’autre nom « {value} » donné à {name} désigne déjà {other} (ligne {other_line}) "
        "dans le registre : il ne permet pas de les distinguer et n’est pas utilisé. "
        "Retirez-le, ou gardez-le pour une seule personne."
    ),
    "issue.LOW_RESPONSE_RATE": (
        "Seules {raters} personnes sur {total} ont répondu dans la vague {wave} ({percent})."
    ),
    "issue.FEW_RATERS": (
        "La vague {wave} ne compte que {raters} répondant(s) : ses chiffres reposent sur "
        "très peu de réponses."
    ),
    "issue.DUPLICATE_ANSWER": (
        "La même réponse figure déjà à la ligne {other_line} ; elle n’est comptée qu’une fois."
    ),
    "issue.MISSING_SCORE": "Cette ligne n’a pas de note : elle n’est pas utilisée.",
    "issue.NO_ANSWERS": "{value} n’a répondu à aucune question : cette ligne n’est pas utilisée.",
    "issue.EXCEL_ERROR": (
        "« {value} » est une valeur d’erreur de tableur ; elle est traitée comme une "
        "réponse manquante."
    ),
    "issue.UNUSED_COLUMN": "La colonne « {column} » n’est pas comprise : elle n’est pas utilisée.",
    "issue.EMPTY_ROW": "Cette ligne est vide : elle est ignorée.",
    "issue.CONTROL_CHARACTERS": (
        "La colonne « {column} » contenait des caractères de contrôle invisibles "
        "({characters}) ; ils ont été retirés et la cellule se lit « {value} »."
    ),
    "issue.INVALID_CONSENT": (
        "Le consentement « {value} » n’est ni oui ni non ; cette personne ne sera pas nommée."
    ),
    "issue.OBJECTIVE_WITHOUT_ID": (
        "Cet objectif n’a pas d’identifiant : aucune réponse de progrès ne peut le nommer, cette ligne n’est pas utilisée. Donnez-lui un identifiant court (1, 2, O1…)."
    ),
    "issue.DUPLICATE_OBJECTIVE": (
        "L’identifiant d’objectif « {value} » est utilisé deux fois (d’abord ligne {other_line}) ; cette ligne n’est pas utilisée. Donnez à chaque objectif son propre identifiant."
    ),
    "issue.UNKNOWN_OBSERVER_GROUP": (
        "« {value} » n’est pas un groupe du registre : l’objectif ne peut pas être suivi avec lui, cette ligne n’est pas utilisée. Écrivez le groupe comme le registre, ou laissez les observateurs vides pour tout le monde."
    ),
    "issue.TARGET_NOT_A_NUMBER": (
        "La cible « {value} » n’est pas un nombre de −3 à +3 ; cette ligne n’est pas utilisée."
    ),
    "issue.UNKNOWN_OBJECTIVE": (
        "« {value} » n’est pas un objectif du registre des objectifs : cette réponse ne peut pas être comptée, elle est laissée de côté."
    ),
    "issue.PROGRESS_NOT_A_NUMBER": (
        "« {value} » n’est pas une réponse de progrès (un nombre de −3 à +3, ou des mots comme « beaucoup mieux », « pas de changement », « je ne sais pas ») ; elle est laissée de côté."
    ),
    "issue.PROGRESS_OUT_OF_RANGE": (
        "Le progrès {value} est hors de −3 … +3 ; il est laissé de côté."
    ),
    "issue.TWO_OBJECTIVE_REGISTERS": (
        "Cette feuille est un second registre des objectifs : les objectifs sont lus dans {other}, cette feuille n’est donc pas lue. Gardez un seul registre des objectifs : supprimez cette feuille, ou retirez --objectives."
    ),
    "issue.UNKNOWN_AGREED_BY": (
        "« {value} » n’est ni la personne coachée, ni le commanditaire, ni le coach : il n’est pas compté parmi ceux qui ont convenu de cet objectif."
    ),
    "issue.PROGRESS_OUTSIDE_WAVES": (
        "« {value} » n’est pas une vague des réponses de l’enquête : cette réponse de progrès n’est pas comptée ; nommez la vague comme les réponses."
    ),
    "issue.PROGRESS_TWICE": (
        "{rater} a répondu deux fois sur l’objectif {objective} dans la vague {wave}, avec des réponses différentes ({value} ici, {other} dans {other_file} ligne {other_line}) ; gardez-en une."
    ),
    "issue.DUPLICATE_PROGRESS": (
        "La même réponse de progrès figure déjà dans {other_file} ligne {other_line} ; elle est comptée une fois."
    ),
    "issue.BAD_DATE": "« {value} » n’est pas une date ; la date de cette ligne reste vide.",
    "report.title": "Rapport d’alliances",
    "report.generated": "Généré le {date}",
    "report.no_group": "(sans groupe)",
    "report.since": "depuis {wave}",
    "report.like_for_like": "À périmètre égal : sur les évaluations faites dans les deux vagues.",
    "report.first_wave": "première vague",
    "report.points": "{value} pts",
    "report.role.coach": "coach",
    "report.role.sponsor": "commanditaire",
    "report.role.coachee": "coaché·e",
    "report.nav.summary": "Synthèse",
    "report.nav.alerts": "Alertes",
    "report.nav.network": "Réseau",
    "report.nav.trends": "Évolution",
    "report.nav.people": "Parties prenantes",
    "report.nav.objectives": "Objectifs",
    "report.objectives.title": "Objectifs convenus au lancement",
    "report.objectives.lead": (
        "Chaque objectif tel que convenu, et les progrès que chacun voit, de −3 (beaucoup moins bien) à +3 (beaucoup mieux). Là où le commanditaire, la personne coachée et les parties prenantes ne voient pas le même changement, parlez-en à la prochaine réunion tripartite."
    ),
    "report.objectives.view.self": "Personne coachée (elle-même)",
    "report.objectives.view.sponsor": "Commanditaire",
    "report.objectives.view.coach": "Coach (vous)",
    "report.objectives.view.stakeholders": "Parties prenantes",
    "report.objectives.party.coachee": "la personne coachée",
    "report.objectives.party.sponsor": "le commanditaire",
    "report.objectives.party.coach": "vous",
    "report.objectives.party.the_coach": "le coach",
    "report.objectives.and": " et ",
    "report.objectives.agreed": "Convenu le {date} par {who}.",
    "report.objectives.agreed_by": "Convenu par {who}.",
    "report.objectives.agreed_on": "Convenu le {date}.",
    "report.objectives.indicator": "Signe de progrès :",
    "report.objectives.view": "Regard",
    "report.objectives.progress": "Progrès, {wave}",
    "report.objectives.since": "Évolution depuis {wave}",
    "report.objectives.raters": "Réponses",
    "report.objectives.on_target": (
        "Cible atteinte : les parties prenantes voient {progress}, la cible était {target}."
    ),
    "report.objectives.off_target": (
        "Cible pas encore atteinte : les parties prenantes voient {progress}, la cible est {target}."
    ),
    "report.objectives.target_none": "Aucun progrès noté pour l’instant ; la cible est {target}.",
    "report.objectives.target_word": "cible",
    "report.objectives.chart": "Objectif {id} : progrès par vague",
    "report.objectives.chart_alt": (
        "Objectif {id} : le progrès moyen vu par la personne coachée, le commanditaire, vous et les parties prenantes à chaque vague, sur −3 … +3, avec la cible en pointillés."
    ),
    "report.objectives.left_out": "Non montrés, moins de {k} réponses : {groups}.",
    "report.objectives.target_hidden": "Pas encore assez de réponses pour montrer les progrès ; la cible est {target}.",
    "report.objectives.none_rated": "Pas encore noté.",
    "report.pack.meeting": "Réunion tripartite · personne coachée, commanditaire et coach",
    "report.pack.stage.kickoff": "Réunion de lancement",
    "report.pack.stage.mid": "Point à mi-parcours",
    "report.pack.stage.close": "Bilan final",
    "report.pack.coach": "Coach\u00a0: {name}",
    "report.pack.waves": "Vague(s) d’enquête\u00a0: {waves}",
    "report.pack.prepared": "Préparé le {date}",
    "report.pack.shared.title": "Ce qui est partagé, et ce qui ne l’est pas",
    "report.pack.shared.text": (
        "Cette page montre les objectifs, le regard des trois personnes de cette réunion (la personne coachée, le commanditaire et le coach, tous trois présents) et des chiffres de groupe d’au moins {k} personnes chacun. Elle ne montre aucun groupe de moins de {k} réponses, aucune réponse propre à une autre personne, ni aucun commentaire."
    ),
    "report.pack.lead.kickoff": (
        "Les objectifs tels que convenus, le signe de progrès et la cible de chacun. À chaque vague d’enquête, les parties prenantes noteront le changement qu’elles voient, de −3 (bien pire) à +3 (bien mieux)."
    ),
    "report.pack.lead.progress": (
        "Le changement que chacun voit sur chaque objectif, de −3 (bien pire) à +3 (bien mieux). Entre parenthèses, le nombre de personnes qui ont répondu\u00a0; ✓\u00a0: le regard des parties prenantes atteint la cible."
    ),
    "report.pack.target": "Cible {target}",
    "report.pack.change": "Évolution depuis {wave}",
    "report.pack.verdict.real": "un vrai changement",
    "report.pack.verdict.noise": "peut-être du bruit",
    "report.pack.verdict.too_few": "trop peu de personnes pour le dire",
    "report.pack.verdict.one": "le regard d’une personne",
    "report.pack.short_self": "Personne coachée",
    "report.pack.fewer": "moins de {k} réponses",
    "report.pack.on_target": "cible atteinte",
    "report.pack.legend": "○ {before}  ● {after}",
    "report.pack.chart_alt": "Objectif {id}\u00a0: le regard de chacun en {waves}, de −3 à +3, avec la cible.",
    "report.pack.alliance.title": "Équilibre de l’alliance par groupe",
    "report.pack.alliance.lead": (
        "L’alliance de chaque groupe avec le coach, de 0 à 1, d’après les réponses d’au moins {k} de ses membres\u00a0; sous {floor}, elle est faible. L’indice d’équilibre vaut 1 quand tous les groupes sont également alliés."
    ),
    "report.pack.alliance.group": "Groupe",
    "report.pack.alliance.balance": "Indice d’équilibre",
    "report.pack.alliance.floor": "plancher {floor}",
    "report.pack.alliance.alt": "L’alliance de chaque groupe avec le coach en {waves}, de 0 à 1, avec le plancher.",
    "report.pack.alliance.none": "Pas encore d’alliance de groupe à montrer\u00a0: il faut un coach et des groupes d’au moins {k} réponses.",
    "report.pack.one_wave": "Une seule vague pour l’instant\u00a0: pas encore d’évolution à montrer.",
    "report.pack.commitments.title": "Engagements pour la période suivante",
    "report.pack.commitments.coachee": "Personne coachée",
    "report.pack.commitments.sponsor": "Commanditaire",
    "report.pack.commitments.coach": "Coach",
    "report.pack.footer": "Réalisé avec alliance-graph {version}. Chiffres de groupe d’au moins {k} personnes chacun, aucun autre nom\u00a0; cette page fonctionne hors ligne.",
    "report.objectives.view.the_coach": "Coach",
    "report.objectives.viewpoints_shared": "Les regards de la personne coachée, du commanditaire et du coach sont chacun la réponse d’une seule personne : ils sont montrés parce que le coach a choisi de les partager, pour la réunion tripartite où tous trois sont présents.",
    "report.nav.changes": "Changements",
    "report.nav.quality": "Données",
    "report.nav.glossary": "Glossaire",
    "report.summary.lead": "{stakeholders} parties prenantes, {ratings} réponses sur {waves} vague(s), sur une échelle de {scale} ({dimensions}).",
    "report.summary.coach": "Coach",
    "report.summary.sponsor": "Commanditaire",
    "report.summary.coachee": "Personne coachée",
    "report.summary.groups": "Groupes",
    "report.summary.waves": "Vagues",
    "report.summary.wave": "Vague",
    "report.summary.period": "Réponses",
    "report.summary.raters": "Répondants",
    "report.summary.response": "Taux",
    "report.summary.ties": "Liens",
    "report.cards.title": "Chiffres clés, vague {wave}",
    "report.nav.now": "À faire maintenant",
    "report.now.title": "À faire maintenant, après la vague {wave}",
    "report.now.label": "{label}\u00a0:",
    "report.now.weakest_label": "Alliance la plus faible",
    "report.now.weakest": "{group}, à {value} pour un niveau de {level}.",
    "report.now.weakest_floor": "{group}, à {value}\u00a0: sous le plancher de {floor} (niveau {level}).",
    "report.now.sponsor_label": "Poids du commanditaire",
    "report.now.sponsor_heavy": "l’alliance avec le commanditaire ({value}) dépasse de {dominance} la moyenne des autres groupes (alerte au-delà de {threshold})\u00a0: on peut vous voir comme la personne du commanditaire.",
    "report.now.sponsor_even": "l’alliance avec le commanditaire ({value}) dépasse de {dominance} la moyenne des autres groupes\u00a0: dans la ligne des autres.",
    "report.now.sponsor_light": "l’alliance avec le commanditaire ({value}) est de {dominance} sous la moyenne des autres groupes.",
    "report.now.not_returned_label": "Confiance non rendue",
    "report.now.not_returned_help": "vous les notez plus haut qu’ils ne vous notent.",
    "report.now.underestimated_label": "Confiance que vous sous-estimez",
    "report.now.underestimated_help": "ils vous notent plus haut que vous ne les notez.",
    "report.now.nobody": "personne — votre vue de chaque relation est proche de la leur.",
    "report.now.see_group": "la ligne du groupe",
    "report.now.see_alert": "l’alerte",
    "report.now.changes_label": "Vrais changements depuis {wave}",
    "report.now.changes_label_first": "Changements",
    "report.now.first_wave": "C’est la première vague\u00a0: rien à comparer encore.",
    "report.now.no_real_change": "aucun\u00a0: ce qui a bougé peut être du bruit.",
    "report.now.all_changes": "tous les changements",
    "report.now.next": "Prochaines conversations",
    "report.now.next_lead": "Classées par ce que chacune apporterait à l’indice d’équilibre si cette alliance atteignait le niveau ({level}).",
    "report.now.next_lead_weighted": "Classées par ce que chacune apporterait à l’indice d’équilibre si cette alliance atteignait le niveau ({level}), pondéré par le pouvoir (d’après le registre).",
    "report.now.people": "{count} personnes",
    "report.now.balance": "alliance {alliance} → {level} · indice d’équilibre {gain} (à {after}) · niveau {level_gain}",
    "report.now.level_only": "alliance {alliance} → {level} · niveau {level_gain}",
    "report.now.each": "chacun·e\u00a0: {text}",
    "report.now.power": "poids du pouvoir {weight}",
    "report.now.contact": "dernier contact il y a {days} jour(s) ({date})",
    "report.now.contact_on": "dernier contact le {date}",
    "report.now.no_contact": "aucun contact dans le journal",
    "report.now.next_none": "Chaque alliance est au niveau ou au-dessus\u00a0: aucune conversation ne ressort.",
    "report.now.next_more": "{count} autre(s) sous le niveau\u00a0: voir le tableau des parties prenantes.",
    "report.groups.title": "Alliances par groupe, vague {wave}",
    "report.groups.lead": "Niveau (la moyenne sur les groupes)\u00a0: {level}. Changement depuis {previous}\u00a0: seul un test de permutation le dit réel.",
    "report.groups.lead_first": "Niveau (la moyenne sur les groupes)\u00a0: {level}.",
    "report.groups.group": "Groupe",
    "report.groups.people": "Personnes",
    "report.groups.alliance": "Alliance",
    "report.groups.vs_level": "Écart au niveau",
    "report.groups.change": "Changement",
    "report.groups.verdict": "Verdict",
    "report.groups.real": "un vrai changement",
    "report.groups.noise": "peut être du bruit",
    "report.groups.few": "trop peu pour le dire",
    "report.groups.weakest": "la plus faible",
    "report.glossary.next_gain.term": "Gain d’une prochaine conversation",
    "report.glossary.next_gain.formula": "gain = B′ − B, où B′ est l’indice d’équilibre avec A(G) ← L pour un groupe, ou a(k) ← L et A(G) ← A(G) + (L − a(k)) / n(G) pour une personne ; classé par gain × pouvoir / plus grand pouvoir quand le registre donne le pouvoir",
    "report.glossary.next_gain.meaning": "Ce que gagnerait l’indice d’équilibre si cette alliance atteignait le niveau L : les prochaines conversations sont classées ainsi, et seules les alliances sous le niveau sont candidates.",
    "report.card.level": "Niveau d’alliance",
    "report.card.level.help": "Alliance moyenne du coach avec chaque groupe, de 0 à 1.",
    "report.card.balance": "Indice d’équilibre",
    "report.card.balance.help": "1 quand tous les groupes sont également alliés au coach.",
    "report.card.reciprocity": "Réciprocité",
    "report.card.reciprocity.help": "Part des liens positifs qui sont rendus.",
    "report.card.structural": "Équilibre structurel",
    "report.card.structural.help": "Part des triangles de relations qui sont équilibrés.",
    "report.card.response": "Taux de réponse",
    "report.card.response.help": "Parties prenantes qui ont répondu à l’enquête.",
    "report.alerts.title": "Points d’attention",
    "report.alerts.none": "Aucune alerte dans cette vague.",
    "report.alerts.wave": "Vague {wave}",
    "report.alerts.earlier": "Vagues précédentes",
    "report.alerts.level.action": "À traiter",
    "report.alerts.level.watch": "À surveiller",
    "report.alerts.level.info": "Pour information",
    "report.alerts.fold.COACH_OVERESTIMATES": (
        "Vous évaluez la relation nettement plus haut qu’eux ({count} personnes)\u00a0:"
    ),
    "report.alerts.fold.COACH_UNDERESTIMATES": (
        "Ils évaluent la relation nettement plus haut que vous ({count} personnes)\u00a0:"
    ),
    "report.alerts.fold.NO_ALLIANCE_DATA": (
        "Aucune réponse ne vous relie à ces personnes dans cette vague ({count})\u00a0:"
    ),
    "report.alerts.fold_advice.COACH_OVERESTIMATES": (
        "La confiance n’est pas rendue comme vous le pensez\u00a0: vérifiez-le ouvertement "
        "avec chacune d’elles."
    ),
    "report.alerts.fold_advice.COACH_UNDERESTIMATES": (
        "Des alliés que vous sollicitez peut-être trop peu."
    ),
    "report.alerts.fold_advice.NO_ALLIANCE_DATA": (
        "Demandez-leur de répondre, et évaluez vous-même la relation."
    ),
    "report.alerts.fold_detail": "vous {own}, eux {theirs}",
    "report.network.title": "Le réseau d’alliances",
    "report.network.lead": "Chaque personne est une forme (★ coach, ◆ commanditaire, ■ personne coachée, ● les autres) à la couleur de son groupe, au même endroit à chaque vague ; sa taille montre la confiance qu’elle reçoit. Les liens sont verts quand ils sont positifs, rouges et en tirets quand ils sont négatifs, plus épais quand la confiance ou la défiance est plus forte. Les boutons n’affichent que certains liens ou ceux d’une personne ; survolez une personne ou un lien pour voir ses chiffres ; faites glisser pour déplacer, molette pour zoomer.",
    "report.network.wave": "Vague",
    "report.network.capped": "{shown} liens affichés sur {total} : la confiance et la défiance les plus fortes.",
    "report.legend.positive": "lien positif",
    "report.legend.negative": "lien négatif",
    "report.legend.coach": "coach",
    "report.legend.sponsor": "commanditaire",
    "report.legend.coachee": "coaché·e",
    "report.legend.size": "taille : confiance reçue",
    "report.picture": "Le réseau à la vague {wave}",
    "report.tip.received": "Confiance reçue {value} ({raters} répondants)",
    "report.tip.given": "Confiance donnée {value}",
    "report.tip.not_rated": "Pas évalué·e dans cette vague",
    "report.tip.tie": "force {strength} · signe {sign} · {ratings} réponses",
    "report.tip.alliance": "Alliance avec le coach {value}",
    "report.tip.gap": "Écart de perception {value} (la vue du coach moins la sienne)",
    "report.tip.change.up": "Plus fort depuis {wave} : {before} → {after}",
    "report.tip.change.down": "Plus faible depuis {wave} : {before} → {after}",
    "report.tip.change.flip": "Retourné depuis {wave} : force {before} → {after}",
    "report.tip.change.new": "Nouveau depuis {wave}",
    "report.network.show": "Afficher",
    "report.network.filter.all": "Tous les liens",
    "report.network.filter.coach": "Les liens du coach",
    "report.network.filter.negative": "Les liens négatifs",
    "report.network.filter.changed": "Changés depuis {wave}",
    "report.network.filter.changed_first": "Changés depuis la vague précédente",
    "report.network.filter.changed_help": "Liens nouveaux, liens retournés et liens dont la force a bougé d’au moins 0,10 depuis la vague précédente (comme dans Ce qui a changé)",
    "report.network.view": "Dessiner",
    "report.network.view.groups": "Les groupes",
    "report.network.view.people": "Tout le monde ({count} personnes)",
    "report.network.view.group": "{group} ({count} personnes)",
    "report.network.focus": "Centrer sur",
    "report.network.focus.none": "Personne (tout le monde)",
    "report.network.status.people": "{people} personnes et {ties} liens dessinés.",
    "report.network.status.groups": "{groups} groupes et {ties} liens dessinés : cliquez sur un groupe pour dessiner ses membres.",
    "report.legend.width": "épaisseur : force de la confiance ou de la défiance",
    "report.legend.group_size": "taille d’un groupe : confiance au sein du groupe",
    "report.trends.title": "Évolution",
    "report.chart.groups": "Alliance avec chaque groupe, par vague",
    "report.chart.alliance": "Alliance (de 0 à 1)",
    "report.chart.balance": "Indice d’équilibre par vague",
    "report.chart.matrix": "Confiance entre groupes, vague {wave}",
    "report.chart.from": "Du groupe",
    "report.chart.to": "Vers le groupe",
    "report.chart.gap": "Regard du coach moins celui de la partie prenante, vague {wave}",
    "report.chart.gap_axis": "Écart de perception (force)",
    "report.chart.over": "le coach surestime",
    "report.chart.under": "le coach sous-estime",
    "report.chart.group_alliance.alt": "Courbes de l’alliance avec chaque groupe au fil des vagues.",
    "report.chart.balance.alt": "Courbe de l’indice d’équilibre au fil des vagues.",
    "report.chart.heatmap.alt": "Carte de chaleur de la confiance moyenne d’un groupe envers chaque groupe.",
    "report.chart.coach_gap.alt": "Barres de l’écart entre le regard du coach et celui de chaque partie prenante.",
    "report.people.title": "Parties prenantes, vague {wave}",
    "report.people.name": "Nom",
    "report.people.group": "Groupe",
    "report.people.role": "Rôle",
    "report.people.alliance": "Alliance",
    "report.people.gap": "Écart",
    "report.people.received": "Confiance reçue",
    "report.people.given": "Confiance donnée",
    "report.people.raters": "Répondants",
    "report.people.distrust": "Défiance",
    "report.people.lead": (
        "L’alliance la plus faible avec vous d’abord\u00a0; ▼ signale une alliance sous le "
        "plancher de {floor}. Choisissez un titre de colonne pour trier selon elle."
    ),
    "report.people.weak": "sous le plancher de {floor}",
    "report.changes.title": "Ce qui a changé entre {before} et {after}",
    "report.changes.none": "Une seule vague : rien à comparer pour l’instant.",
    "report.changes.strengthened": "Renforcés",
    "report.changes.weakened": "Affaiblis",
    "report.changes.sign_flips": "Retournés",
    "report.changes.gained": "Nouveaux liens",
    "report.changes.lost": "Liens qui ne sont plus évalués",
    "report.changes.from": "De",
    "report.changes.to": "Vers",
    "report.changes.before": "Avant",
    "report.changes.after": "Après",
    "report.changes.delta": "Variation",
    "report.changes.more": "et {count} de plus",
    "report.changes.joined": "Arrivées : {names}",
    "report.changes.left": "Départs : {names}",
    "report.changes.empty": "Aucun.",
    "report.quality.title": "Qualité des données",
    "report.quality.files": "Fichiers lus",
    "report.quality.file": "Fichier",
    "report.quality.shape": "Forme",
    "report.quality.encoding": "Encodage",
    "report.quality.rows": "Lignes",
    "report.quality.missing": "{count} réponses manquantes (cellules vides ou « je ne sais pas »).",
    "report.quality.issues": "Problèmes relevés",
    "report.quality.no_issues": "Aucun problème relevé dans les fichiers.",
    "report.glossary.title": "Glossaire",
    "report.glossary.term": "Mesure",
    "report.glossary.formula": "Formule",
    "report.glossary.meaning": "Ce qu’elle vous dit",
    "report.footer": "Réalisé avec alliance-graph. Ce fichier fonctionne hors ligne et contient les noms des personnes interrogées : partagez-le avec prudence.",
    "report.glossary.strength.term": "Force t",
    "report.glossary.strength.formula": "t = (x − min) / (max − min)",
    "report.glossary.strength.meaning": "Une réponse x ramenée entre 0 et 1 ; la force d’un lien est la moyenne de ses réponses.",
    "report.glossary.sign.term": "Valeur signée s",
    "report.glossary.sign.formula": "s = (2x − min − max) / (max − min)",
    "report.glossary.sign.meaning": "La même réponse entre −1 et 1 : le milieu de l’échelle vaut 0, en dessous le lien est négatif.",
    "report.glossary.alliance.term": "Alliance",
    "report.glossary.alliance.formula": "moyenne de t(k → coach) et t(coach → k)",
    "report.glossary.alliance.meaning": "La force de la relation entre le coach et une partie prenante, vue des deux côtés.",
    "report.glossary.coach_gap.term": "Écart de perception",
    "report.glossary.coach_gap.formula": "g = t(coach → k) − t(k → coach)",
    "report.glossary.coach_gap.meaning": "Positif quand le coach évalue la relation plus haut que la partie prenante.",
    "report.glossary.group_alliance.term": "Alliance de groupe",
    "report.glossary.group_alliance.formula": "A(G) = alliance moyenne des membres de G",
    "report.glossary.group_alliance.meaning": "Le commanditaire et la personne coachée forment chacun un groupe à part.",
    "report.glossary.level.term": "Niveau d’alliance",
    "report.glossary.level.formula": "moyenne de A(G) sur les groupes",
    "report.glossary.level.meaning": "La force globale des alliances du coach.",
    "report.glossary.goals_level.term": "Alliance sur les objectifs",
    "report.glossary.goals_level.formula": "niveau d’alliance sur la seule dimension « objectifs »",
    "report.glossary.goals_level.meaning": "Si chaque groupe et vous êtes d’accord sur ce que vise le coaching, le socle des objectifs (Bordin 1979).",
    "report.glossary.balance.term": "Indice d’équilibre",
    "report.glossary.balance.formula": "B = 1 − Gini(A) · m / (m − 1)",
    "report.glossary.balance.meaning": "1 quand tous les groupes sont également alliés, 0 quand un seul groupe a tout.",
    "report.glossary.power_balance.term": "Indice d’équilibre pondéré par le pouvoir",
    "report.glossary.power_balance.formula": "Bₚ = 1 − Gₚ / (1 − π_min), Gₚ = Σᵢ Σⱼ πᵢ πⱼ |Aᵢ − Aⱼ| / (2 Σᵢ πᵢ Aᵢ), πᵢ = pouvoir moyen du groupe i / somme des pouvoirs moyens des groupes",
    "report.glossary.power_balance.meaning": "L’indice d’équilibre où chaque groupe compte selon le pouvoir moyen de ses membres (registre). Plus bas que l’indice d’équilibre : vos alliances les plus faibles sont avec les groupes les plus puissants ; plus haut : avec les moins puissants.",
    "report.glossary.dominance.term": "Poids du commanditaire",
    "report.glossary.dominance.formula": "A(commanditaire) − moyenne A(autres groupes)",
    "report.glossary.dominance.meaning": "Au-delà de 0,20, les autres peuvent voir le coach comme l’homme ou la femme du commanditaire.",
    "report.glossary.reciprocity.term": "Réciprocité",
    "report.glossary.reciprocity.formula": "liens positifs rendus / liens positifs",
    "report.glossary.reciprocity.meaning": "La fréquence à laquelle la confiance donnée est rendue.",
    "report.glossary.weighted_reciprocity.term": "Réciprocité pondérée",
    "report.glossary.weighted_reciprocity.formula": "Σ min(t_ij, t_ji) / Σ t_ij",
    "report.glossary.weighted_reciprocity.meaning": "La part de toute la confiance donnée qui revient (Squartini et al. 2013).",
    "report.glossary.asymmetry.term": "Asymétrie",
    "report.glossary.asymmetry.formula": "|t_ij − t_ji|",
    "report.glossary.asymmetry.meaning": "À quel point deux personnes voient leur relation différemment.",
    "report.glossary.triangles.term": "Équilibre des triangles",
    "report.glossary.triangles.formula": "triangles équilibrés / tous les triangles",
    "report.glossary.triangles.meaning": "Un triangle est équilibré quand le produit de ses signes est positif : l’ami de mon ami est mon ami.",
    "report.glossary.frustration.term": "Indice de frustration",
    "report.glossary.frustration.formula": "nombre minimal de liens à retirer pour deux camps nets",
    "report.glossary.frustration.meaning": "0 quand le réseau se partage en deux camps, confiance à l’intérieur et défiance entre eux.",
    "report.glossary.walk.term": "Équilibre des marches",
    "report.glossary.walk.formula": "K = tr exp(A) / tr exp(|A|)",
    "report.glossary.walk.meaning": "L’équilibre à toute distance, pas seulement dans les triangles (Estrada et Benzi 2014).",
    "report.glossary.ei_index.term": "Indice E-I",
    "report.glossary.ei_index.formula": "(E − I) / (E + I)",
    "report.glossary.ei_index.meaning": "−1 quand les liens positifs d’un groupe restent à l’intérieur, +1 quand ils vont tous vers l’extérieur.",
    "report.glossary.pagerank.term": "PageRank",
    "report.glossary.pagerank.formula": "confiance qui circule le long des liens (amortissement 0,85)",
    "report.glossary.pagerank.meaning": "Qui a la confiance de ceux qui ont la confiance.",
    "report.glossary.betweenness.term": "Intermédiarité",
    "report.glossary.betweenness.formula": "part des plus courts chemins (longueur 1/t) passant par k",
    "report.glossary.betweenness.meaning": "Les passeurs qui relient des personnes qui se font moins confiance directement.",
    "report.glossary.constraint.term": "Contrainte",
    "report.glossary.constraint.formula": "Σ_j (p_ij + Σ_q p_iq p_qj)²",
    "report.glossary.constraint.meaning": "Élevée quand tous les liens de quelqu’un reviennent vers un même cercle fermé (Burt 1992).",
    "report.dimension.trust": "confiance",
    "report.dimension.listening": "écoute",
    "report.dimension.respect": "respect",
    "report.dimension.goals": "accord sur les objectifs",
    "change.balance": "L’indice d’équilibre",
    "change.group": "L’alliance avec {group}",
    "change.sponsor_answer": "La réponse du commanditaire",
    "change.coachee_answer": "La réponse de la personne coachée",
    "change.interval": "intervalle à 95 % de {low} à {high}",
    "change.real": "un vrai changement",
    "change.noise": "cela peut être du bruit",
    "change.rose_from": "{subject} monte de {before} à {after} ({interval}) : {verdict}.",
    "change.fell_from": "{subject} baisse de {before} à {after} ({interval}) : {verdict}.",
    "change.same_from": "{subject} reste à {after} ({interval}).",
    "change.rose": "{subject} progresse de {delta} ({interval}) : {verdict}.",
    "change.fell": "{subject} recule de {delta} ({interval}) : {verdict}.",
    "change.same": "{subject} ne change pas ({interval}).",
    "change.single": "{who} passe de {before} à {after}, mais une seule réponse ne fait pas une tendance.",
    "change.few": "L’alliance avec {group} passe de {before} à {after}, mais cela repose sur {n} personne(s) : trop peu pour parler de tendance.",
    "change.qap": "Les deux réseaux sont corrélés à {r} (QAP p = {p}) : 1 signifie les mêmes relations, avec les mêmes forces.",
    "change.jaccard": "Seuls {j} des liens positifs sont communs aux deux vagues (indice de Jaccard sous 0,2) : les vagues sont difficiles à comparer.",
    "change.ties": "{strengthened} liens renforcés, {weakened} affaiblis, {flips} retournés, {gained} nouveaux, {lost} qui ne sont plus évalués.",
    "report.glossary.mean_trust.term": "Confiance moyenne",
    "report.glossary.mean_trust.formula": "moyenne de t sur tous les liens",
    "report.glossary.mean_trust.meaning": "La confiance qui circule dans l’ensemble du réseau.",
    "report.glossary.received.term": "Confiance reçue / donnée",
    "report.glossary.received.formula": "moyenne de t(j → k) / moyenne de t(k → j)",
    "report.glossary.received.meaning": "La confiance que les autres accordent à cette personne, et celle qu’elle leur accorde ; la défiance compte les liens sous le milieu de l’échelle.",
    "report.glossary.response.term": "Taux de réponse",
    "report.glossary.response.formula": "répondants / parties prenantes",
    "report.glossary.response.meaning": "Qui a répondu à l’enquête dans une vague ; un taux faible rend chaque chiffre moins sûr.",
    "report.glossary.normalised_frustration.term": "Frustration normalisée",
    "report.glossary.normalised_frustration.formula": "1 − L / (m / 2)",
    "report.glossary.normalised_frustration.meaning": "L’indice de frustration ramené entre 0 et 1 : 1 quand le réseau se partage nettement en deux camps.",
    "report.glance.title": "Les vagues en un coup d’œil",
    "report.glance.figure": "Indicateur",
    "report.glance.frustration_bound": "Vague {wave} : l’indice de frustration n’est pas prouvé minimal. Entre {low} et {high} des {ties} liens signés contredisent les deux camps : la frustration normalisée est comprise entre {worst} et {best}.",
    "report.changes.sentences": "En clair",
    "report.changes.overall": "De {first} à {last}",
    "report.legend.neutral": "lien neutre",
    "report.nav.map": "Carte des alliances",
    "report.map.title": "La carte des alliances",
    "report.map.lead": "Vous êtes au centre. Chaque personne est dans le secteur de son groupe (le commanditaire et la personne coachée dans le leur), d’autant plus près de vous que votre alliance est forte : la moyenne de sa note pour vous et de la vôtre pour elle, de 0 à 1. Chacun garde le même angle à chaque vague : changez de vague pour voir qui s’est rapproché ou éloigné. Survolez une personne pour voir ses chiffres.",
    "report.shared.map.lead": "Le coach est au centre. Chaque groupe a son secteur, d’autant plus près du coach que son alliance avec lui est forte, de 0 à 1. Un groupe n’est dessiné qu’aux vagues où au moins {k} de ses membres ont répondu. Changez de vague pour voir les groupes se rapprocher ou s’éloigner.",
    "report.map.alliance": "Alliance avec le coach {value}",
    "report.map.no_answer": "Aucune note entre cette personne et le coach dans cette vague",
    "report.map.withheld": "Ses propres réponses ne sont pas montrées (pas de consentement) ; votre regard sur elle {own}",
    "report.map.gap": "Écart de perception {gap} (votre regard sur elle {own}, le sien sur vous {theirs})",
    "report.map.note": "écart {gap}",
    "report.map.in_wave": "Vague {wave}",
    "report.map.members": "{count} personnes",
    "report.map.coach_view": "Regard du coach sur le groupe {value}",
    "report.map.floor": "plancher {value}",
    "report.map.unanswered": "sans réponse",
    "report.map.band": "de {low} à {high}",
    "report.map.band_under": "de {low} à {high}, sous le plancher",
    "report.map.count": "{label} ({count}) :",
    "report.map.text": "La carte en mots : qui est dans quel anneau",
    "report.shared.map.text": "La carte en mots : quel groupe est dans quel anneau",
    "report.map.legend.floor": "le plancher ({value}) : un groupe en dessous déclenche une alerte",
    "report.map.legend.under": "sous le plancher",
    "report.map.legend.trail": "où la personne était à la vague précédente",
    "report.map.legend.halo": "vous la notez plus de {gap} au-dessus de sa note pour vous",
    "report.map.legend.hollow": "aucune note entre cette personne et vous dans cette vague",
    "report.triangle.title": "Coach, commanditaire et personne coachée",
    "report.triangle.lead": "Les six liens entre vous trois, vague par vague : la force de chaque lien de 0 à 1 et, entre parenthèses, son évolution depuis la vague précédente ; — s’il n’a pas été noté (ou, pour une personne sans consentement, n’est pas montré). Seulement dans votre rapport : il montre des liens individuels.",
    "report.triangle.tie": "Lien",
    "report.people.rated_by": "Évalué·e par",
    "text.no_changes": "Une seule vague : rien à comparer.",
    "text.change_title": "De {before} à {after}",
    "change.single_same": "{who} ne change pas ({after}).",
    "change.interval_paired": "intervalle à 95 % de {low} à {high} pour les {n} personnes qui ont répondu les deux fois",
    "change.too_few": "{subject} passe de {before} à {after}, mais seules {n} personnes ont répondu les deux fois : trop peu pour distinguer un vrai changement du bruit (il en faut au moins 6).",
    "change.too_few_delta": "{subject} varie de {delta}, mais trop peu de personnes ont répondu les deux fois pour distinguer un vrai changement du bruit.",
    "change.coach_skipped": "Les évaluations des parties prenantes par le coach manquent en {wave} : pour comparer ce qui est comparable, les alliances des deux vagues ne reposent que sur les évaluations du coach par les parties prenantes.",
    "change.stakeholders_skipped": "Les évaluations du coach par les parties prenantes manquent en {wave} : pour comparer ce qui est comparable, les alliances des deux vagues ne reposent que sur les évaluations faites par le coach.",
    "change.no_common_basis": "Les liens du coach n’ont pas été évalués dans le même sens lors des deux vagues : les alliances ne peuvent pas être comparées.",
    "kit.head.id": "id",
    "kit.head.name": "nom",
    "kit.head.group": "groupe",
    "kit.head.role": "rôle",
    "kit.head.wave": "vague",
    "kit.head.date": "date",
    "kit.head.rater": "évaluateur",
    "kit.head.ratee": "évalué",
    "kit.head.trust": "confiance",
    "kit.head.listening": "écoute",
    "kit.head.respect": "respect",
    "kit.head.goals": "accord sur les objectifs",
    "kit.role.coach": "coach",
    "kit.role.sponsor": "commanditaire",
    "kit.role.coachee": "coaché",
    "kit.role.stakeholder": "partie prenante",
    "kit.example.coach": "Votre Nom",
    "kit.example.sponsor": "Le Commanditaire",
    "kit.example.coachee": "La Personne Coachée",
    "kit.example.member": "Un Membre de l’Équipe",
    "kit.example.coach_group": "Coach",
    "kit.example.board": "Comité de direction",
    "kit.example.team": "Équipe A",
    "kit.head.objective.id": "id",
    "kit.head.objective.objective": "objectif",
    "kit.head.objective.agreed_on": "convenu le",
    "kit.head.objective.agreed_by": "convenu par",
    "kit.head.objective.observers": "observateurs",
    "kit.head.objective.target": "cible",
    "kit.head.objective.indicator": "indicateur",
    "kit.head.progress.wave": "vague",
    "kit.head.progress.rater": "répondant",
    "kit.head.progress.objective": "objectif",
    "kit.head.progress.progress": "progrès",
    "kit.head.progress.comment": "commentaire",
    "kit.example.objective": "Déléguer davantage à l’équipe",
    "kit.example.indicator": "Moins d’arbitrages remontés",
    "kit.progress.2": "mieux",
    "kit.progress.example_comment": "Deux décisions laissées à l’équipe ce mois-ci",
    "kit.progress.point.-3": "−3 beaucoup moins bien",
    "kit.progress.point.-2": "−2 moins bien",
    "kit.progress.point.-1": "−1 un peu moins bien",
    "kit.progress.point.0": "0 pas de changement",
    "kit.progress.point.1": "+1 un peu mieux",
    "kit.progress.point.2": "+2 mieux",
    "kit.progress.point.3": "+3 beaucoup mieux",
    "kit.progress.not_observed": "pas eu l’occasion d’observer",
    "kit.q.progress_title": "Progrès sur les objectifs convenus au lancement — une question par objectif",
    "kit.q.progress_scale": "Échelle : −3 beaucoup moins bien, −2 moins bien, −1 un peu moins bien, 0 pas de changement, +1 un peu mieux, +2 mieux, +3 beaucoup mieux ; ou « pas eu l’occasion d’observer ».",
    "kit.q.progress": "Depuis le début du coaching, quel changement voyez-vous chez la personne coachée sur : <l’objectif, tel que convenu> ?",
    "kit.q.title": "Enquête de confiance — questions pour chaque personne avec qui vous travaillez dans cette mission",
    "kit.q.intro": "Répondez une fois pour chaque personne nommée dans le formulaire, le coach compris. Vos réponses sont lues par le coach, qui s’en sert pour garder une relation juste avec chacun dans cette mission.",
    "kit.q.scale": "Échelle : 1 = pas du tout d’accord, 2 = plutôt pas d’accord, 3 = ni d’accord ni pas d’accord, 4 = plutôt d’accord, 5 = tout à fait d’accord. Laissez vide si vous ne savez pas.",
    "kit.q.trust": "J’ai confiance en cette personne. (confiance)",
    "kit.q.listening": "Cette personne m’écoute. (écoute)",
    "kit.q.respect": "Cette personne me respecte. (respect)",
    "kit.q.goals": "Nous sommes d’accord sur les objectifs de ce travail. (accord sur les objectifs)",
    "kit.q.coach": "Pour le coach : évaluez aussi chaque relation, avec les mêmes questions, telle que vous la voyez aujourd’hui.",
    "kit.head.consent": "consentement",
    "kit.head.alias": "autres noms",
    "kit.yes": "oui",
    "kit.no": "non",
    "kit.answer.1": "Pas du tout d’accord",
    "kit.answer.2": "Plutôt pas d’accord",
    "kit.answer.3": "Ni d’accord ni pas d’accord",
    "kit.answer.4": "Plutôt d’accord",
    "kit.answer.5": "Tout à fait d’accord",
    "kit.answer.dont_know": "Je ne sais pas",
    "kit.book.sheet.instructions": "Mode d’emploi",
    "kit.book.sheet.register": "Parties prenantes",
    "kit.book.sheet.answers": "Réponses",
    "kit.book.sheet.objectives": "Objectifs",
    "kit.book.sheet.progress": "Progrès",
    "kit.book.title": "Kit d’enquête de confiance : comment remplir ce classeur",
    "kit.book.register": "1. Feuille « {register} » : une ligne par personne de la mission, vous compris. id : un code court, employé une seule fois (c1, s1…). nom : tel que vous voulez le lire dans le rapport. groupe : une équipe ou une population. rôle : choisi dans la liste (coach, commanditaire, coaché, partie prenante). consentement : oui quand la personne a accepté d’être nommée dans le rapport, non sinon ; une cellule vide compte comme non. autres noms : d’autres façons d’écrire le nom, employées dans les réponses (Karim pour Karim Ouali), séparées par « ; ».",
    "kit.book.answers": "2. Feuille « {answers} » : une ligne par répondant et par personne évaluée. vague : le tour d’enquête (T1, puis T2 à l’enquête suivante). date : le jour de la réponse. évaluateur et évalué : choisis dans la liste, qui montre les noms de la feuille « {register} ». Puis une réponse par question, choisie dans la liste : « {dont_know} » quand le répondant ne sait pas (une cellule vide est lue de la même façon).",
    "kit.book.questions": "3. Les questions, une colonne chacune dans la feuille « {answers} » :",
    "kit.book.check": "6. Remplacez les lignes d’exemple par vos personnes et vos réponses, puis vérifiez le classeur : alliance-graph validate {file}",
    "kit.book.csv": "Les fichiers CSV du kit contiennent les mêmes feuilles ({register_file}, {answers_file}, {objectives_file}, {progress_file}), pour un formulaire ou un outil qui écrit des fichiers CSV ; {questions_file} contient les questions à coller dans un formulaire en ligne.",
    "kit.book.answer_prompt": "Choisissez une réponse dans la liste ; « {dont_know} » quand le répondant ne sait pas.",
    "kit.book.answer_error": "Choisissez une réponse dans la liste, ou laissez la cellule vide.",
    "kit.book.person_error": "Ce nom n’est pas dans la feuille « {register} » : ajoutez-y la personne, ou choisissez un nom dans la liste.",
    "kit.book.role_error": "Choisissez un rôle dans la liste : coach, commanditaire, coaché ou partie prenante.",
    "kit.book.consent_error": "Répondez oui ou non ; une cellule vide compte comme non.",
    "kit.book.objectives": "4. Feuille « {objectives} » : les objectifs convenus à la réunion de lancement entre la personne coachée, le commanditaire et vous, une ligne chacun. La note de chaque en-tête dit ce que contient sa colonne ; seuls id et objectif sont obligatoires.",
    "kit.book.progress": "5. Feuille « {progress} » : à chaque vague, une ligne par répondant et par objectif. répondant : choisi dans la liste, qui montre les noms de la feuille « {register} ». objectif : choisi dans la liste des id de la feuille « {objectives} ». progrès : choisi dans la liste, de « {worst} » à « {best} », ou « {not_observed} » (une cellule vide est lue de la même façon). La question à poser sur chaque objectif :",
    "kit.book.note.id": "Un code court pour l’objectif (1, 2… ou O1, O2…), employé une seule fois : les réponses de progrès nomment l’objectif par ce code.",
    "kit.book.note.objective": "L’objectif tel que convenu, en mots. Pour le garder dans les deux langues, ajoutez une colonne « objectif (en) » (ou « objectif (fr) »).",
    "kit.book.note.agreed_on": "Le jour où l’objectif a été convenu, sous forme de date.",
    "kit.book.note.agreed_by": "Qui l’a convenu : coaché, commanditaire, coach. Choisi dans la liste, ou écrit avec « ; » entre eux.",
    "kit.book.note.observers": "Les groupes de la feuille « {register} » qui peuvent voir le changement, avec « ; » entre eux. Vide : tout le monde.",
    "kit.book.note.target": "Le progrès moyen visé, de −3 à +3 (+1 : un peu mieux en moyenne). Vide : +1.",
    "kit.book.note.indicator": "À quoi se voit le progrès, en mots : ce que les observateurs verraient ou entendraient.",
    "kit.book.note.wave": "Le tour d’enquête, comme dans la feuille « {answers} » (T1, puis T2…) : une réponse ne compte que dans une vague qui y a des réponses.",
    "kit.book.note.rater": "La personne qui répond, choisie dans la liste des noms de la feuille « {register} ».",
    "kit.book.note.progress_objective": "L’id de l’objectif, choisi dans la liste des id de la feuille « {objectives} ».",
    "kit.book.note.progress": "Le changement vu depuis le début du coaching, choisi dans la liste : de −3 beaucoup moins bien à +3 beaucoup mieux. « {not_observed} » ou une cellule vide : pas de réponse.",
    "kit.book.note.comment": "Ce que le répondant ajoute en mots (facultatif).",
    "kit.book.id_error": "Cet id est déjà employé plus haut : donnez à chaque objectif son propre id.",
    "kit.book.date_error": "Tapez une date (le jour où l’objectif a été convenu), ou laissez la cellule vide.",
    "kit.book.agreed_by_error": "Choisissez dans la liste, ou écrivez coaché, commanditaire et coach avec « ; » entre eux.",
    "kit.book.target_error": "Tapez un nombre de −3 à +3, ou laissez la cellule vide (+1).",
    "kit.book.objective_error": "Cet id n’est pas dans la feuille « {objectives} » : ajoutez-y l’objectif, ou choisissez un id dans la liste.",
    "report.glossary.interval.term": "Intervalle à 95 %",
    "report.glossary.interval.formula": "tous les décalages de la variation moyenne qu’un test exact d’inversion des signes, sur les personnes qui ont répondu les deux fois, ne rejette pas à 5 %",
    "report.glossary.interval.meaning": "L’étendue plausible d’un changement compte tenu de qui a répondu ; le changement est dit réel quand l’intervalle ne contient pas 0, ce qui demande au moins 6 personnes ayant répondu les deux fois.",
    "report.glossary.qap.term": "Corrélation QAP",
    "report.glossary.qap.formula": "r de Pearson des matrices de force des deux vagues ; p par permutation des étiquettes",
    "report.glossary.qap.meaning": "À quel point les deux réseaux se ressemblent ; un p faible signifie que la ressemblance n’est pas due au hasard (Krackhardt 1987).",
    "report.glossary.jaccard.term": "Indice de Jaccard",
    "report.glossary.jaccard.formula": "liens positifs dans les deux vagues / liens positifs dans l’une ou l’autre",
    "report.glossary.jaccard.meaning": "Sous 0,2, les deux vagues ont trop peu de liens en commun pour être bien comparées (Snijders et al. 2010).",
    "web.nav.label": "Menu principal",
    "web.nav.engagements": "Missions",
    "web.nav.new": "Nouvelle mission",
    "web.nav.language": "Langue",
    "web.undo": "Annuler",
    "web.cancel": "Annuler",
    "web.footer": "alliance-graph fonctionne uniquement sur cet ordinateur\u00a0: vos fichiers restent dans son espace de travail et ne sont envoyés nulle part.",
    "web.list.title": "Missions",
    "web.list.intro": "Chaque mission garde ses vagues d’enquête et son registre des parties prenantes, avec chaque fichier tel qu’il a été déposé.",
    "web.list.name": "Nom",
    "web.list.waves": "Vagues",
    "web.list.last_upload": "Dernier dépôt",
    "web.list.created": "Créée",
    "web.list.no_waves": "aucune vague",
    "web.list.empty": "Aucune mission pour l’instant. Créez-en une, puis déposez votre premier fichier d’enquête.",
    "web.list.first": "Créer la première mission",
    "web.trash.title": "Corbeille",
    "web.trash.engagements_help": "Les missions supprimées restent ici, avec tous leurs fichiers, jusqu’à ce que vous les restauriez.",
    "web.trash.files_help": "Les fichiers supprimés restent ici\u00a0; en restaurer un fait revenir ses vagues.",
    "web.trash.deleted_at": "supprimé le {when}",
    "web.trash.restore": "Restaurer",
    "web.new.intro": "Une mission, c’est un accompagnement dans une organisation. Donnez-lui un nom que vous reconnaîtrez.",
    "web.new.name": "Nom",
    "web.new.name_hint": "par exemple «\u00a0Mission Lumière 2026\u00a0»",
    "web.new.create": "Créer",
    "web.new.bad_name": "Donnez à la mission un nom de 1 à 200 caractères.",
    "web.confirm.title": "Mettre à la corbeille\u00a0?",
    "web.confirm.trash": "Rien n’est perdu\u00a0: la corbeille permet de restaurer à tout moment.",
    "web.confirm.yes": "Mettre à la corbeille",
    "web.confirm.engagement": "La mission «\u00a0{name}\u00a0» et toutes ses vagues seront mises à la corbeille.",
    "web.confirm.ratings": "La ou les vagues {waves} (fichier {filename}) seront mises à la corbeille\u00a0; les rapports ne les incluront plus.",
    "web.confirm.register": "Le registre {filename} sera mis à la corbeille\u00a0; le registre précédent, s’il y en a un, sera de nouveau utilisé.",
    "web.issues.severity": "Type",
    "web.issues.where": "Où",
    "web.issues.message": "Problème",
    "web.issues.error": "Erreur",
    "web.issues.warning": "Avertissement",
    "web.issues.line": "ligne {line}",
    "web.issues.sheet": "feuille «\u00a0{sheet}\u00a0»",
    "web.error.heading.400": "Requête incorrecte",
    "web.error.heading.401": "Ouvrez l’application par son lien",
    "web.error.heading.403": "Non autorisé",
    "web.error.heading.404": "Introuvable",
    "web.error.heading.405": "Non autorisé ici",
    "web.error.heading.409": "Impossible pour l’instant",
    "web.error.heading.413": "Trop volumineux",
    "web.error.heading.415": "Ni un fichier CSV ni un classeur",
    "web.error.heading.422": "Inutilisable",
    "web.error.heading.500": "Un problème est survenu",
    "web.error.heading.generic": "Un problème est survenu",
    "web.error.heading.503": "L’espace de travail est indisponible",
    "web.error.heading.507": "Le disque est plein",
    "web.error.status": "Erreur {status}",
    "web.error.home": "Retour aux missions",
    "web.error.bad_request": "La requête n’a pas pu être comprise. Revenez en arrière et réessayez.",
    "web.error.unauthorized": "Cette page demande le lien affiché par «\u00a0alliance-graph serve\u00a0» à son démarrage.",
    "web.error.forbidden": "Vous n’êtes pas autorisé à faire ceci.",
    "web.error.library": "Les données de cette mission ne permettent pas cela : {message}",
    "web.error.not_found": "Cette page, cette mission ou ce fichier n’existe pas (il est peut-être dans la corbeille).",
    "web.error.method_not_allowed": "Cette adresse n’accepte pas ce type de requête.",
    "web.error.conflict": "Ce n’est pas possible dans l’état actuel de la mission.",
    "web.error.too_large": "Le dépôt dépasse la limite de {limit}\u00a0Mo. Découpez le fichier, ou lancez l’application avec un --max-upload-mb plus grand.",
    "web.error.unsupported_media_type": "Seuls les fichiers CSV et les classeurs (.xlsx, .xlsm, .ods) sont acceptés.",
    "web.error.invalid": "Les données n’ont pas pu être utilisées.",
    "web.error.internal_error": "L’application a rencontré un problème inattendu\u00a0; rien n’a été modifié. Réessayez, et si cela se reproduit, relancez alliance-graph serve.",
    "web.error.generic": "La requête n’a pas pu aboutir.",
    "web.error.too_many_parts": "Le formulaire a trop de parties\u00a0: au plus {parts} champs et fichiers sont acceptés, et un champ de texte contient au plus {field}\u00a0ko. Envoyez le formulaire de dépôt comme le fait la page de l’application\u00a0: un fichier de notes, un registre.",
    "web.error.bad_json": "Le JSON de la requête est trop imbriqué pour être lu. Envoyez un objet simple, tel celui avec un «\u00a0name\u00a0» qui crée une mission.",
    "web.error.workspace_busy": "L’espace de travail enregistre une autre modification\u00a0: rien n’a été enregistré. Réessayez dans quelques secondes.",
    "web.error.workspace_read_only": "Le fichier de l’espace de travail, ou son dossier, est en lecture seule\u00a0: rien n’a pu être enregistré et rien n’a été modifié. Rendez-les modifiables, ou relancez alliance-graph serve avec un autre --workspace.",
    "web.error.workspace_disk_full": "Le disque qui contient l’espace de travail est plein\u00a0: rien n’a été enregistré. Libérez de la place et réessayez.",
    "web.error.workspace_damaged": "Le fichier de l’espace de travail est endommagé\u00a0: rien n’y a été écrit. Arrêtez alliance-graph serve, gardez une copie du fichier et restaurez-le depuis une sauvegarde.",
    "web.error.workspace_newer": "L’espace de travail a été écrit par une version plus récente d’alliance-graph\u00a0: rien n’y a été écrit. Mettez alliance-graph à jour pour l’utiliser.",
    "web.error.workspace_unavailable": "L’espace de travail est indisponible pour le moment\u00a0: rien n’a été enregistré. Réessayez dans un instant.",
    "web.error.bad_host": "L’application ne répond pas à cette adresse. Ouvrez le lien affiché par «\u00a0alliance-graph serve\u00a0».",
    "web.error.foreign_origin": "Cette requête venait d’un autre site, elle a donc été refusée. Utilisez les pages de l’application.",
    "web.error.no_token": "Ouvrez l’application avec le lien affiché par «\u00a0alliance-graph serve\u00a0» dans son terminal (il se termine par ?token=…).",
    "web.error.wrong_token": "Le jeton de ce lien n’est plus le bon\u00a0: l’application a été relancée. Ouvrez le nouveau lien affiché dans son terminal.",
    "web.error.csrf": "Ce formulaire a expiré ou ne vient pas de cette application. Revenez en arrière, rechargez la page et réessayez.",
    "web.error.not_csv": "«\u00a0{name}\u00a0» n’est ni un fichier CSV ni un classeur. Déposez le classeur .xlsx, .xlsm ou .ods lui-même, ou enregistrez-le depuis votre tableur au format CSV (.csv).",
    "web.error.not_workbook": "«\u00a0{name}\u00a0» n’est pas un classeur Excel ou OpenDocument, quoi qu’en dise son nom. Enregistrez-le de nouveau depuis votre tableur en .xlsx, ou en CSV.",
    "web.error.workbook": "«\u00a0{name}\u00a0» ne peut pas être lu\u00a0: {reason}.",
    "web.error.not_text": "«\u00a0{name}\u00a0» ne peut pas être lu comme un CSV\u00a0: {reason}.",
    "web.error.too_many_rows": "«\u00a0{name}\u00a0» a {rows} lignes\u00a0; la limite est de {limit}.",
    "web.error.too_many_columns": "«\u00a0{name}\u00a0» a {columns} colonnes\u00a0; la limite est de {limit}.",
    "web.error.audience": "Le public est coach (tout) ou shared (chiffres de groupe seulement), pas « {value} ».",
    "web.engagement.created": "Créée le {when}",
    "web.engagement.report_en": "Report (English)",
    "web.engagement.report_fr": "Rapport (français)",
    "web.engagement.compare": "Comparaison des vagues",
    "web.engagement.waves": "Vagues",
    "web.engagement.wave": "Vague",
    "web.engagement.file": "Fichier",
    "web.engagement.uploaded": "Déposé",
    "web.engagement.actions": "Actions",
    "web.engagement.download": "Télécharger",
    "web.engagement.delete": "Supprimer",
    "web.engagement.no_waves": "Aucune vague pour l’instant\u00a0: déposez un fichier d’enquête ci-dessous.",
    "web.engagement.register": "Registre des parties prenantes",
    "web.engagement.register_history": "Registres précédents ({count})",
    "web.engagement.delete_engagement": "Supprimer cette mission…",
    "web.engagement.no_data": "Cette mission n’a pas encore de réponses\u00a0: déposez d’abord un fichier d’enquête.",
    "web.engagement.invalid": "Les données de la mission contiennent des erreurs\u00a0; corrigez-les d’abord sur la page de la mission.",
    "web.engagement.unreadable": "Le fichier enregistré {files} ne peut plus être lu\u00a0: cette mission n’a donc pas de rapport. Supprimez-le (il va dans la corbeille, où il reste téléchargeable), puis déposez-le de nouveau.",
    "web.engagement.unreadable_scale": "L’échelle enregistrée avec {files} («\u00a0{scale}\u00a0») ne peut plus être lue\u00a0: cette mission n’a donc pas de rapport. Supprimez ce fichier (il va dans la corbeille, où il reste téléchargeable), puis déposez-le de nouveau en remplissant le champ «\u00a0Échelle de notation\u00a0».",
    "web.engagement.unreadable_title": "Cette mission ne peut plus être lue",
    "web.engagement.remove": "Supprimer {filename}…",
    "web.upload.title": "Ajouter une vague",
    "web.upload.help": "Chaque fichier de réponses est une vague, nommée par le libellé ci-dessous (ou par le nom du fichier). Un fichier qui a sa propre colonne de vague apporte ses vagues. Un registre remplace le précédent. Les fichiers sont d’abord vérifiés\u00a0: au moindre problème, rien n’est enregistré.",
    "web.upload.drop": "Fichier de réponses (CSV ou classeur)",
    "web.upload.drop_hint": "Déposez le fichier ici, ou choisissez-le\u00a0:",
    "web.upload.wave": "Libellé de la vague",
    "web.upload.wave_hint": (
        "facultatif\u00a0; par défaut, le nom du fichier (pour un export de formulaire, "
        "le titre du formulaire)"
    ),
    "web.upload.wave_placeholder": "T1, 2026-01, lancement…",
    "web.upload.scale": "Échelle de notation",
    "web.upload.scale_hint": "facultative, MIN:MAX\u00a0; déduite si vide",
    "web.issue.SCALE_UNKNOWN": "Toutes les notes lues valent {value}\u00a0; une seule valeur ne dit pas l’échelle, qui n’est donc pas devinée. Remplissez le champ «\u00a0Échelle de notation\u00a0» (MIN:MAX, par exemple 1:5 ou 0:1) puis déposez de nouveau le fichier.",
    "web.issue.SCALE_TOO_WIDE": "Aucune échelle n’a été déclarée, et les notes vont jusqu’à {value}\u00a0: l’échelle qui les contient, {scale}, couvre plus de {limit} points, trop pour être devinée. Remplissez le champ «\u00a0Échelle de notation\u00a0» (MIN:MAX, par exemple 1:5) puis déposez de nouveau le fichier\u00a0: toute note hors de l’échelle est alors signalée avec sa ligne.",
    "web.upload.register": "Registre des parties prenantes (CSV ou classeur)",
    "web.upload.register_hint": "facultatif\u00a0: id, nom, groupe, rôle",
    "web.upload.submit": "Vérifier et enregistrer",
    "web.upload.bad_label": "Le libellé de vague «\u00a0{label}\u00a0» ne peut pas être utilisé\u00a0: {limit} caractères au plus, sans / ni \\.",
    "web.upload.bad_scale": "L’échelle «\u00a0{value}\u00a0» ne peut pas servir\u00a0: écrivez MIN:MAX avec MIN inférieur à MAX, comme 1:5 ou -3:3, chaque borne entre -1\u00a0000\u00a0000 et 1\u00a0000\u00a0000.",
    "web.upload.no_file": "Choisissez un fichier à déposer : réponses, registre, objectifs ou réponses de progrès.",
    "web.upload.scale_needs_ratings": "Une échelle accompagne un fichier de réponses\u00a0: choisissez-en un, ou laissez l’échelle vide.",
    "web.upload.refused": "Rien n’a été enregistré. Corrigez les erreurs indiquées ici, puis déposez de nouveau le fichier (les avertissements seuls n’empêchent jamais un dépôt).",
    "web.upload.wave_exists": "La mission a déjà une vague ou un dépôt nommé «\u00a0{wave}\u00a0». Donnez un autre libellé à ce fichier, ou supprimez d’abord l’ancienne vague.",
    "web.upload.waves_exist": "Le fichier contient la ou les vagues {waves}, que la mission a déjà. Supprimez d’abord les anciennes, ou déposez un fichier qui ne contient que les nouvelles vagues.",
    "web.upload.waves_from_file": "Ces vagues viennent de la colonne de vague du fichier (ou de ses feuilles, une par vague).",
    "web.upload.label_not_used": "Le libellé «\u00a0{label}\u00a0» n’a pas servi de nom de vague, car le fichier nomme lui-même ses vagues.",
    "web.check.title": "Vérification des données",
    "web.check.ratings": "Réponses",
    "web.check.waves": "Vagues",
    "web.check.stakeholders": "Parties prenantes",
    "web.check.scale": "Échelle",
    "web.check.inferred": "(déduite)",
    "web.check.scale_unknown": "inconnue",
    "web.check.invalid": "Les données enregistrées contiennent des erreurs (voir ci-dessous), il n’y a donc pas de rapport. Supprimez ou remplacez le fichier en cause.",
    "web.check.downloads": "Télécharger les indicateurs\u00a0:",
    "web.upload.not_stored": "Le fichier n’a pas été enregistré",
    "web.upload.try_again": "Choisissez le fichier corrigé ci-dessous et déposez-le de nouveau.",
    "web.check.problems": "Problèmes trouvés ({count})",
    "web.check.warnings": "Avertissements ({count})",
    "web.check.no_issues": "Aucun problème trouvé.",
    "web.compare.title": "Comparaison des vagues",
    "web.compare.intro": "Ce qui a changé d’une vague à l’autre, et si le changement est réel ou dans le bruit.",
    "web.compare.report": "Ouvrir le rapport",
    "web.compare.pair": "De {before} à {after}",
    "web.compare.none": "Une seule vague pour l’instant\u00a0: déposez-en une autre pour comparer.",
    "web.flash.created": "La mission «\u00a0{name}\u00a0» a été créée. Déposez sa première vague ci-dessous.",
    "web.flash.register": "Le registre {filename} a été enregistré.",
    "web.flash.uploaded": "{filename} a été enregistré\u00a0: vague(s) {waves}.",
    "web.flash.warnings": "{count} avertissement(s)\u00a0: voir la vérification des données ci-dessous.",
    "web.flash.trashed": "La mission «\u00a0{name}\u00a0» a été mise à la corbeille.",
    "web.flash.restored": "Restauré depuis la corbeille.",
    "web.flash.file_trashed": "{filename} a été mis à la corbeille.",
    "web.flash.file_restored": "{filename} a été restauré.",
    "web.flash.clash": "Ce fichier ne peut pas être restauré\u00a0: la mission a de nouveau la ou les vagues {waves}. Supprimez-les d’abord.",
    "web.size.bytes": "{n}\u00a0octets",
    "web.size.kb": "{n}\u00a0Ko",
    "web.size.mb": "{n}\u00a0Mo",
    "web.check.network_downloads": "Télécharger le réseau de chaque vague :",
    "privacy.coach": "Coach",
    "privacy.sponsor": "Commanditaire",
    "privacy.coachee": "Personne coachée",
    "privacy.stakeholder": "Partie prenante",
    "privacy.anonymous": "{base} (anonyme {n})",
    "privacy.anonymous_role": "{base} (anonyme)",
    "web.error.network_format": "Le réseau est disponible en gexf, json ou xlsx, pas en « {value} ».",
    "report.shared.title": "Rapport d’alliance — version partagée",
    "report.shared.lead": "{groups} groupes, {stakeholders} personnes, {ratings} réponses sur {waves} vague(s), sur une échelle {scale} ({dimensions}).",
    "report.shared.rule": "Cette version protège chaque répondant : elle ne montre que des chiffres de groupe calculés à partir des réponses d’au moins {k} personnes, et aucune réponse, relation ou nom individuels.",
    "report.shared.rule_viewpoints": "Cette version protège chaque répondant : elle ne montre que des chiffres de groupe calculés à partir des réponses d’au moins {k} personnes, et aucune réponse, relation ou nom individuels, sauf les regards de la personne coachée, du commanditaire et du coach sur les objectifs, que le coach a choisi de partager.",
    "report.shared.nav.summary": "Synthèse",
    "report.shared.nav.alerts": "Alertes",
    "report.shared.nav.network": "Réseau des groupes",
    "report.shared.nav.trends": "Évolution",
    "report.shared.nav.groups": "Groupes",
    "report.shared.nav.changes": "Changements",
    "report.shared.nav.about": "Protection des réponses",
    "report.shared.card.level": "Alliance moyenne du coach avec les groupes affichés, de 0 à 1.",
    "report.shared.card.balance": "1 quand chaque groupe affiché est autant allié au coach.",
    "report.shared.groups_shown": "Groupes affichés",
    "report.shared.network.title": "La confiance entre les groupes",
    "report.shared.network.lead": "Chaque groupe est un cercle de sa couleur, dont la taille suit la confiance au sein du groupe ; ★ est le coach. Une flèche d’un groupe vers un autre est la confiance moyenne que ses membres accordent, affichée seulement si au moins {k} d’entre eux ont répondu. Survolez pour les chiffres.",
    "report.shared.legend.size": "taille : confiance au sein du groupe",
    "report.shared.groups.title": "Groupes, vague {wave}",
    "report.shared.groups.members": "Personnes",
    "report.shared.groups.raters": "Réponses",
    "report.shared.groups.alliance": "Alliance avec le coach",
    "report.shared.groups.coach_view": "Vue du coach",
    "report.shared.groups.within": "Confiance interne",
    "report.shared.groups.note": "Alliance avec le coach : la moyenne, sur les membres du groupe, de la confiance entre eux et le coach (dans les deux sens). Vue du coach : la note moyenne que le coach donne au groupe, affichée si le coach a évalué au moins {k} de ses membres.",
    "report.shared.groups.goals": "Alliance sur les objectifs",
    "report.shared.groups.goals_note": "Alliance sur les objectifs : la même, sur les seules réponses à la question « accord sur les objectifs » ; affichée si au moins {k} membres du groupe y ont répondu à propos du coach.",
    "report.shared.changes.none": "Aucun groupe n’a au moins {k} réponses dans les deux vagues : rien ne peut être comparé sans exposer quelqu’un.",
    "report.shared.about.title": "Comment les réponses sont protégées",
    "report.shared.about.groups": "Chaque chiffre est un chiffre de groupe, calculé à partir des réponses d’au moins {k} personnes. Aucune réponse, relation ou nom individuels n’apparaît dans ce fichier, ni dans les infobulles ni dans les images.",
    "report.shared.about.small": "Quand moins de {k} personnes d’un groupe ont répondu, le groupe est marqué « pas assez de réponses » et ses réponses sont retirées de tous les chiffres de la vague, totaux compris, pour qu’on ne puisse pas les retrouver par soustraction.",
    "report.shared.about.roles": "Le commanditaire et la personne coachée comptent dans leur propre groupe, comme tout le monde : leurs réponses n’apparaissent jamais seules.",
    "report.shared.about.coach": "La vue du coach sur un groupe n’est affichée que si le coach a évalué au moins {k} de ses membres.",
    "report.shared.about.names": "Les groupes gardent le nom que l’organisation leur a donné ; les personnes ne sont jamais nommées.",
    "report.shared.about.groups_viewpoints": "Chaque chiffre est un chiffre de groupe, calculé à partir des réponses d’au moins {k} personnes, sauf les regards de la personne coachée, du commanditaire et du coach sur les objectifs, que le coach a choisi de partager. Aucune autre réponse individuelle, ni relation ni nom, n’apparaît dans ce fichier, ni dans les infobulles ni dans les images.",
    "report.shared.about.roles_viewpoints": "Le commanditaire et la personne coachée comptent dans leur propre groupe, comme tout le monde. Seuls leurs regards sur les progrès des objectifs, et celui du coach, sont montrés à part, parce que le coach a choisi de les partager ; les réponses du commanditaire ne comptent alors plus parmi les {k} personnes qu’il faut à un groupe.",
    "report.shared.footer": "Réalisé avec alliance-graph. Cette version partagée ne contient que des chiffres de groupe d’au moins {k} personnes et aucun nom ; elle fonctionne hors ligne.",
    "report.shared.footer_viewpoints": "Réalisé avec alliance-graph. Cette version partagée contient des chiffres de groupe d’au moins {k} personnes chacun, les regards de la personne coachée, du commanditaire et du coach sur les objectifs, et aucun nom ; elle fonctionne hors ligne.",
    "report.shared.glossary.group_alliance": "À quel point un groupe est allié au coach ; dans cette version, le commanditaire et la personne coachée comptent dans leur propre groupe.",
    "report.shared.coach": "Coach",
    "report.shared.no_group": "Sans groupe",
    "report.shared.tip.tie": "confiance moyenne {strength} · signe {sign} · {ratings} réponses de {raters} personnes",
    "report.shared.tip.members": "{members} personnes · {raters} réponses",
    "report.shared.tip.within": "Confiance au sein du groupe {value}",
    "report.shared.not_enough": "Pas assez de réponses pour afficher (il en faut au moins {needed})",
    "report.shared.too_few": "trop peu",
    "report.shared.picture": "La confiance entre les groupes, vague {wave}",
    "report.shared.text.title": "Vague {wave} — chiffres de groupe (chacun d’au moins {k} personnes)",
    "report.shared.tip.member": "1 personne · {raters} réponse(s)",
    "web.error.min_group_size": "La taille du plus petit groupe affiché est un nombre entier à partir de 2, pas « {value} ».",
    "web.pack.title": "Dossier de la réunion tripartite",
    "web.pack.help": "Une page à imprimer pour la réunion de la personne coachée, du commanditaire et vous : les objectifs, leur progrès vu de chaque côté, l’alliance par groupe (groupes d’au moins 3 personnes) et la place pour les engagements. Imprimez-la depuis le navigateur (A4).",
    "web.pack.stage": "Réunion",
    "web.pack.stage.kickoff": "Lancement",
    "web.pack.stage.mid": "Point à mi-parcours",
    "web.pack.stage.close": "Bilan final",
    "web.pack.language": "Langue",
    "web.pack.open": "Ouvrir le dossier",
    "web.engagement.no_objectives": "Le dossier de la réunion tripartite a besoin des objectifs convenus au lancement : déposez d’abord le registre des objectifs ou des réponses de progrès.",
    "web.error.stage": "« {value} » n’est pas une réunion : utilisez kickoff, mid ou close.",
    "web.objectives.answers_in": "Réponses",
    "web.objectives.title": "Objectifs convenus au lancement",
    "web.objectives.objective": "Objectif",
    "web.objectives.target": "Cible",
    "web.objectives.observers": "Observé par :",
    "web.objectives.answers_help": "Les colonnes des vagues comptent les réponses de progrès sur chaque objectif ; les rapports disent ce qu’elles montrent.",
    "web.objectives.no_answers": "Pas encore de réponse de progrès : après une vague, déposez les réponses des parties prenantes (progress.csv du kit d’enquête, ou un formulaire avec des questions « Progrès : [objectif] »).",
    "web.objectives.answers_without_register": "{count} réponses de progrès, mais pas de registre des objectifs : déposez-le (objectives.csv du kit d’enquête) pour que les rapports nomment chaque objectif et sa cible.",
    "web.objectives.none": "Pas encore d’objectifs. Déposez les objectifs convenus au lancement (objectives.csv du kit d’enquête : id, objectif, convenu le, convenu par, observateurs, cible) pour les suivre avec les parties prenantes, vague après vague.",
    "web.objectives.register_file": "Registre des objectifs :",
    "web.objectives.progress_file": "Réponses de progrès :",
    "web.upload.objectives": "Registre des objectifs (CSV ou classeur)",
    "web.upload.objectives_hint": "facultatif : id, objectif, convenu le, convenu par, observateurs, cible",
    "web.upload.progress": "Réponses de progrès (CSV ou classeur)",
    "web.upload.progress_hint": "facultatif : vague, répondant, objectif, progrès de −3 à +3",
    "web.flash.objectives": "Le registre des objectifs {filename} a été enregistré.",
    "web.flash.progress": "Les réponses de progrès {filename} ont été enregistrées.",
    "web.confirm.objectives": "Le registre des objectifs {filename} sera mis à la corbeille ; le précédent, s’il y en a un, sera de nouveau utilisé.",
    "web.confirm.progress": "Les réponses de progrès {filename} seront mises à la corbeille ; les rapports ne les compteront plus.",
    "web.engagement.kind.register": "Registre des parties prenantes",
    "web.engagement.kind.objectives": "Registre des objectifs",
    "web.engagement.kind.progress": "Réponses de progrès",
    "web.now.deferred": "Avec {count} parties prenantes, les calculs prennent du temps : ce qu’il faut faire maintenant est en haut du rapport du coach.",
    "web.engagement.report_shared": "Rapport partagé (groupes seulement)",
    "web.check.shared_downloads": "Pour l’organisation cliente (chiffres de groupe d’au moins 3 personnes, sans nom) :",
    "report.shared.tip.coach_tie": "note moyenne du coach {strength} · signe {sign} · sur {ratings} personnes",
    "alert.ATTENTION_GAP": (
        "Votre temps avec {subject} : {share} de votre temps avec les parties prenantes, "
        "pour {members} des parties prenantes. Ce groupe peut penser que vous appartenez à "
        "d’autres : prévoyez du temps avec lui."
    ),
    "alert.LOW_TRUST_NOT_MET": (
        "Vous font peu confiance et n’ont pas été rencontrés dans cette vague ({count}) : "
        "{names}. Une conversation peut réparer ce qu’une enquête ne fait que montrer."
    ),
    "cli.objectives": "Objectifs : {count} ({ids}).",
    "cli.progress": "Progrès : {answers} réponse(s) sur {objectives} objectif(s) dans les vagues {waves}.",
    "cli.interactions": "Journal d’interactions : {events} événement(s) ({measure}) dans les vagues {waves}.",
    "cli.measure.count": "comptés",
    "cli.measure.duration": "minutes additionnées",
    "cli.measure.weight": "poids additionnés",
    "report.nav.time": "Temps",
    "report.time.title": "Où va votre temps, à côté de la confiance",
    "report.time.lead": "D’après votre journal d’interactions : {total} {measure} avec les parties prenantes dans la vague {wave}. La part de votre temps pour chaque groupe (en couleur) est mise en regard de sa part des parties prenantes (en gris) ; son alliance avec vous est à droite.",
    "report.time.chart": "Votre temps et l’alliance, par groupe, vague {wave}",
    "report.time.alt": "Diagramme en barres de la part du temps du coach et de la part des parties prenantes par groupe, avec l’alliance de chaque groupe, vague {wave}.",
    "report.time.your_time": "part de votre temps",
    "report.time.people_share": "part des parties prenantes",
    "report.time.alliance": "alliance",
    "report.time.attention_balance": "Équilibre du temps",
    "report.time.events": "Événements",
    "report.time.balance_help": "Équilibre du temps : l’indice d’équilibre calculé sur votre temps par membre de chaque groupe (1 : chaque groupe reçoit du temps à proportion de sa taille). Indice d’équilibre : le même sur les alliances.",
    "report.time.low_not_met": "Vous font peu confiance et n’ont pas été rencontrés (vague {wave})",
    "report.time.met_unknown": "Rencontrés, mais leur confiance est inconnue (vague {wave})",
    "report.time.nobody": "Personne.",
    "report.time.combined": "Force combinée ({alpha} × confiance + le reste × interactions), moyenne sur les liens présents dans les deux couches : {value}.",
    "report.time.measure.count": "interactions",
    "report.time.measure.duration": "minutes",
    "report.time.measure.weight": "interactions pondérées",
    "report.nav.power_map": "Pouvoir × intérêt",
    "report.power_map.title": "Carte des parties prenantes : pouvoir × intérêt",
    "report.power_map.lead": "Chaque personne est placée selon le registre, le pouvoir en hauteur et l’intérêt en largeur, colorée selon son alliance avec vous dans la vague affichée. Les pointillés coupent l’échelle ({scale}) en son milieu : seul ce qui est au-dessus du milieu compte comme élevé.",
    "report.power_map.power": "Pouvoir",
    "report.power_map.interest": "Intérêt",
    "report.power_map.quadrant.manage_closely": "Gérer de près (acteurs clés)",
    "report.power_map.quadrant.keep_satisfied": "Garder satisfaits",
    "report.power_map.quadrant.keep_informed": "Tenir informés",
    "report.power_map.quadrant.monitor": "Surveiller",
    "report.power_map.label": "Carte pouvoir × intérêt de {count} parties prenantes, vague {wave}, chacune colorée selon son alliance avec le coach.",
    "report.power_map.tip": "{name} ({group}) · pouvoir {power}, intérêt {interest} : {quadrant} · alliance {alliance}{was}",
    "report.power_map.tip_was": " ({value} en {wave})",
    "report.power_map.alert.manage_closely": "Acteurs clés dont l’alliance est sous le plancher ({floor}) : {names}.",
    "report.power_map.alert.keep_satisfied": "Puissants mais moins impliqués, avec une alliance sous le plancher ({floor}) : {names}. Gardez-les satisfaits.",
    "report.power_map.alert.keep_informed": "Impliqués mais moins puissants, avec une alliance sous le plancher ({floor}) : {names}. Tenez-les informés.",
    "report.power_map.alert.monitor": "Moins puissants et moins impliqués, avec une alliance sous le plancher ({floor}) : {names}.",
    "report.power_map.alert.unknown": "Personnes puissantes dont l’alliance n’est pas mesurée dans cette vague : {names}.",
    "report.power_map.alert.fell": "Personnes puissantes dont l’alliance a baissé d’au moins {step} depuis {wave} : {names}.",
    "report.power_map.alert.none": "Aucune personne puissante n’a une alliance sous le plancher ({floor}) dans cette vague.",
    "report.power_map.more": "{names} et {count} autres",
    "report.power_map.class.weak": "sous le plancher ({floor})",
    "report.power_map.class.fair": "de {floor} à {strong}",
    "report.power_map.class.strong": "{strong} ou plus",
    "report.power_map.class.unknown": "non mesurée",
    "report.power_map.up": "en hausse d’au moins {step} depuis la vague précédente",
    "report.power_map.down": "en baisse d’au moins {step}",
    "report.power_map.balance.values": "Indice d’équilibre {equal} · pondéré par le pouvoir {power}",
    "report.power_map.balance.lower": "Pondéré par le pouvoir, l’équilibre est plus bas : vos alliances les plus faibles sont avec les groupes les plus puissants.",
    "report.power_map.balance.higher": "Pondéré par le pouvoir, l’équilibre est plus haut : vos alliances les plus faibles sont avec les groupes les moins puissants.",
    "report.power_map.balance.same": "Pondéré par le pouvoir, l’équilibre est à peu près le même.",
    "report.power_map.balance.missing": "Pas de pondération par le pouvoir : le registre ne donne de pouvoir à personne dont l’alliance est mesurée dans {groups}.",
    "report.power_map.list": "Les personnes par quadrant, alliance la plus faible d’abord (vague {wave})",
    "report.power_map.unplaced": "Absents de la carte (pas de pouvoir ou d’intérêt chiffré dans le registre) : {names}.",
    "report.power_map.card": "pondéré par le pouvoir : {value}",
    "text.attention": "Votre temps par groupe (équilibre du temps {value})",
    "text.net.title": "Vague {wave} · {people} personnes · {ties} liens (interactions)",
    "text.net.strength": "Force moyenne",
    "text.net.reciprocity": "Réciprocité (liens · poids)",
    "text.net.clustering": "Transitivité · clustering",
    "text.net.pagerank": "Plus centraux (PageRank)",
    "text.net.brokers": "Passeurs ({k} sources)",
    "issue.EVENT_OUTSIDE_WAVES": "Cet événement ({value}) ne tombe dans aucune vague : il n’est pas compté.",
    "report.network.layer": "Liens",
    "report.network.trust": "Confiance (enquête)",
    "report.network.interactions": "Interactions (journal)",
    "report.legend.interaction": "interaction (journal)",
    "report.tip.interaction.count": "{events} interaction(s) · force {strength}",
    "report.tip.interaction.duration": "{events} interaction(s), {amount} minutes · force {strength}",
    "report.tip.interaction.weight": "{events} interaction(s), poids {amount} · force {strength}",
    "report.nav.comments": "Commentaires",
    "report.comments.title": "Commentaires",
    "report.comments.lead": "Ce que les répondants ont écrit avec leurs mots, par groupe de la personne qui l’a écrit. Ils sont pour vous : la version partagée ne montre les commentaires d’un groupe que si assez de ses membres en ont écrit un, sans leur auteur et avec chaque nom masqué. Les personnes sans consentement ne sont jamais nommées, ni ici ni là.",
    "report.comments.commenters": "{count} auteur(s)",
    "report.comments.author": "Auteur",
    "report.comments.about": "À propos de",
    "report.comments.text": "Commentaire",
    "report.comments.general": "l’enquête dans son ensemble",
    "report.comments.objective": "objectif {id} : {wording}",
    "report.comments.wave": "Vague {wave}",
    "report.shared.comments.lead": "Les commentaires d’un groupe pour une vague ne sont montrés que si au moins {k} de ses membres en ont écrit un, dans un ordre aléatoire et jamais avec leur auteur ; chaque nom, prénom, variante et identifiant est remplacé par […].",
    "report.shared.comments.not_enough": "Pas assez de commentaires pour les montrer (il faut qu’au moins {needed} personnes du groupe en aient écrit un)",
    "report.shared.comments.about_person": "À propos d’une personne :",
    "report.shared.comments.about_coach": "À propos du coach :",
    "report.shared.comments.about_objective": "À propos de l’objectif {id} ({wording}) :",
    "report.shared.about.comments": "Les commentaires ne sont montrés que pour un groupe et une vague où au moins {k} personnes en ont écrit un, dans un ordre aléatoire et sans leur auteur ; chaque nom, prénom, variante et identifiant d’une personne est remplacé par […]. Les commentaires du coach lui-même et ceux des personnes sans consentement ne sont pas montrés.",
    "cli.comments": "Commentaires : {count} de {people} personne(s) dans les vagues {waves}.",
}
