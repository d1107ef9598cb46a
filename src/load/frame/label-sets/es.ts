import { METHOD_ES } from './method/es.js';
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
    selection: {
      chapter: 'Exclusión y selección',
      intro:
        'Queda excluido del procedimiento el licitador al que se aplique alguno de los siguientes motivos de exclusión, y todo licitador debe cumplir los criterios de selección. Los licitadores lo declaran en el Documento Europeo Único de Contratación (DEUC) y aportan los justificantes cuando el poder adjudicador los solicite; lo que el DEUC no solicita se declara con la oferta.',
      exclusion: 'Motivos de exclusión',
      criteria: 'Criterios de selección',
      code: 'Código',
      ground: 'Motivo',
      criterion: 'Criterio',
      description: 'Descripción',
      threshold: 'Nivel mínimo',
      notInEspd: 'No figura en el DEUC: se declara con la oferta.',
      amount: 'como mínimo {amount}',
      count: 'como mínimo {count}',
      years: 'en los últimos {years} años',
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
    method: METHOD_ES,
    tenderForm: {
      coverSheet: 'Portada',
      priceSheet: 'Precio',
      cover: {
        title: 'Formulario de respuesta',
        spec: 'Especificación',
        reference: 'Referencia del contrato',
        fingerprint: 'Huella digital del documento',
        tenderer: 'Licitador (denominación social de la organización)',
        signatory: 'Nombre de la persona que firma por el licitador',
        date: 'Fecha',
        datePrompt: 'Indique la fecha de la oferta.',
      },
      price: {
        id: 'N.º',
        title: 'Partida de coste',
        per: 'Periodicidad',
        unit: 'Unidad',
        value: 'Valor',
        description: 'Lo que usted indica',
        total: 'Precio total',
        totalDescription: 'El precio total de la oferta para todo el contrato, IVA excluido.',
        prompt: 'Indique un número, cero o mayor.',
        error: 'Indique un número, cero o mayor, sin símbolo de moneda.',
      },
    },
    form: {
      responsesSheet: 'Respuestas',
      awardSheet: 'Criterios de adjudicación',
      columns: {
        id: 'N.º',
        domain: 'Ámbito',
        title: 'Título',
        obligation: 'Obligatoriedad',
        statement: 'Enunciado',
        verification: 'Verificación',
        response: 'Respuesta',
        offerReference: 'Referencia en la oferta',
        comment: 'Comentario',
      },
      promptTitle: 'Respuesta',
      prompt: 'Elija Cumple, Cumple parcialmente o No cumple.',
      errorTitle: 'Respuesta no válida',
      error: 'Elija uno de los valores de la lista: Cumple, Cumple parcialmente, No cumple.',
      award: {
        id: 'N.º',
        criterion: 'Criterio',
        type: 'Tipo',
        weight: 'Ponderación (%)',
        requirements: 'Requisitos evaluados',
        description: 'Descripción',
        total: 'Total',
        none: 'La presente especificación no establece criterios de adjudicación.',
      },
      description:
        'Formulario de respuesta para {spec}: indique para cada requisito si la oferta lo cumple y en qué parte de la oferta se acredita.',
      keyword: 'matriz de cumplimiento',
    },
    report: {
      title: 'Desviaciones de {variant} respecto de {baseline}',
      variant: 'Variante',
      chain: 'Cadena',
      baseline: 'Base',
      summary: 'Resumen',
      change: 'Cambio',
      requirements: 'Requisitos',
      total: 'Total',
      harmonisation: 'Armonización: se mantienen sin cambios {share} de los {count} requisitos de {baseline}.',
      changes: 'Cambios',
      noChange: '{variant} no se aparta de {baseline}.',
      legend: 'En los textos, las palabras {deleted} son las de la base y las {inserted}, las de la variante.',
      deleted: 'tachadas',
      inserted: 'subrayadas',
      declaredIn: 'declarada en {spec}',
      justification: 'Justificación',
      noneGiven: 'ninguna',
      field: 'Campo',
      effect: 'Efecto',
      seeText: 'véase el texto siguiente',
      text: 'Texto',
      parameter: 'Parámetro {name}',
      fields: {
        obligation: 'Obligatoriedad',
        statement: 'Enunciado',
        verification: 'Verificación',
        title: 'Título',
      },
      kinds: {
        unchanged: 'Sin cambios',
        stricter: 'Más estricto',
        looser: 'Menos estricto',
        modified: 'Modificado',
        added: 'Añadido',
        removed: 'Suprimido',
        absent: 'Ausente',
      },
      redline: {
        title: 'Versión con cambios: {variant} respecto de {baseline}',
        intro:
          'El presente documento reproduce los textos de los requisitos de {variant} ({chain}) y muestra cada diferencia respecto de {baseline} como un cambio controlado, atribuido a la especificación que lo declaró. Rechace todos los cambios para leer {baseline}; acéptelos todos para leer {variant}. El informe de desviaciones recoge la justificación de cada cambio.',
        counts:
          '{total} requisitos: {unchanged} sin cambios, {stricter} más estrictos, {looser} menos estrictos, {modified} modificados, {added} añadidos, {removed} suprimidos. Armonización {share}.',
        description: 'Cambios controlados de {chain} respecto de {baseline}',
      },
    },
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
