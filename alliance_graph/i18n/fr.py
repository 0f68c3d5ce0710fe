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
