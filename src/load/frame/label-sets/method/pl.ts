import type { MethodLabels } from '../../award-labels.js';

export const METHOD_PL: MethodLabels = {
  chapter: 'Sposób oceny ofert',
  intro:
    'Oferty są oceniane według poniższej metody, ustalonej przed otwarciem którejkolwiek oferty. Łączna liczba punktów oferty jest sumą jej punktów w poszczególnych kryteriach; oferta z najwyższą łączną liczbą punktów jest ofertą najkorzystniejszą.',
  type: { quality: 'jakość', price: 'cena', cost: 'koszt' },
  scale:
    'Każdy członek komisji przyznaje w kryterium {criterion} całkowitą liczbę punktów od 0 do {max} zgodnie z poniższymi opisami. Wynik wynosi punkty / {max} × {weight}.',
  points: 'Punkty',
  descriptor: 'Opis',
  score: 'Wynik',
  subcriteria:
    'Kryterium {criterion} jest oceniane według podkryteriów, każde w tej samej skali; ich wagi sumują się do {weight}:',
  threshold:
    'Oferta, która w kryterium {criterion} uzyska mniej niż {threshold} punktów, nie może zostać wybrana, niezależnie od pozostałych wyników.',
  rules: 'Wymagania kryterium {criterion} ocenia się następująco:',
  lowestRatio: 'Punkty za cenę = {weight} × najniższa cena spośród ofert niepodlegających odrzuceniu / cena oferty.',
  linear:
    'Punkty za cenę = {weight} przy cenie równej {best} lub niższej, 0 przy cenie równej {worst} lub wyższej, a pomiędzy nimi {weight} × ({worst} − cena) / ({worst} − {best}).',
  example: 'Przykład obliczenia:',
  exampleLowestRatio:
    'przy ofertach {low} i {high} pierwsza otrzymuje {weight} × {low} / {low} = {lowScore}, druga {weight} × {low} / {high} = {highScore}.',
  exampleLinear: 'oferta z ceną {price} otrzymuje {weight} × ({worst} − {price}) / ({worst} − {best}) = {score}.',
  lcc: 'Porównywaną ceną jest koszt cyklu życia w okresie {years} lat: wartość bieżąca netto, przy stopie dyskontowej {rate} rocznie, kosztów podanych przez wykonawcę w arkuszu cenowym formularza odpowiedzi (art. 68 dyrektywy 2014/24/UE).',
  lccFormula:
    'Koszt cyklu życia = koszty jednorazowe + suma, dla każdego roku r = 1 … {years}, kosztów rocznych / (1 + {rate})^r.',
  energy:
    '{line}: wykonawca podaje średnią moc elektryczną w kW; jej roczny koszt wynosi kW × {hours} h × {price} za kWh.',
  line: 'Pozycja kosztów',
  per: { once: 'jednorazowo', year: 'rocznie' },
  perColumn: 'Częstotliwość',
  state: 'Co podaje wykonawca',
  statePower: 'średnia moc (kW)',
  stateAmount: 'kwota (EUR, bez VAT)',
  total: 'Porównywaną ceną jest cena całkowita podana w arkuszu cenowym formularza odpowiedzi.',
  consensus: {
    mean: 'Punkty oferty w kryterium są średnią punktów członków komisji.',
    median: 'Punkty oferty w kryterium są medianą punktów członków komisji.',
    recorded:
      'Członkowie komisji najpierw oceniają oddzielnie; punktami oferty w kryterium są następnie punkty, które komisja ustala w drodze konsensusu wraz z uzasadnieniem.',
  },
  spread:
    'Jeżeli punkty członków komisji w kryterium różnią się o dwa stopnie lub więcej, komisja omawia ofertę i zapisuje przyczynę przed podpisaniem protokołu.',
  tieBreak:
    'Oferty z tą samą łączną liczbą punktów szereguje się według kryterium: {order}; oferty nadal równe zajmują to samo miejsce.',
  tieQuality: 'najwyższa liczba punktów za jakość',
  tiePrice: 'najniższa cena',
  admissible:
    'Nie ocenia się oferty, której formularz odpowiedzi na wymaganie obowiązkowe odpowiada inaczej niż „Spełnia”, został zmieniony lub nie zawiera ceny.',
  unscored: '{requirement} nie jest punktowane: {reason}',
};
