import type { MethodLabels } from '../../award-labels.js';

export const METHOD_DE: MethodLabels = {
  chapter: 'Wertungsmethode',
  intro:
    'Die Angebote werden nach der folgenden Methode gewertet, die vor der Öffnung der Angebote festgelegt ist. Die Gesamtpunktzahl eines Angebots ist die Summe seiner Punktzahlen in den Kriterien; das Angebot mit der höchsten Gesamtpunktzahl ist das wirtschaftlichste.',
  type: { quality: 'Qualität', price: 'Preis', cost: 'Kosten' },
  scale:
    'Jeder Bewerter vergibt für {criterion} ganze Punkte von 0 bis {max}, wie es die folgenden Beschreibungen vorgeben. Die Punktzahl ist Punkte / {max} × {weight}.',
  points: 'Punkte',
  descriptor: 'Beschreibung',
  score: 'Punktzahl',
  subcriteria:
    '{criterion} wird nach seinen Unterkriterien gewertet, jedes auf derselben Skala; ihre Gewichtungen ergeben zusammen {weight}:',
  threshold:
    'Ein Angebot, das bei {criterion} weniger als {threshold} Punkte erreicht, wird vom Zuschlag ausgeschlossen, unabhängig von seinen übrigen Punktzahlen.',
  rules: 'So werden die Anforderungen von {criterion} gewertet:',
  lowestRatio: 'Preispunktzahl = {weight} × niedrigster Preis der zulässigen Angebote / Preis des Angebots.',
  linear:
    'Preispunktzahl = {weight} bei einem Preis von {best} oder weniger, 0 bei einem Preis von {worst} oder mehr, und dazwischen {weight} × ({worst} − Preis) / ({worst} − {best}).',
  example: 'Rechenbeispiel:',
  exampleLowestRatio:
    'bei Angeboten zu {low} und {high} erhält das erste {weight} × {low} / {low} = {lowScore}, das zweite {weight} × {low} / {high} = {highScore}.',
  exampleLinear: 'ein Angebot zu {price} erhält {weight} × ({worst} − {price}) / ({worst} − {best}) = {score}.',
  lcc: 'Verglichen werden die Lebenszykluskosten über {years} Jahre: der Barwert, bei einem Abzinsungssatz von {rate} pro Jahr, der Kosten, die der Bieter im Preisblatt des Antwortformulars angibt (Richtlinie 2014/24/EU Art. 68).',
  lccFormula:
    'Lebenszykluskosten = die einmaligen Kosten + die Summe über jedes Jahr y = 1 … {years} der jährlichen Kosten / (1 + {rate})^y.',
  energy:
    '{line}: Der Bieter gibt die mittlere elektrische Leistung in kW an; ihre jährlichen Kosten sind kW × {hours} h × {price} je kWh.',
  line: 'Kostenposition',
  per: { once: 'einmalig', year: 'pro Jahr' },
  perColumn: 'Anfall',
  state: 'Angabe des Bieters',
  statePower: 'mittlere Leistung (kW)',
  stateAmount: 'Betrag (EUR, ohne MwSt.)',
  total: 'Verglichen wird der Gesamtpreis, der im Preisblatt des Antwortformulars angegeben ist.',
  consensus: {
    mean: 'Die Punkte eines Angebots in einem Kriterium sind der Mittelwert der Punkte der Bewerter.',
    median: 'Die Punkte eines Angebots in einem Kriterium sind der Median der Punkte der Bewerter.',
    recorded:
      'Die Bewerter werten zunächst einzeln; die Punkte eines Angebots in einem Kriterium sind dann die, die das Gremium im Konsens festhält, mit Begründung.',
  },
  spread:
    'Weichen die Punkte der Bewerter in einem Kriterium um zwei Stufen oder mehr voneinander ab, erörtert das Gremium das Angebot und hält die Gründe fest, bevor der Bericht unterzeichnet wird.',
  tieBreak:
    'Angebote mit gleicher Gesamtpunktzahl werden nach {order} gereiht; weiterhin gleiche Angebote teilen sich einen Rang.',
  tieQuality: 'der höheren Qualitätspunktzahl',
  tiePrice: 'dem niedrigeren Preis',
  admissible:
    'Ein Angebot wird nicht gewertet, wenn sein Antwortformular eine Mindestanforderung anders als mit „Erfüllt“ beantwortet, verändert wurde oder keinen Preis enthält.',
  unscored: '{requirement} wird nicht gewertet: {reason}',
};
