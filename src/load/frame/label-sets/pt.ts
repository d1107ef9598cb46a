import { METHOD_PT } from './method/pt.js';
import type { BuiltInLanguage } from './built-in-language.js';

export const PT: BuiltInLanguage = {
  tag: 'pt',
  labels: {
    contents: 'Índice',
    updateContents:
      'Atualize este campo para apresentar o índice (no Word: clique com o botão direito, Atualizar campo).',
    introduction: 'Introdução',
    cover: {
      authority: 'Entidade adjudicante',
      reference: 'Referência do procedimento',
      title: 'Objeto do contrato',
      cpv: 'Códigos CPV',
      language: 'Língua',
      date: 'Data',
      specification: 'Especificação',
      basedOn: 'Baseada em',
      version: 'Versão do catálogo',
    },
    obligation: { mandatory: 'Obrigatório', recommended: 'Recomendado', optional: 'Opcional' },
    verification: { inspection: 'Inspeção', analysis: 'Análise', demonstration: 'Demonstração', test: 'Ensaio' },
    field: {
      obligation: 'Obrigatoriedade',
      verification: 'Verificação',
      references: 'Referências',
      legalBasis: 'Base jurídica',
      scenarios: 'Cenários',
      orEquivalent: 'ou equivalente',
    },
    sections: {
      'acceptance-criteria': 'Critérios de aceitação',
      rationale: 'Fundamentação',
      guidance: 'Orientações',
      notes: 'Notas',
    },
    award: {
      chapter: 'Critérios de adjudicação',
      intro:
        'O contrato é adjudicado à proposta economicamente mais vantajosa, avaliada segundo os seguintes critérios e ponderações.',
      criterion: 'Critério',
      weight: 'Ponderação',
      requirements: 'Requisitos avaliados',
      total: 'Total',
    },
    selection: {
      chapter: 'Exclusão e seleção',
      intro:
        'É excluído do procedimento o concorrente a quem se aplique algum dos seguintes motivos de exclusão, e todo o concorrente deve cumprir os critérios de seleção. Os concorrentes declaram-no no Documento Europeu Único de Contratação Pública (DEUCP) e apresentam os documentos comprovativos quando a entidade adjudicante os solicitar; o que o DEUCP não pede é declarado com a proposta.',
      exclusion: 'Motivos de exclusão',
      criteria: 'Critérios de seleção',
      code: 'Código',
      ground: 'Motivo',
      criterion: 'Critério',
      description: 'Descrição',
      threshold: 'Nível mínimo',
      notInEspd: 'Não consta do DEUCP: declarado com a proposta.',
      amount: 'pelo menos {amount}',
      count: 'pelo menos {count}',
      years: 'nos últimos {years} anos',
    },
    annexes: {
      chapter: 'Anexos',
      intro:
        'Os documentos seguintes são anexos à presente especificação e fazem parte integrante da mesma. São fornecidos com ela na pasta annexes/.',
      title: 'Anexo',
      files: 'Ficheiros',
    },
    matrix: {
      chapter: 'Anexo: Matriz de conformidade',
      intro:
        'O concorrente indica, para cada requisito, se a proposta o cumpre (Cumpre, Cumpre parcialmente, Não cumpre) e onde a proposta o demonstra. É excluída a proposta que não cumpra um requisito obrigatório.',
      id: 'N.º',
      title: 'Requisito',
      obligation: 'Obrigatoriedade',
      verification: 'Verificação',
      response: 'Resposta',
      bidderReference: 'Referência na proposta',
      domain: 'Domínio',
      statement: 'Enunciado',
      comment: 'Comentário',
      responses: { comply: 'Cumpre', partial: 'Cumpre parcialmente', fail: 'Não cumpre' },
      chooseResponse: 'Escolha um dos valores da lista.',
    },
    page: 'Página',
    of: 'de',
    colon: ':',
    fallback: {
      missing: '[Texto ainda não disponível em português: original inglês]',
      stale: '[Tradução portuguesa em atualização: original inglês]',
    },
    values: { yes: 'sim', no: 'não' },
    domains: {},
    units: {},
    modal: { mandatory: ['deve', 'devem'], recommended: ['deveria', 'deveriam'], optional: ['pode', 'podem'] },
    method: METHOD_PT,
    tenderForm: {
      coverSheet: 'Capa',
      priceSheet: 'Preço',
      cover: {
        title: 'Formulário de resposta',
        spec: 'Especificação',
        reference: 'Referência do contrato',
        fingerprint: 'Impressão digital do documento',
        tenderer: 'Concorrente (denominação da organização)',
        signatory: 'Nome da pessoa que assina pelo concorrente',
        date: 'Data',
        datePrompt: 'Indique a data da proposta.',
      },
      price: {
        id: 'N.º',
        title: 'Rubrica de custo',
        per: 'Periodicidade',
        unit: 'Unidade',
        value: 'Valor',
        description: 'O que indica',
        total: 'Preço total',
        totalDescription: 'O preço total da proposta para todo o contrato, sem IVA.',
        prompt: 'Indique um número, zero ou superior.',
        error: 'Indique um número, zero ou superior, sem símbolo de moeda.',
      },
    },
    form: {
      responsesSheet: 'Respostas',
      awardSheet: 'Critérios de adjudicação',
      columns: {
        id: 'N.º',
        domain: 'Domínio',
        title: 'Título',
        obligation: 'Obrigatoriedade',
        statement: 'Enunciado',
        verification: 'Verificação',
        response: 'Resposta',
        offerReference: 'Referência na proposta',
        comment: 'Comentário',
      },
      promptTitle: 'Resposta',
      prompt: 'Escolha Cumpre, Cumpre parcialmente ou Não cumpre.',
      errorTitle: 'Resposta inválida',
      error: 'Escolha um dos valores da lista: Cumpre, Cumpre parcialmente, Não cumpre.',
      award: {
        id: 'N.º',
        criterion: 'Critério',
        type: 'Tipo',
        weight: 'Ponderação (%)',
        requirements: 'Requisitos avaliados',
        description: 'Descrição',
        total: 'Total',
        none: 'A presente especificação não fixa critérios de adjudicação.',
      },
      description:
        'Formulário de resposta para {spec}: indique, para cada requisito, se a proposta o cumpre e em que parte da proposta tal é demonstrado.',
      keyword: 'matriz de conformidade',
    },
    report: {
      title: 'Desvios de {variant} em relação a {baseline}',
      variant: 'Variante',
      chain: 'Cadeia',
      baseline: 'Base',
      summary: 'Resumo',
      change: 'Alteração',
      requirements: 'Requisitos',
      total: 'Total',
      harmonisation: 'Harmonização: {share} dos {count} requisitos de {baseline} mantêm-se inalterados.',
      changes: 'Alterações',
      noChange: '{variant} não se afasta de {baseline}.',
      legend: 'Nos textos, as palavras {deleted} são as da base e as {inserted} as da variante.',
      deleted: 'riscadas',
      inserted: 'sublinhadas',
      declaredIn: 'declarado em {spec}',
      justification: 'Fundamentação',
      noneGiven: 'nenhuma',
      field: 'Campo',
      effect: 'Efeito',
      seeText: 'ver o texto abaixo',
      text: 'Texto',
      parameter: 'Parâmetro {name}',
      fields: {
        obligation: 'Obrigatoriedade',
        statement: 'Enunciado',
        verification: 'Verificação',
        title: 'Título',
      },
      kinds: {
        unchanged: 'Inalterado',
        stricter: 'Mais exigente',
        looser: 'Menos exigente',
        modified: 'Alterado',
        added: 'Aditado',
        removed: 'Suprimido',
        absent: 'Ausente',
      },
      redline: {
        title: 'Versão com alterações: {variant} em relação a {baseline}',
        intro:
          'O presente documento reproduz os textos dos requisitos de {variant} ({chain}) e apresenta cada diferença em relação a {baseline} como uma alteração controlada, atribuída à especificação que a declarou. Rejeite todas as alterações para ler {baseline}; aceite-as todas para ler {variant}. O relatório de desvios apresenta a fundamentação de cada alteração.',
        counts:
          '{total} requisitos: {unchanged} inalterados, {stricter} mais exigentes, {looser} menos exigentes, {modified} alterados, {added} aditados, {removed} suprimidos. Harmonização {share}.',
        description: 'Alterações controladas de {chain} em relação a {baseline}',
      },
    },
  },
  introduction: `O presente documento estabelece as especificações técnicas do contrato
{{#if procurement.title}}«{{procurement.title}}»{{else}}«{{spec.title}}»{{/if}}{{#if authority.name}} (entidade adjudicante: {{authority.name}}){{/if}}.

Número de requisitos: {{counts.total}} (obrigatórios: {{counts.mandatory}}; recomendados: {{counts.recommended}}; opcionais: {{counts.optional}}).
{{#if chain.length}}A especificação deriva de {{#each chain}}{{#if @index}}, e em seguida de {{/if}}{{this}}{{/each}}; cada desvio em relação à base comum é fundamentado no relatório de desvios que acompanha o presente documento.{{/if}}

- Um requisito formulado com **deve** é obrigatório: é excluída a proposta que não o cumpra.
- Um requisito formulado com **deveria** é recomendado: o seu cumprimento é avaliado no âmbito dos critérios de adjudicação.
- Um requisito formulado com **pode** é opcional: o concorrente pode oferecê-lo.

Qualquer referência a uma norma, a uma homologação técnica ou a uma especificação é acompanhada da menção «ou equivalente», salvo indicação em contrário devidamente fundamentada (Diretiva 2014/24/UE, artigo 42.º). O concorrente pode demonstrar por qualquer meio adequado que a solução proposta cumpre o requisito de forma equivalente.

O concorrente responde a cada requisito na matriz de conformidade anexa ao presente documento.
`,
};
