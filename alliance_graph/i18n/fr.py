"""French strings."""

MESSAGES = {
    "word.line": "ligne {line}",
    "word.colon": "\u00a0: ",
    "severity.error": "erreur",
    "severity.warning": "avertissement",
    "cli.files": "Fichiers\u00a0:",
    "cli.file": "  {path}  ({shape}, {encoding}, {delimiter}, {rows} lignes)",
    "cli.survey": (
        "Enquête\u00a0: {ratings} réponses, {count} vague(s) {waves}, {stakeholders} parties "
        "prenantes, échelle {scale}"
    ),
    "cli.inferred": " (déduite)",
    "cli.issues": "Problèmes\u00a0: {errors} erreur(s), {warnings} avertissement(s)",
    "cli.valid": "Valide.",
    "cli.invalid": "Non valide\u00a0: corrigez les erreurs ci-dessus puis relancez.",
    "text.title": "Vague {wave} · {nodes} parties prenantes · {ties} liens · coach {coach}",
    "text.level": "Niveau d’alliance",
    "text.level_help": "alliance moyenne des {groups} groupes (de 0 à 1)",
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
    "issue.EMPTY_FILE": "Le fichier est vide.",
    "issue.UNREADABLE_FILE": "Le fichier ne peut pas être lu comme un tableau CSV : {reason}.",
    "reason.encoding": "ce n’est pas du texte valide dans l’encodage indiqué",
    "reason.workbook": (
        "c’est un classeur de tableur, pas un CSV ; enregistrez-le d’abord au format CSV"
    ),
    "reason.binary": "il contient des données binaires, pas du texte",
    "issue.RAGGED_ROW": (
        "Cette ligne a {seen} cellules alors que la ligne d’en-tête en a {expected} ; une "
        "cellule contenant le séparateur doit peut-être être entre guillemets, ou le fichier "
        "est tronqué."
    ),
    "issue.NO_DATA_ROWS": "Le fichier a une ligne d’en-tête mais aucune ligne de données.",
    "issue.MISSING_COLUMN": (
        "Aucune colonne {needed} trouvée (en-têtes : {value}). Nommez les colonnes "
        "évaluateur, évalué et note (ou rater, ratee, score) ; docs/input-format.md "
        "décrit toutes les formes acceptées."
    ),
    "issue.MISSING_NAME": (
        "La colonne « {column} » est vide sur cette ligne : ses réponses ne peuvent "
        "pas être utilisées."
    ),
    "issue.MISSING_WAVE": (
        "La vague est vide sur cette ligne : ses réponses ne peuvent pas être rattachées."
    ),
    "issue.SCORE_NOT_A_NUMBER": (
        "« {value} » dans la colonne « {column} » n’est ni un nombre ni une réponse connue."
    ),
    "issue.SCORE_OUT_OF_RANGE": "La note {value} est hors de l’échelle {scale}.",
    "issue.LABEL_SCALE_MISMATCH": (
        "Les libellés de réponse forment une échelle en {points} points (1:{points}), "
        "mais l’échelle déclarée est {scale}."
    ),
    "issue.UNKNOWN_ROLE": (
        "Le rôle « {value} » est inconnu : utilisez coach, commanditaire, coaché ou "
        "partie prenante."
    ),
    "issue.CONFLICTING_GROUP": "{name} a deux groupes : « {other} » et « {value} ».",
    "issue.CONFLICTING_ROLE": "{name} a deux rôles : « {other} » et « {value} ».",
    "issue.CONFLICTING_DUPLICATE": (
        "{rater} a évalué {ratee} deux fois sur {dimension} dans la vague {wave}, avec des "
        "notes différentes ({value} ici, {other} à la ligne {other_line})."
    ),
    "issue.SEVERAL_COACHES": (
        "Plusieurs personnes ont le rôle coach ({value}) : n’en gardez qu’une, ou désignez-la "
        "avec --coach."
    ),
    "issue.UNKNOWN_COACH": "Le coach « {value} » ne fait pas partie de cette enquête.",
    "issue.NO_RATINGS": ("Aucune réponse utilisable n’a été trouvée : il n’y a rien à analyser."),
    "issue.SCALE_INFERRED": (
        "Aucune échelle n’a été déclarée ; les notes tiennent dans {scale}, qui est utilisée. "
        "Déclarez l’échelle avec --scale si ce n’est pas la bonne."
    ),
    "issue.SELF_RATING": "{value} s’est évalué·e soi-même ; cette réponse est ignorée.",
    "issue.NOT_IN_REGISTER": (
        "{value} figure dans les réponses mais pas dans le registre : son groupe est inconnu."
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
    "issue.BAD_DATE": "« {value} » n’est pas une date ; la date de cette ligne reste vide.",
}
