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
    "report.title": "Rapport d’alliances",
    "report.generated": "Généré le {date}",
    "report.no_group": "(sans groupe)",
    "report.since": "depuis {wave}",
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
    "report.network.title": "Le réseau d’alliances",
    "report.network.lead": "Chaque personne est une forme (★ coach, ◆ commanditaire, ■ personne coachée, ● les autres) à la couleur de son groupe, au même endroit à chaque vague ; sa taille montre la confiance qu’elle reçoit. Les liens sont verts quand ils sont positifs, rouges quand ils sont négatifs, plus épais quand ils sont plus forts. Survolez une personne ou un lien pour voir ses chiffres ; faites glisser pour déplacer, molette pour zoomer.",
    "report.network.wave": "Vague",
    "report.network.capped": "Seuls les {shown} liens les plus forts sur {total} sont affichés.",
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
    "report.quality.missing": "{count} réponses laissées vides.",
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
    "report.glossary.balance.term": "Indice d’équilibre",
    "report.glossary.balance.formula": "B = 1 − Gini(A) · m / (m − 1)",
    "report.glossary.balance.meaning": "1 quand tous les groupes sont également alliés, 0 quand un seul groupe a tout.",
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
    "change.few": "L’alliance avec {group} passe de {before} à {after}, mais {n} réponse(s), c’est trop peu pour parler de tendance.",
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
    "report.changes.sentences": "En clair",
    "report.changes.overall": "De {first} à {last}",
    "report.legend.neutral": "lien neutre",
    "report.people.rated_by": "Évalué·e par",
    "text.no_changes": "Une seule vague : rien à comparer.",
    "text.change_title": "De {before} à {after}",
    "change.single_same": "{who} ne change pas ({after}).",
}
