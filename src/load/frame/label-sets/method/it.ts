import type { MethodLabels } from '../../award-labels.js';

export const METHOD_IT: MethodLabels = {
  chapter: 'Metodo di valutazione',
  intro:
    "Le offerte sono valutate con il metodo seguente, stabilito prima dell'apertura di qualsiasi offerta. Il punteggio totale di un'offerta è la somma dei suoi punteggi sui criteri; l'offerta con il punteggio totale più alto è quella economicamente più vantaggiosa.",
  type: { quality: 'qualità', price: 'prezzo', cost: 'costo' },
  scale:
    'Ogni commissario attribuisce a {criterion} punti interi da 0 a {max}, secondo i descrittori seguenti. Il punteggio è punti / {max} × {weight}.',
  points: 'Punti',
  descriptor: 'Descrittore',
  score: 'Punteggio',
  subcriteria:
    '{criterion} è valutato sui suoi sub-criteri, ciascuno sulla stessa scala; i loro pesi sommano {weight}:',
  threshold:
    "Un'offerta che ottiene meno di {threshold} punti su {criterion} è esclusa dall'aggiudicazione, quali che siano gli altri punteggi.",
  rules: 'Ecco come sono valutati i requisiti di {criterion}:',
  lowestRatio: "Punteggio del prezzo = {weight} × prezzo più basso delle offerte ammissibili / prezzo dell'offerta.",
  linear:
    'Punteggio del prezzo = {weight} per un prezzo pari o inferiore a {best}, 0 per un prezzo pari o superiore a {worst} e, tra i due, {weight} × ({worst} − prezzo) / ({worst} − {best}).',
  example: 'Esempio di calcolo:',
  exampleLowestRatio:
    'con offerte di {low} e {high}, la prima ottiene {weight} × {low} / {low} = {lowScore}, la seconda {weight} × {low} / {high} = {highScore}.',
  exampleLinear: "un'offerta di {price} ottiene {weight} × ({worst} − {price}) / ({worst} − {best}) = {score}.",
  lcc: "Il prezzo confrontato è il costo del ciclo di vita su {years} anni: il valore attuale netto, a un tasso di sconto annuo del {rate}, dei costi che l'offerente indica nel foglio prezzi del modulo di risposta (articolo 68 della direttiva 2014/24/UE).",
  lccFormula:
    'Costo del ciclo di vita = i costi una tantum + la somma, per ogni anno a = 1 … {years}, dei costi annui / (1 + {rate})^a.',
  energy:
    "{line}: l'offerente indica la potenza elettrica media in kW; il suo costo annuo è kW × {hours} h × {price} per kWh.",
  line: 'Voce di costo',
  per: { once: 'una tantum', year: "all'anno" },
  perColumn: 'Frequenza',
  state: "Che cosa indica l'offerente",
  statePower: 'potenza media (kW)',
  stateAmount: 'importo (EUR, IVA esclusa)',
  total: 'Il prezzo confrontato è il prezzo totale indicato nel foglio prezzi del modulo di risposta.',
  consensus: {
    mean: "I punti di un'offerta su un criterio sono la media dei punti dei commissari.",
    median: "I punti di un'offerta su un criterio sono la mediana dei punti dei commissari.",
    recorded:
      "I commissari assegnano dapprima i punti separatamente; i punti di un'offerta su un criterio sono poi quelli che la commissione fissa per consenso, con la motivazione.",
  },
  spread:
    "Quando i punti dei commissari su un criterio differiscono di due gradini o più, la commissione discute l'offerta e ne verbalizza il motivo prima di firmare il verbale.",
  tieBreak:
    'Le offerte con lo stesso punteggio totale sono ordinate per {order}; quelle ancora pari condividono la posizione.',
  tieQuality: 'il punteggio di qualità più alto',
  tiePrice: 'il prezzo più basso',
  admissible:
    'Non è valutata un\'offerta il cui modulo di risposta risponde a un requisito obbligatorio con qualcosa di diverso da "Conforme", è stato modificato o non contiene un prezzo.',
  unscored: '{requirement} non riceve punteggio: {reason}',
};
