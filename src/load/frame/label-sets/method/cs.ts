import type { MethodLabels } from '../../award-labels.js';

export const METHOD_CS: MethodLabels = {
  chapter: 'Způsob hodnocení',
  intro:
    'Nabídky se hodnotí podle následující metody, stanovené před otevřením jakékoli nabídky. Celkové bodové hodnocení nabídky je součtem jejích hodnocení v jednotlivých kritériích; nabídka s nejvyšším celkovým hodnocením je ekonomicky nejvýhodnější.',
  type: { quality: 'kvalita', price: 'cena', cost: 'náklady' },
  scale:
    'Každý hodnotitel přidělí v kritériu {criterion} celé body od 0 do {max} podle níže uvedených popisů. Hodnocení činí body / {max} × {weight}.',
  points: 'Body',
  descriptor: 'Popis',
  score: 'Hodnocení',
  subcriteria:
    'Kritérium {criterion} se hodnotí podle dílčích kritérií, každé na stejné stupnici; jejich váhy dávají v součtu {weight}:',
  threshold:
    'Nabídka, která v kritériu {criterion} získá méně než {threshold} bodů, nemůže být vybrána bez ohledu na ostatní hodnocení.',
  rules: 'Požadavky kritéria {criterion} se hodnotí takto:',
  lowestRatio: 'Hodnocení ceny = {weight} × nejnižší cena přípustných nabídek / cena nabídky.',
  linear:
    'Hodnocení ceny = {weight} při ceně {best} nebo nižší, 0 při ceně {worst} nebo vyšší a mezi nimi {weight} × ({worst} − cena) / ({worst} − {best}).',
  example: 'Příklad výpočtu:',
  exampleLowestRatio:
    'při nabídkách {low} a {high} získá první {weight} × {low} / {low} = {lowScore}, druhá {weight} × {low} / {high} = {highScore}.',
  exampleLinear: 'nabídka s cenou {price} získá {weight} × ({worst} − {price}) / ({worst} − {best}) = {score}.',
  lcc: 'Porovnávanou cenou jsou náklady životního cyklu za {years} let: čistá současná hodnota, při diskontní sazbě {rate} ročně, nákladů, které účastník uvede v cenovém listu formuláře odpovědi (článek 68 směrnice 2014/24/EU).',
  lccFormula:
    'Náklady životního cyklu = jednorázové náklady + součet za každý rok r = 1 … {years} ročních nákladů / (1 + {rate})^r.',
  energy:
    '{line}: účastník uvede průměrný elektrický příkon v kW; jeho roční náklady činí kW × {hours} h × {price} za kWh.',
  line: 'Nákladová položka',
  per: { once: 'jednorázově', year: 'ročně' },
  perColumn: 'Četnost',
  state: 'Co účastník uvádí',
  statePower: 'průměrný příkon (kW)',
  stateAmount: 'částka (EUR bez DPH)',
  total: 'Porovnávanou cenou je celková cena uvedená v cenovém listu formuláře odpovědi.',
  consensus: {
    mean: 'Body nabídky v kritériu jsou průměrem bodů hodnotitelů.',
    median: 'Body nabídky v kritériu jsou mediánem bodů hodnotitelů.',
    recorded:
      'Hodnotitelé nejprve hodnotí samostatně; body nabídky v kritériu jsou poté ty, které komise stanoví konsenzem, s odůvodněním.',
  },
  spread:
    'Liší-li se body hodnotitelů v kritériu o dva stupně nebo více, komise nabídku projedná a důvod zaznamená před podpisem zprávy.',
  tieBreak: 'Nabídky se stejným celkovým hodnocením se seřadí podle: {order}; nabídky stále shodné sdílejí pořadí.',
  tieQuality: 'nejvyšší hodnocení kvality',
  tiePrice: 'nejnižší cena',
  admissible:
    'Nehodnotí se nabídka, jejíž formulář odpovědi odpovídá na povinný požadavek jinak než „Splňuje“, byl změněn nebo neobsahuje cenu.',
  unscored: '{requirement} se nehodnotí: {reason}',
};
