import type { MethodLabels } from '../../award-labels.js';

export const METHOD_FR: MethodLabels = {
  chapter: "Méthode d'attribution",
  intro:
    "Les offres sont évaluées selon la méthode suivante, arrêtée avant l'ouverture de toute offre. La note totale d'une offre est la somme de ses notes sur les critères ; l'offre qui obtient la note totale la plus élevée est l'offre économiquement la plus avantageuse.",
  type: { quality: 'qualité', price: 'prix', cost: 'coût' },
  scale:
    'Chaque évaluateur attribue à {criterion} un nombre entier de points de 0 à {max}, selon les descripteurs ci-dessous. La note est points / {max} × {weight}.',
  points: 'Points',
  descriptor: 'Descripteur',
  score: 'Note',
  subcriteria:
    '{criterion} est noté selon ses sous-critères, chacun sur la même échelle ; leurs pondérations totalisent {weight} :',
  threshold:
    "Une offre qui obtient moins de {threshold} points sur {criterion} est exclue de l'attribution, quelles que soient ses autres notes.",
  rules: 'Notation des exigences de {criterion} :',
  lowestRatio: "Note prix = {weight} × prix le plus bas des offres recevables / prix de l'offre.",
  linear:
    'Note prix = {weight} pour un prix inférieur ou égal à {best}, 0 pour un prix supérieur ou égal à {worst}, et entre les deux {weight} × ({worst} − prix) / ({worst} − {best}).',
  example: 'Exemple chiffré :',
  exampleLowestRatio:
    'avec des offres à {low} et {high}, la première obtient {weight} × {low} / {low} = {lowScore}, la seconde {weight} × {low} / {high} = {highScore}.',
  exampleLinear: 'une offre à {price} obtient {weight} × ({worst} − {price}) / ({worst} − {best}) = {score}.',
  lcc: "Le prix comparé est le coût du cycle de vie sur {years} ans : la valeur actuelle nette, à un taux d'actualisation de {rate} par an, des coûts que le soumissionnaire indique dans la feuille de prix du formulaire de réponse (directive 2014/24/UE, art. 68).",
  lccFormula:
    'Coût du cycle de vie = les coûts uniques + la somme, pour chaque année a = 1 … {years}, des coûts annuels / (1 + {rate})^a.',
  energy:
    '{line} : le soumissionnaire indique la puissance électrique moyenne en kW ; son coût annuel est kW × {hours} h × {price} par kWh.',
  line: 'Poste de coût',
  per: { once: 'unique', year: 'par an' },
  perColumn: 'Périodicité',
  state: 'Ce que le soumissionnaire indique',
  statePower: 'puissance moyenne (kW)',
  stateAmount: 'montant (EUR, hors TVA)',
  total: 'Le prix comparé est le prix total indiqué dans la feuille de prix du formulaire de réponse.',
  consensus: {
    mean: "Les points d'une offre sur un critère sont la moyenne des points des évaluateurs.",
    median: "Les points d'une offre sur un critère sont la médiane des points des évaluateurs.",
    recorded:
      "Les évaluateurs notent d'abord seuls ; les points d'une offre sur un critère sont ensuite ceux que le comité consigne par consensus, avec leurs motifs.",
  },
  spread:
    "Lorsque les points des évaluateurs sur un critère diffèrent de deux échelons ou plus, le comité examine l'offre et en consigne les motifs avant la signature du rapport.",
  tieBreak:
    'Les offres à égalité de note totale sont classées selon {order} ; les offres encore à égalité partagent le même rang.',
  tieQuality: 'la note de qualité la plus élevée',
  tiePrice: 'le prix le plus bas',
  admissible:
    "Une offre n'est pas évaluée si son formulaire de réponse répond autrement que « Conforme » à une exigence obligatoire, a été modifié ou ne comporte pas de prix.",
  unscored: "{requirement} n'est pas noté : {reason}",
};
