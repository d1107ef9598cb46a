import type { MethodLabels } from '../../award-labels.js';

export const METHOD_SV: MethodLabels = {
  chapter: 'Utvärderingsmetod',
  intro:
    'Anbuden utvärderas enligt följande metod, som fastställts innan något anbud öppnas. Ett anbuds totalpoäng är summan av dess poäng för kriterierna; anbudet med högst totalpoäng är det ekonomiskt mest fördelaktiga.',
  type: { quality: 'kvalitet', price: 'pris', cost: 'kostnad' },
  scale:
    'Varje bedömare ger {criterion} hela poäng från 0 till {max} enligt beskrivningarna nedan. Poängen blir poäng / {max} × {weight}.',
  points: 'Poäng',
  descriptor: 'Beskrivning',
  score: 'Viktad poäng',
  subcriteria:
    '{criterion} bedöms utifrån sina delkriterier, vart och ett på samma skala; deras vikter summerar till {weight}:',
  threshold: 'Ett anbud som får mindre än {threshold} poäng för {criterion} kan inte antas, oavsett övriga poäng.',
  rules: 'Så bedöms kraven inom {criterion}:',
  lowestRatio: 'Prispoäng = {weight} × lägsta pris bland de godtagbara anbuden / anbudets pris.',
  linear:
    'Prispoäng = {weight} vid ett pris på {best} eller lägre, 0 vid ett pris på {worst} eller högre och däremellan {weight} × ({worst} − pris) / ({worst} − {best}).',
  example: 'Räkneexempel:',
  exampleLowestRatio:
    'med anbud på {low} och {high} får det första {weight} × {low} / {low} = {lowScore} och det andra {weight} × {low} / {high} = {highScore}.',
  exampleLinear: 'ett anbud på {price} får {weight} × ({worst} − {price}) / ({worst} − {best}) = {score}.',
  lcc: 'Det jämförda priset är livscykelkostnaden över {years} år: nuvärdet, med en diskonteringsränta på {rate} per år, av de kostnader som anbudsgivaren anger i prisbladet i svarsformuläret (artikel 68 i direktiv 2014/24/EU).',
  lccFormula:
    'Livscykelkostnad = engångskostnaderna + summan för varje år å = 1 … {years} av de årliga kostnaderna / (1 + {rate})^å.',
  energy:
    '{line}: anbudsgivaren anger den genomsnittliga elektriska effekten i kW; den årliga kostnaden är kW × {hours} h × {price} per kWh.',
  line: 'Kostnadspost',
  per: { once: 'engång', year: 'per år' },
  perColumn: 'Frekvens',
  state: 'Vad anbudsgivaren anger',
  statePower: 'genomsnittlig effekt (kW)',
  stateAmount: 'belopp (EUR, exklusive moms)',
  total: 'Det jämförda priset är det totala pris som anges i prisbladet i svarsformuläret.',
  consensus: {
    mean: 'Ett anbuds poäng för ett kriterium är medelvärdet av bedömarnas poäng.',
    median: 'Ett anbuds poäng för ett kriterium är medianen av bedömarnas poäng.',
    recorded:
      'Bedömarna poängsätter först var för sig; ett anbuds poäng för ett kriterium är därefter de som utvärderingsgruppen fastställer i konsensus, med motivering.',
  },
  spread:
    'När bedömarnas poäng för ett kriterium skiljer sig med två steg eller mer går utvärderingsgruppen igenom anbudet och antecknar skälet innan protokollet undertecknas.',
  tieBreak: 'Anbud med samma totalpoäng rangordnas efter {order}; anbud som då fortfarande är lika delar plats.',
  tieQuality: 'högst kvalitetspoäng',
  tiePrice: 'lägst pris',
  admissible:
    'Ett anbud utvärderas inte om dess svarsformulär besvarar ett obligatoriskt krav med något annat än ”Uppfyller”, har ändrats eller saknar pris.',
  unscored: '{requirement} poängsätts inte: {reason}',
};
