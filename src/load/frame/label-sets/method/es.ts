import type { MethodLabels } from '../../award-labels.js';

export const METHOD_ES: MethodLabels = {
  chapter: 'Método de valoración',
  intro:
    'Las ofertas se valoran con el método siguiente, fijado antes de abrir ninguna oferta. La puntuación total de una oferta es la suma de sus puntuaciones en los criterios; la oferta con la puntuación total más alta es la económicamente más ventajosa.',
  type: { quality: 'calidad', price: 'precio', cost: 'coste' },
  scale:
    'Cada evaluador asigna a {criterion} puntos enteros de 0 a {max}, según los descriptores siguientes. La puntuación es puntos / {max} × {weight}.',
  points: 'Puntos',
  descriptor: 'Descriptor',
  score: 'Puntuación',
  subcriteria:
    '{criterion} se valora por sus subcriterios, cada uno en la misma escala; sus ponderaciones suman {weight}:',
  threshold:
    'Una oferta que obtenga menos de {threshold} puntos en {criterion} queda excluida de la adjudicación, cualesquiera que sean sus demás puntuaciones.',
  rules: 'Así se valoran los requisitos de {criterion}:',
  lowestRatio: 'Puntuación del precio = {weight} × precio más bajo de las ofertas admisibles / precio de la oferta.',
  linear:
    'Puntuación del precio = {weight} para un precio igual o inferior a {best}, 0 para un precio igual o superior a {worst} y, entre ambos, {weight} × ({worst} − precio) / ({worst} − {best}).',
  example: 'Ejemplo de cálculo:',
  exampleLowestRatio:
    'con ofertas de {low} y {high}, la primera obtiene {weight} × {low} / {low} = {lowScore} y la segunda {weight} × {low} / {high} = {highScore}.',
  exampleLinear: 'una oferta de {price} obtiene {weight} × ({worst} − {price}) / ({worst} − {best}) = {score}.',
  lcc: 'El precio comparado es el coste del ciclo de vida durante {years} años: el valor actual neto, a una tasa de descuento de {rate} anual, de los costes que el licitador indica en la hoja de precios del formulario de respuesta (artículo 68 de la Directiva 2014/24/UE).',
  lccFormula:
    'Coste del ciclo de vida = los costes únicos + la suma, para cada año a = 1 … {years}, de los costes anuales / (1 + {rate})^a.',
  energy:
    '{line}: el licitador indica la potencia eléctrica media en kW; su coste anual es kW × {hours} h × {price} por kWh.',
  line: 'Partida de coste',
  per: { once: 'una vez', year: 'por año' },
  perColumn: 'Periodicidad',
  state: 'Lo que indica el licitador',
  statePower: 'potencia media (kW)',
  stateAmount: 'importe (EUR, IVA excluido)',
  total: 'El precio comparado es el precio total indicado en la hoja de precios del formulario de respuesta.',
  consensus: {
    mean: 'Los puntos de una oferta en un criterio son la media de los puntos de los evaluadores.',
    median: 'Los puntos de una oferta en un criterio son la mediana de los puntos de los evaluadores.',
    recorded:
      'Los evaluadores puntúan primero por separado; los puntos de una oferta en un criterio son después los que la mesa fija por consenso, con su motivación.',
  },
  spread:
    'Cuando los puntos de los evaluadores en un criterio difieren en dos escalones o más, la mesa debate la oferta y deja constancia del motivo antes de firmar el informe.',
  tieBreak:
    'Las ofertas con la misma puntuación total se ordenan por {order}; las que sigan empatadas comparten puesto.',
  tieQuality: 'la puntuación de calidad más alta',
  tiePrice: 'el precio más bajo',
  admissible:
    'No se valora una oferta cuyo formulario de respuesta conteste a un requisito obligatorio con algo distinto de «Cumple», haya sido modificado o no contenga precio.',
  unscored: '{requirement} no se puntúa: {reason}',
};
