import { METHOD_IT } from './method/it.js';
import type { BuiltInLanguage } from './built-in-language.js';

export const IT: BuiltInLanguage = {
  tag: 'it',
  labels: {
    contents: 'Indice',
    updateContents:
      "Aggiornare questo campo per visualizzare l'indice (in Word: clic con il tasto destro, Aggiorna campo).",
    introduction: 'Introduzione',
    cover: {
      authority: 'Stazione appaltante',
      reference: "Riferimento dell'appalto",
      title: "Oggetto dell'appalto",
      cpv: 'Codici CPV',
      language: 'Lingua',
      date: 'Data',
      specification: 'Specifica',
      basedOn: 'Basata su',
      version: 'Versione del catalogo',
    },
    obligation: { mandatory: 'Obbligatorio', recommended: 'Raccomandato', optional: 'Facoltativo' },
    verification: { inspection: 'Ispezione', analysis: 'Analisi', demonstration: 'Dimostrazione', test: 'Prova' },
    field: {
      obligation: 'Obbligatorietà',
      verification: 'Verifica',
      references: 'Riferimenti',
      legalBasis: 'Base giuridica',
      scenarios: 'Scenari',
      orEquivalent: 'o equivalente',
    },
    sections: {
      'acceptance-criteria': 'Criteri di accettazione',
      rationale: 'Motivazione',
      guidance: 'Indicazioni',
      notes: 'Note',
    },
    award: {
      chapter: 'Criteri di aggiudicazione',
      intro:
        "L'appalto è aggiudicato all'offerta economicamente più vantaggiosa, valutata secondo i criteri e i pesi seguenti.",
      criterion: 'Criterio',
      weight: 'Peso',
      requirements: 'Requisiti valutati',
      total: 'Totale',
    },
    selection: {
      chapter: 'Esclusione e selezione',
      intro:
        "È escluso dalla procedura l'offerente cui si applica uno dei seguenti motivi di esclusione, e ogni offerente deve soddisfare i criteri di selezione. Gli offerenti lo dichiarano nel documento di gara unico europeo (DGUE) e presentano i mezzi di prova quando l'amministrazione aggiudicatrice li richiede; quanto il DGUE non richiede è dichiarato con l'offerta.",
      exclusion: 'Motivi di esclusione',
      criteria: 'Criteri di selezione',
      code: 'Codice',
      ground: 'Motivo',
      criterion: 'Criterio',
      description: 'Descrizione',
      threshold: 'Livello minimo',
      notInEspd: "Non previsto dal DGUE: da dichiarare con l'offerta.",
      amount: 'almeno {amount}',
      count: 'almeno {count}',
      years: 'negli ultimi {years} anni',
    },
    annexes: {
      chapter: 'Allegati',
      intro:
        'I seguenti documenti sono allegati alla presente specifica e ne costituiscono parte integrante. Sono forniti con essa nella cartella annexes/.',
      title: 'Allegato',
      files: 'File',
    },
    matrix: {
      chapter: 'Allegato: Matrice di conformità',
      intro:
        "Per ogni requisito l'offerente indica se l'offerta è conforme (Conforme, Parzialmente conforme, Non conforme) e in quale punto dell'offerta ciò è dimostrato. Un'offerta che non soddisfa un requisito obbligatorio è esclusa.",
      id: 'N.',
      title: 'Requisito',
      obligation: 'Obbligatorietà',
      verification: 'Verifica',
      response: 'Risposta',
      bidderReference: "Riferimento nell'offerta",
      domain: 'Ambito',
      statement: 'Enunciato',
      comment: 'Commento',
      responses: { comply: 'Conforme', partial: 'Parzialmente conforme', fail: 'Non conforme' },
      chooseResponse: "Scegliere uno dei valori dell'elenco.",
    },
    page: 'Pagina',
    of: 'di',
    colon: ':',
    fallback: {
      missing: '[Testo non ancora disponibile in italiano: originale inglese]',
      stale: '[Traduzione italiana in corso di aggiornamento: originale inglese]',
    },
    values: { yes: 'sì', no: 'no' },
    domains: {},
    units: {},
    modal: { mandatory: ['deve', 'devono'], recommended: ['dovrebbe', 'dovrebbero'], optional: ['può', 'possono'] },
    method: METHOD_IT,
    tenderForm: {
      coverSheet: 'Frontespizio',
      priceSheet: 'Prezzo',
      cover: {
        title: 'Modulo di risposta',
        spec: 'Specifica',
        reference: "Riferimento dell'appalto",
        fingerprint: 'Impronta del documento',
        tenderer: "Offerente (denominazione dell'organizzazione)",
        signatory: "Nome della persona che firma per l'offerente",
        date: 'Data',
        datePrompt: "Indicare la data dell'offerta.",
      },
      price: {
        id: 'N.',
        title: 'Voce di costo',
        per: 'Frequenza',
        unit: 'Unità',
        value: 'Valore',
        description: 'Che cosa indica',
        total: 'Prezzo totale',
        totalDescription: "Il prezzo totale dell'offerta per l'intero appalto, IVA esclusa.",
        prompt: 'Indicare un numero, zero o maggiore.',
        error: 'Indicare un numero, zero o maggiore, senza simbolo di valuta.',
      },
    },
    form: {
      responsesSheet: 'Risposte',
      awardSheet: 'Criteri di aggiudicazione',
      columns: {
        id: 'N.',
        domain: 'Ambito',
        title: 'Titolo',
        obligation: 'Obbligatorietà',
        statement: 'Enunciato',
        verification: 'Verifica',
        response: 'Risposta',
        offerReference: "Riferimento nell'offerta",
        comment: 'Commento',
      },
      promptTitle: 'Risposta',
      prompt: 'Scegliere Conforme, Parzialmente conforme o Non conforme.',
      errorTitle: 'Risposta non valida',
      error: "Scegliere uno dei valori dell'elenco: Conforme, Parzialmente conforme, Non conforme.",
      award: {
        id: 'N.',
        criterion: 'Criterio',
        type: 'Tipo',
        weight: 'Peso (%)',
        requirements: 'Requisiti valutati',
        description: 'Descrizione',
        total: 'Totale',
        none: 'La presente specifica non stabilisce criteri di aggiudicazione.',
      },
      description:
        "Modulo di risposta per {spec}: indicare per ciascun requisito se l'offerta è conforme e in quale parte dell'offerta ciò è dimostrato.",
      keyword: 'matrice di conformità',
    },
    report: {
      title: 'Scostamenti di {variant} rispetto a {baseline}',
      variant: 'Variante',
      chain: 'Catena',
      baseline: 'Base',
      summary: 'Sintesi',
      change: 'Modifica',
      requirements: 'Requisiti',
      total: 'Totale',
      harmonisation: 'Armonizzazione: {share} dei {count} requisiti di {baseline} restano invariati.',
      changes: 'Modifiche',
      noChange: '{variant} non si discosta da {baseline}.',
      legend: 'Nei testi, le parole {deleted} sono quelle della base e le parole {inserted} quelle della variante.',
      deleted: 'barrate',
      inserted: 'sottolineate',
      declaredIn: 'dichiarata in {spec}',
      justification: 'Motivazione',
      noneGiven: 'nessuna',
      field: 'Campo',
      effect: 'Effetto',
      seeText: 'vedere il testo seguente',
      text: 'Testo',
      parameter: 'Parametro {name}',
      fields: {
        obligation: 'Obbligatorietà',
        statement: 'Enunciato',
        verification: 'Verifica',
        title: 'Titolo',
      },
      kinds: {
        unchanged: 'Invariato',
        stricter: 'Più restrittivo',
        looser: 'Meno restrittivo',
        modified: 'Modificato',
        added: 'Aggiunto',
        removed: 'Soppresso',
        absent: 'Assente',
      },
      redline: {
        title: 'Versione con revisioni: {variant} rispetto a {baseline}',
        intro:
          "Il presente documento riproduce i testi dei requisiti di {variant} ({chain}) e mostra ogni differenza rispetto a {baseline} come revisione, attribuita alla specifica che l'ha dichiarata. Rifiutare tutte le revisioni per leggere {baseline}; accettarle tutte per leggere {variant}. Il rapporto sugli scostamenti riporta la motivazione di ciascuna modifica.",
        counts:
          '{total} requisiti: {unchanged} invariati, {stricter} più restrittivi, {looser} meno restrittivi, {modified} modificati, {added} aggiunti, {removed} soppressi. Armonizzazione {share}.',
        description: 'Revisioni di {chain} rispetto a {baseline}',
      },
    },
  },
  introduction: `Il presente documento stabilisce le specifiche tecniche dell'appalto
{{#if procurement.title}}«{{procurement.title}}»{{else}}«{{spec.title}}»{{/if}}{{#if authority.name}} (stazione appaltante: {{authority.name}}){{/if}}.

Numero di requisiti: {{counts.total}} (obbligatori: {{counts.mandatory}}; raccomandati: {{counts.recommended}}; facoltativi: {{counts.optional}}).
{{#if chain.length}}La specifica deriva da {{#each chain}}{{#if @index}}, quindi da {{/if}}{{this}}{{/each}}; ogni scostamento rispetto alla base comune è motivato nella relazione sugli scostamenti allegata al presente documento.{{/if}}

- Un requisito formulato con **deve** è obbligatorio: un'offerta che non lo soddisfa è esclusa.
- Un requisito formulato con **dovrebbe** è raccomandato: il suo soddisfacimento è valutato in base ai criteri di aggiudicazione.
- Un requisito formulato con **può** è facoltativo: l'offerente può offrirlo.

Ogni riferimento a una norma, a una valutazione tecnica o a una specifica è accompagnato dalla menzione «o equivalente», salvo diversa indicazione debitamente motivata (direttiva 2014/24/UE, articolo 42). L'offerente può dimostrare con qualsiasi mezzo appropriato che la soluzione offerta soddisfa il requisito in modo equivalente.

L'offerente risponde a ciascun requisito nella matrice di conformità allegata al presente documento.
`,
};
