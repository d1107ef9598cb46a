import type { MethodLabels } from '../../award-labels.js';

export const METHOD_PT: MethodLabels = {
  chapter: 'Método de avaliação',
  intro:
    'As propostas são avaliadas segundo o método seguinte, fixado antes da abertura de qualquer proposta. A pontuação total de uma proposta é a soma das suas pontuações nos critérios; a proposta com a pontuação total mais elevada é a economicamente mais vantajosa.',
  type: { quality: 'qualidade', price: 'preço', cost: 'custo' },
  scale:
    'Cada avaliador atribui a {criterion} pontos inteiros de 0 a {max}, segundo os descritores seguintes. A pontuação é pontos / {max} × {weight}.',
  points: 'Pontos',
  descriptor: 'Descritor',
  score: 'Pontuação',
  subcriteria:
    '{criterion} é avaliado pelos seus subcritérios, cada um na mesma escala; as suas ponderações somam {weight}:',
  threshold:
    'Uma proposta que obtenha menos de {threshold} pontos em {criterion} é excluída da adjudicação, quaisquer que sejam as restantes pontuações.',
  rules: 'Os requisitos de {criterion} são avaliados assim:',
  lowestRatio: 'Pontuação do preço = {weight} × preço mais baixo das propostas admissíveis / preço da proposta.',
  linear:
    'Pontuação do preço = {weight} para um preço igual ou inferior a {best}, 0 para um preço igual ou superior a {worst} e, entre ambos, {weight} × ({worst} − preço) / ({worst} − {best}).',
  example: 'Exemplo de cálculo:',
  exampleLowestRatio:
    'com propostas de {low} e {high}, a primeira obtém {weight} × {low} / {low} = {lowScore} e a segunda {weight} × {low} / {high} = {highScore}.',
  exampleLinear: 'uma proposta de {price} obtém {weight} × ({worst} − {price}) / ({worst} − {best}) = {score}.',
  lcc: 'O preço comparado é o custo do ciclo de vida ao longo de {years} anos: o valor atual líquido, a uma taxa de atualização de {rate} por ano, dos custos que o concorrente indica na folha de preços do formulário de resposta (artigo 68.º da Diretiva 2014/24/UE).',
  lccFormula:
    'Custo do ciclo de vida = os custos únicos + a soma, para cada ano a = 1 … {years}, dos custos anuais / (1 + {rate})^a.',
  energy:
    '{line}: o concorrente indica a potência elétrica média em kW; o seu custo anual é kW × {hours} h × {price} por kWh.',
  line: 'Rubrica de custo',
  per: { once: 'uma vez', year: 'por ano' },
  perColumn: 'Periodicidade',
  state: 'O que o concorrente indica',
  statePower: 'potência média (kW)',
  stateAmount: 'montante (EUR, sem IVA)',
  total: 'O preço comparado é o preço total indicado na folha de preços do formulário de resposta.',
  consensus: {
    mean: 'Os pontos de uma proposta num critério são a média dos pontos dos avaliadores.',
    median: 'Os pontos de uma proposta num critério são a mediana dos pontos dos avaliadores.',
    recorded:
      'Os avaliadores pontuam primeiro separadamente; os pontos de uma proposta num critério são depois os que o júri fixa por consenso, com a fundamentação.',
  },
  spread:
    'Quando os pontos dos avaliadores num critério diferem em dois escalões ou mais, o júri discute a proposta e regista o motivo antes de assinar o relatório.',
  tieBreak:
    'As propostas com a mesma pontuação total são ordenadas pelo(a) {order}; as que continuem empatadas partilham a posição.',
  tieQuality: 'pontuação de qualidade mais elevada',
  tiePrice: 'preço mais baixo',
  admissible:
    'Não é avaliada uma proposta cujo formulário de resposta responda a um requisito obrigatório com algo diferente de «Cumpre», tenha sido alterado ou não contenha preço.',
  unscored: '{requirement} não é pontuado: {reason}',
};
