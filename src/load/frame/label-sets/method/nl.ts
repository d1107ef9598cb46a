import type { MethodLabels } from '../../award-labels.js';

export const METHOD_NL: MethodLabels = {
  chapter: 'Beoordelingsmethode',
  intro:
    'De offertes worden beoordeeld volgens de volgende methode, die is vastgelegd voordat een offerte wordt geopend. De totaalscore van een offerte is de som van haar scores op de criteria; de offerte met de hoogste totaalscore is de economisch meest voordelige.',
  type: { quality: 'kwaliteit', price: 'prijs', cost: 'kosten' },
  scale:
    'Elke beoordelaar kent {criterion} hele punten toe van 0 tot {max}, zoals de onderstaande omschrijvingen aangeven. De score is punten / {max} × {weight}.',
  points: 'Punten',
  descriptor: 'Omschrijving',
  score: 'Score',
  subcriteria:
    '{criterion} wordt beoordeeld op zijn subcriteria, elk op dezelfde schaal; hun wegingen tellen op tot {weight}:',
  threshold:
    'Een offerte die op {criterion} minder dan {threshold} punten behaalt, wordt uitgesloten van de gunning, ongeacht haar overige scores.',
  rules: 'Zo worden de eisen van {criterion} beoordeeld:',
  lowestRatio: 'Prijsscore = {weight} × laagste prijs van de aanvaardbare offertes / prijs van de offerte.',
  linear:
    'Prijsscore = {weight} bij een prijs van {best} of minder, 0 bij een prijs van {worst} of meer, en daartussen {weight} × ({worst} − prijs) / ({worst} − {best}).',
  example: 'Rekenvoorbeeld:',
  exampleLowestRatio:
    'bij offertes van {low} en {high} scoort de eerste {weight} × {low} / {low} = {lowScore}, de tweede {weight} × {low} / {high} = {highScore}.',
  exampleLinear: 'een offerte van {price} scoort {weight} × ({worst} − {price}) / ({worst} − {best}) = {score}.',
  lcc: 'De vergeleken prijs is de levenscycluskosten over {years} jaar: de netto contante waarde, tegen een disconteringsvoet van {rate} per jaar, van de kosten die de inschrijver opgeeft in het prijsblad van het antwoordformulier (Richtlijn 2014/24/EU art. 68).',
  lccFormula:
    'Levenscycluskosten = de eenmalige kosten + de som over elk jaar j = 1 … {years} van de jaarlijkse kosten / (1 + {rate})^j.',
  energy:
    '{line}: de inschrijver geeft het gemiddelde elektrische vermogen in kW op; de jaarlijkse kosten daarvan zijn kW × {hours} h × {price} per kWh.',
  line: 'Kostenpost',
  per: { once: 'eenmalig', year: 'per jaar' },
  perColumn: 'Frequentie',
  state: 'Wat de inschrijver opgeeft',
  statePower: 'gemiddeld vermogen (kW)',
  stateAmount: 'bedrag (EUR, exclusief btw)',
  total: 'De vergeleken prijs is de totale prijs die in het prijsblad van het antwoordformulier is opgegeven.',
  consensus: {
    mean: 'De punten van een offerte op een criterium zijn het gemiddelde van de punten van de beoordelaars.',
    median: 'De punten van een offerte op een criterium zijn de mediaan van de punten van de beoordelaars.',
    recorded:
      'De beoordelaars scoren eerst afzonderlijk; de punten van een offerte op een criterium zijn vervolgens die welke de commissie in consensus vastlegt, met de motivering.',
  },
  spread:
    'Wanneer de punten van de beoordelaars op een criterium twee stappen of meer uiteenlopen, bespreekt de commissie de offerte en legt zij de reden vast voordat het verslag wordt ondertekend.',
  tieBreak:
    'Offertes met een gelijke totaalscore worden gerangschikt op {order}; offertes die dan nog gelijk zijn, delen een rang.',
  tieQuality: 'de hoogste kwaliteitsscore',
  tiePrice: 'de laagste prijs',
  admissible:
    'Een offerte wordt niet beoordeeld als haar antwoordformulier een verplichte eis anders beantwoordt dan met "Voldoet", gewijzigd is of geen prijs bevat.',
  unscored: '{requirement} wordt niet gescoord: {reason}',
};
