import type { MethodLabels } from '../../award-labels.js';

export const METHOD_ET: MethodLabels = {
  chapter: 'Hindamismetoodika',
  intro:
    'Pakkumusi hinnatakse järgmise metoodika järgi, mis on kindlaks määratud enne ühegi pakkumuse avamist. Pakkumuse koondhinne on tema hinnete summa kriteeriumide lõikes; suurima koondhindega pakkumus on majanduslikult soodsaim.',
  type: { quality: 'kvaliteet', price: 'hind', cost: 'kulu' },
  scale:
    'Iga hindaja annab kriteeriumi {criterion} eest täispunkte 0 kuni {max} allpool toodud kirjelduste järgi. Hinne on punktid / {max} × {weight}.',
  points: 'Punktid',
  descriptor: 'Kirjeldus',
  score: 'Hinne',
  subcriteria:
    'Kriteeriumi {criterion} hinnatakse alamkriteeriumide kaupa, igaüht samal skaalal; nende kaalud annavad kokku {weight}:',
  threshold:
    'Pakkumus, mis saab kriteeriumi {criterion} eest vähem kui {threshold} punkti, jäetakse edukaks tunnistamata, olenemata muudest hinnetest.',
  rules: 'Kriteeriumi {criterion} nõudeid hinnatakse nii:',
  lowestRatio: 'Hinna hinne = {weight} × vastavaks tunnistatud pakkumuste madalaim hind / pakkumuse hind.',
  linear:
    'Hinna hinne = {weight}, kui hind on {best} või vähem, 0, kui hind on {worst} või rohkem, ning nende vahel {weight} × ({worst} − hind) / ({worst} − {best}).',
  example: 'Arvutusnäide:',
  exampleLowestRatio:
    'pakkumuste {low} ja {high} puhul saab esimene {weight} × {low} / {low} = {lowScore}, teine {weight} × {low} / {high} = {highScore}.',
  exampleLinear: 'pakkumus hinnaga {price} saab {weight} × ({worst} − {price}) / ({worst} − {best}) = {score}.',
  lcc: 'Võrreldav hind on olelusringi kulu {years} aasta jooksul: pakkuja poolt vastusevormi hinnalehel esitatud kulude nüüdispuhasväärtus diskontomääraga {rate} aastas (direktiivi 2014/24/EL artikkel 68).',
  lccFormula: 'Olelusringi kulu = ühekordsed kulud + iga aasta a = 1 … {years} aastakulude / (1 + {rate})^a summa.',
  energy:
    '{line}: pakkuja esitab keskmise elektrilise võimsuse kW-des; selle aastakulu on kW × {hours} h × {price} kWh kohta.',
  line: 'Kulurida',
  per: { once: 'ühekordne', year: 'aastas' },
  perColumn: 'Sagedus',
  state: 'Mida pakkuja esitab',
  statePower: 'keskmine võimsus (kW)',
  stateAmount: 'summa (EUR, käibemaksuta)',
  total: 'Võrreldav hind on vastusevormi hinnalehel esitatud kogumaksumus.',
  consensus: {
    mean: 'Pakkumuse punktid kriteeriumi eest on hindajate punktide keskmine.',
    median: 'Pakkumuse punktid kriteeriumi eest on hindajate punktide mediaan.',
    recorded:
      'Hindajad hindavad kõigepealt eraldi; pakkumuse punktid kriteeriumi eest on seejärel need, mille komisjon konsensuse alusel koos põhjendusega kinnitab.',
  },
  spread:
    'Kui hindajate punktid kriteeriumi eest erinevad kahe astme või rohkem võrra, arutab komisjon pakkumust ja paneb põhjuse kirja enne protokolli allkirjastamist.',
  tieBreak:
    'Sama koondhindega pakkumused järjestatakse järgmiselt: {order}; endiselt võrdsed pakkumused jagavad kohta.',
  tieQuality: 'suurem kvaliteedihinne',
  tiePrice: 'madalam hind',
  admissible:
    'Pakkumust ei hinnata, kui selle vastusevorm vastab kohustuslikule nõudele muul viisil kui „Vastab“, seda on muudetud või see ei sisalda hinda.',
  unscored: '{requirement} ei hinnata: {reason}',
};
