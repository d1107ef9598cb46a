import type { MethodLabels } from '../../award-labels.js';

export const METHOD_FI: MethodLabels = {
  chapter: 'Vertailumenettely',
  intro:
    'Tarjoukset vertaillaan seuraavalla menetelmällä, joka on vahvistettu ennen yhdenkään tarjouksen avaamista. Tarjouksen kokonaispisteet ovat sen vertailuperusteittaisten pisteiden summa; suurimmat kokonaispisteet saanut tarjous on kokonaistaloudellisesti edullisin.',
  type: { quality: 'laatu', price: 'hinta', cost: 'kustannus' },
  scale:
    'Kukin arvioija antaa vertailuperusteesta {criterion} kokonaisia pisteitä 0–{max} alla olevien kuvausten mukaisesti. Pisteet lasketaan kaavalla pisteet / {max} × {weight}.',
  points: 'Pisteet',
  descriptor: 'Kuvaus',
  score: 'Pisteytys',
  subcriteria:
    'Vertailuperuste {criterion} arvioidaan alaperusteittain, kukin samalla asteikolla; niiden painoarvojen summa on {weight}:',
  threshold:
    'Tarjous, joka saa vertailuperusteesta {criterion} alle {threshold} pistettä, ei voi tulla valituksi muista pisteistä riippumatta.',
  rules: 'Vertailuperusteen {criterion} vaatimukset arvioidaan näin:',
  lowestRatio: 'Hintapisteet = {weight} × hyväksyttyjen tarjousten halvin hinta / tarjouksen hinta.',
  linear:
    'Hintapisteet = {weight}, kun hinta on {best} tai vähemmän, 0, kun hinta on {worst} tai enemmän, ja niiden välillä {weight} × ({worst} − hinta) / ({worst} − {best}).',
  example: 'Laskuesimerkki:',
  exampleLowestRatio:
    'tarjouksista {low} ja {high} ensimmäinen saa {weight} × {low} / {low} = {lowScore} ja toinen {weight} × {low} / {high} = {highScore}.',
  exampleLinear: 'tarjous hintaan {price} saa {weight} × ({worst} − {price}) / ({worst} − {best}) = {score}.',
  lcc: 'Vertailtava hinta on elinkaarikustannus {years} vuoden ajalta: nykyarvo {rate}:n vuotuisella diskonttokorolla niistä kustannuksista, jotka tarjoaja ilmoittaa vastauslomakkeen hintalehdellä (direktiivin 2014/24/EU 68 artikla).',
  lccFormula:
    'Elinkaarikustannus = kertakustannukset + kunkin vuoden v = 1 … {years} vuotuisten kustannusten / (1 + {rate})^v summa.',
  energy:
    '{line}: tarjoaja ilmoittaa keskimääräisen sähkötehon kilowatteina; sen vuotuinen kustannus on kW × {hours} h × {price} kilowattitunnilta.',
  line: 'Kustannuserä',
  per: { once: 'kertaluonteinen', year: 'vuodessa' },
  perColumn: 'Toistuvuus',
  state: 'Mitä tarjoaja ilmoittaa',
  statePower: 'keskiteho (kW)',
  stateAmount: 'määrä (EUR, ilman arvonlisäveroa)',
  total: 'Vertailtava hinta on vastauslomakkeen hintalehdellä ilmoitettu kokonaishinta.',
  consensus: {
    mean: 'Tarjouksen pisteet vertailuperusteesta ovat arvioijien pisteiden keskiarvo.',
    median: 'Tarjouksen pisteet vertailuperusteesta ovat arvioijien pisteiden mediaani.',
    recorded:
      'Arvioijat pisteyttävät ensin erikseen; tarjouksen pisteet vertailuperusteesta ovat tämän jälkeen ne, jotka arviointiryhmä vahvistaa yksimielisesti perusteluineen.',
  },
  spread:
    'Jos arvioijien pisteet vertailuperusteesta eroavat kaksi astetta tai enemmän, arviointiryhmä käsittelee tarjouksen ja kirjaa syyn ennen pöytäkirjan allekirjoittamista.',
  tieBreak:
    'Tarjoukset, joilla on samat kokonaispisteet, asetetaan järjestykseen seuraavasti: {order}; edelleen tasapisteiset tarjoukset jakavat sijan.',
  tieQuality: 'suuremmat laatupisteet',
  tiePrice: 'halvempi hinta',
  admissible:
    'Tarjousta ei vertailla, jos sen vastauslomake vastaa ehdottomaan vaatimukseen muuten kuin ”Täyttää”, sitä on muutettu tai siitä puuttuu hinta.',
  unscored: '{requirement} ei pisteytetä: {reason}',
};
