import type { BuiltInLanguage } from './built-in-language.js';

export const ES: BuiltInLanguage = {
  tag: 'es',
  labels: {
    contents: 'Índice',
    updateContents: 'Actualice este campo para mostrar el índice (en Word: clic derecho, Actualizar campos).',
    introduction: 'Introducción',
    cover: {
      authority: 'Poder adjudicador',
      reference: 'Número de expediente',
      title: 'Objeto del contrato',
      cpv: 'Códigos CPV',
      language: 'Idioma',
      date: 'Fecha',
      specification: 'Especificación',
      basedOn: 'Basada en',
      version: 'Versión del catálogo',
    },
    obligation: { mandatory: 'Obligatorio', recommended: 'Recomendado', optional: 'Opcional' },
    verification: { inspection: 'Inspección', analysis: 'Análisis', demonstration: 'Demostración', test: 'Ensayo' },
    field: {
      obligation: 'Obligatoriedad',
      verification: 'Verificación',
      references: 'Referencias',
      legalBasis: 'Base jurídica',
      scenarios: 'Escenarios',
      orEquivalent: 'o equivalente',
    },
    sections: {
      'acceptance-criteria': 'Criterios de aceptación',
      rationale: 'Justificación',
      guidance: 'Orientaciones',
      notes: 'Notas',
    },
    award: {
      chapter: 'Criterios de adjudicación',
      intro:
        'El contrato se adjudica a la oferta económicamente más ventajosa, evaluada según los siguientes criterios y ponderaciones.',
      criterion: 'Criterio',
      weight: 'Ponderación',
      requirements: 'Requisitos evaluados',
      total: 'Total',
    },
    annexes: {
      chapter: 'Anexos',
      intro:
        'Los siguientes documentos se adjuntan como anexos a la presente especificación y forman parte de ella. Se entregan con ella en la carpeta annexes/.',
      title: 'Anexo',
      files: 'Archivos',
    },
    matrix: {
      chapter: 'Anexo: Matriz de cumplimiento',
      intro:
        'El licitador indica para cada requisito si la oferta lo cumple (Cumple, Cumple parcialmente, No cumple) y en qué parte de la oferta se acredita. Se excluirá toda oferta que no cumpla un requisito obligatorio.',
      id: 'N.º',
      title: 'Requisito',
      obligation: 'Obligatoriedad',
      verification: 'Verificación',
      response: 'Respuesta',
      bidderReference: 'Referencia en la oferta',
      domain: 'Ámbito',
      statement: 'Enunciado',
      comment: 'Comentario',
      responses: { comply: 'Cumple', partial: 'Cumple parcialmente', fail: 'No cumple' },
      chooseResponse: 'Elija uno de los valores de la lista.',
    },
    page: 'Página',
    of: 'de',
    colon: ':',
    fallback: {
      missing: '[Texto aún no disponible en español: original en inglés]',
      stale: '[Traducción al español en proceso de actualización: original en inglés]',
    },
    values: { yes: 'sí', no: 'no' },
    domains: {},
    units: {},
    modal: { mandatory: ['debe', 'deben'], recommended: ['debería', 'deberían'], optional: ['puede', 'pueden'] },
  },
  introduction: `El presente documento establece las especificaciones técnicas del contrato
{{#if procurement.title}}«{{procurement.title}}»{{else}}«{{spec.title}}»{{/if}}{{#if authority.name}} (poder adjudicador: {{authority.name}}){{/if}}.

Número de requisitos: {{counts.total}} (obligatorios: {{counts.mandatory}}; recomendados: {{counts.recommended}}; opcionales: {{counts.optional}}).
{{#if chain.length}}La especificación se deriva de {{#each chain}}{{#if @index}}, y a continuación de {{/if}}{{this}}{{/each}}; cada desviación respecto de la base común se justifica en el informe de desviaciones que acompaña al presente documento.{{/if}}

- Un requisito formulado con **debe** es obligatorio: se excluirá toda oferta que no lo cumpla.
- Un requisito formulado con **debería** es recomendado: su cumplimiento se valora conforme a los criterios de adjudicación.
- Un requisito formulado con **puede** es opcional: el licitador puede ofrecerlo.

Toda referencia a una norma, una evaluación técnica o una especificación va acompañada de la mención «o equivalente», salvo indicación en contrario debidamente justificada (Directiva 2014/24/UE, artículo 42). El licitador podrá demostrar por cualquier medio adecuado que la solución ofrecida cumple el requisito de forma equivalente.

El licitador responde a cada requisito en la matriz de cumplimiento anexa al presente documento.
`,
};
