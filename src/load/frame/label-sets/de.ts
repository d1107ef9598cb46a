import { METHOD_DE } from './method/de.js';
import { ACCEPTANCE_DE } from './acceptance/de.js';
import type { BuiltInLanguage } from './built-in-language.js';

export const DE: BuiltInLanguage = {
  tag: 'de',
  labels: {
    contents: 'Inhaltsverzeichnis',
    updateContents:
      'Aktualisieren Sie dieses Feld, um das Inhaltsverzeichnis anzuzeigen (in Word: Rechtsklick, Felder aktualisieren).',
    introduction: 'Einleitung',
    cover: {
      authority: 'Öffentlicher Auftraggeber',
      reference: 'Vergabenummer',
      title: 'Gegenstand der Beschaffung',
      cpv: 'CPV-Codes',
      language: 'Sprache',
      date: 'Datum',
      specification: 'Spezifikation',
      basedOn: 'Grundlage',
      version: 'Katalogversion',
    },
    obligation: { mandatory: 'Verpflichtend', recommended: 'Empfohlen', optional: 'Optional' },
    verification: { inspection: 'Inspektion', analysis: 'Analyse', demonstration: 'Vorführung', test: 'Prüfung' },
    field: {
      obligation: 'Verbindlichkeit',
      verification: 'Nachweis',
      references: 'Verweise',
      legalBasis: 'Rechtsgrundlage',
      scenarios: 'Szenarien',
      orEquivalent: 'oder gleichwertig',
    },
    sections: {
      'acceptance-criteria': 'Abnahmekriterien',
      rationale: 'Begründung',
      guidance: 'Hinweise',
      notes: 'Anmerkungen',
    },
    award: {
      chapter: 'Zuschlagskriterien',
      intro:
        'Der Zuschlag wird auf das wirtschaftlich günstigste Angebot erteilt, bewertet nach den folgenden Kriterien und Gewichtungen.',
      criterion: 'Kriterium',
      weight: 'Gewichtung',
      requirements: 'Bewertete Anforderungen',
      total: 'Summe',
    },
    selection: {
      chapter: 'Ausschluss und Eignung',
      intro:
        'Ein Bieter, auf den einer der folgenden Ausschlussgründe zutrifft, wird vom Verfahren ausgeschlossen, und jeder Bieter muss die Eignungskriterien erfüllen. Die Bieter erklären dies in der Einheitlichen Europäischen Eigenerklärung (EEE) und legen die Nachweise vor, wenn der öffentliche Auftraggeber sie anfordert; was die EEE nicht abfragt, wird mit dem Angebot erklärt.',
      exclusion: 'Ausschlussgründe',
      criteria: 'Eignungskriterien',
      code: 'Code',
      ground: 'Grund',
      criterion: 'Kriterium',
      description: 'Beschreibung',
      threshold: 'Mindestanforderung',
      notInEspd: 'Nicht in der EEE: mit dem Angebot zu erklären.',
      amount: 'mindestens {amount}',
      count: 'mindestens {count}',
      years: 'in den letzten {years} Jahren',
    },
    annexes: {
      chapter: 'Anhänge',
      intro:
        'Die folgenden Dokumente sind dieser Spezifikation als Anhänge beigefügt und Bestandteil derselben. Sie werden mit ihr im Ordner annexes/ geliefert.',
      title: 'Anhang',
      files: 'Dateien',
    },
    matrix: {
      chapter: 'Anhang: Erfüllungsmatrix',
      intro:
        'Der Bieter gibt für jede Anforderung an, ob das Angebot sie erfüllt (Erfüllt, Teilweise erfüllt, Nicht erfüllt), und wo das Angebot dies belegt. Ein Angebot, das eine verpflichtende Anforderung nicht erfüllt, wird ausgeschlossen.',
      id: 'Nr.',
      title: 'Anforderung',
      obligation: 'Verbindlichkeit',
      verification: 'Nachweis',
      response: 'Antwort',
      bidderReference: 'Fundstelle im Angebot',
      domain: 'Bereich',
      statement: 'Anforderungstext',
      comment: 'Bemerkung',
      responses: { comply: 'Erfüllt', partial: 'Teilweise erfüllt', fail: 'Nicht erfüllt' },
      chooseResponse: 'Wählen Sie einen der Werte aus der Liste.',
    },
    page: 'Seite',
    of: 'von',
    colon: ':',
    fallback: {
      missing: '[Text noch nicht auf Deutsch verfügbar: englisches Original]',
      stale: '[Deutsche Übersetzung wird aktualisiert: englisches Original]',
    },
    values: { yes: 'ja', no: 'nein' },
    domains: {},
    units: {},
    modal: { mandatory: ['muss', 'müssen'], recommended: ['sollte', 'sollten'], optional: ['kann', 'können'] },
    method: METHOD_DE,
    tenderForm: {
      coverSheet: 'Deckblatt',
      priceSheet: 'Preis',
      cover: {
        title: 'Antwortformular',
        spec: 'Spezifikation',
        reference: 'Aktenzeichen der Vergabe',
        fingerprint: 'Fingerabdruck des Dokuments',
        tenderer: 'Bieter (rechtlicher Name der Organisation)',
        signatory: 'Name der Person, die für den Bieter unterzeichnet',
        date: 'Datum',
        datePrompt: 'Geben Sie das Datum des Angebots ein.',
      },
      price: {
        id: 'Nr.',
        title: 'Kostenposition',
        per: 'Anfall',
        unit: 'Einheit',
        value: 'Wert',
        description: 'Was Sie angeben',
        total: 'Gesamtpreis',
        totalDescription: 'Der Gesamtpreis des Angebots für den ganzen Auftrag, ohne Mehrwertsteuer.',
        prompt: 'Geben Sie eine Zahl ein, null oder mehr.',
        error: 'Geben Sie eine Zahl ein, null oder mehr, ohne Währungszeichen.',
      },
    },
    acceptance: ACCEPTANCE_DE,
    form: {
      responsesSheet: 'Antworten',
      awardSheet: 'Zuschlagskriterien',
      columns: {
        id: 'Nr.',
        domain: 'Bereich',
        title: 'Titel',
        obligation: 'Verbindlichkeit',
        statement: 'Anforderungstext',
        verification: 'Nachweis',
        response: 'Antwort',
        offerReference: 'Fundstelle im Angebot',
        comment: 'Bemerkung',
      },
      promptTitle: 'Antwort',
      prompt: 'Wählen Sie Erfüllt, Teilweise erfüllt oder Nicht erfüllt.',
      errorTitle: 'Keine gültige Antwort',
      error: 'Wählen Sie einen der Werte aus der Liste: Erfüllt, Teilweise erfüllt, Nicht erfüllt.',
      award: {
        id: 'Nr.',
        criterion: 'Kriterium',
        type: 'Art',
        weight: 'Gewichtung (%)',
        requirements: 'Bewertete Anforderungen',
        description: 'Beschreibung',
        total: 'Summe',
        none: 'Diese Spezifikation legt keine Zuschlagskriterien fest.',
      },
      description:
        'Antwortformular für {spec}: Geben Sie für jede Anforderung an, ob das Angebot sie erfüllt und wo das Angebot dies belegt.',
      keyword: 'Erfüllungsmatrix',
    },
    report: {
      title: 'Abweichungen von {variant} gegenüber {baseline}',
      variant: 'Variante',
      chain: 'Kette',
      baseline: 'Grundlage',
      summary: 'Übersicht',
      change: 'Änderung',
      requirements: 'Anforderungen',
      total: 'Summe',
      harmonisation: 'Harmonisierung: {share} der {count} Anforderungen von {baseline} bleiben unverändert.',
      changes: 'Änderungen',
      noChange: '{variant} weicht nicht von {baseline} ab.',
      legend: 'In den Texten sind {deleted} Wörter die der Grundlage und {inserted} Wörter die der Variante.',
      deleted: 'durchgestrichene',
      inserted: 'unterstrichene',
      declaredIn: 'festgelegt in {spec}',
      justification: 'Begründung',
      noneGiven: 'keine angegeben',
      field: 'Feld',
      effect: 'Wirkung',
      seeText: 'siehe Text unten',
      text: 'Text',
      parameter: 'Parameter {name}',
      fields: {
        obligation: 'Verbindlichkeit',
        statement: 'Anforderungstext',
        verification: 'Nachweis',
        title: 'Titel',
      },
      kinds: {
        unchanged: 'Unverändert',
        stricter: 'Strenger',
        looser: 'Gelockert',
        modified: 'Geändert',
        added: 'Hinzugefügt',
        removed: 'Entfernt',
        absent: 'Nicht enthalten',
      },
      redline: {
        title: 'Änderungsfassung: {variant} gegenüber {baseline}',
        intro:
          'Dieses Dokument zeigt die Anforderungstexte von {variant} ({chain}) mit jeder Abweichung von {baseline} als nachverfolgte Änderung, der Spezifikation zugeordnet, die sie festgelegt hat. Lehnen Sie alle Änderungen ab, um {baseline} zu lesen; nehmen Sie alle Änderungen an, um {variant} zu lesen. Der Abweichungsbericht nennt die Begründung jeder Änderung.',
        counts:
          '{total} Anforderungen: {unchanged} unverändert, {stricter} strenger, {looser} gelockert, {modified} geändert, {added} hinzugefügt, {removed} entfernt. Harmonisierung {share}.',
        description: 'Nachverfolgte Änderungen von {chain} gegenüber {baseline}',
      },
    },
  },
  introduction: `Dieses Dokument legt die technischen Spezifikationen der Beschaffung
{{#if procurement.title}}„{{procurement.title}}“{{else}}„{{spec.title}}“{{/if}}{{#if authority.name}} (öffentlicher Auftraggeber: {{authority.name}}){{/if}} fest.

Es enthält {{counts.total}} Anforderungen (verpflichtend: {{counts.mandatory}}; empfohlen: {{counts.recommended}}; optional: {{counts.optional}}).
{{#if chain.length}}Die Spezifikation leitet sich ab von {{#each chain}}{{#if @index}}, dann von {{/if}}{{this}}{{/each}}; jede Abweichung von der gemeinsamen Grundlage ist im beigefügten Abweichungsbericht begründet.{{/if}}

- Eine Anforderung, die mit **muss** formuliert ist, ist verpflichtend: Ein Angebot, das sie nicht erfüllt, wird ausgeschlossen.
- Eine Anforderung, die mit **sollte** formuliert ist, wird empfohlen: Ihre Erfüllung wird im Rahmen der Zuschlagskriterien bewertet.
- Eine Anforderung, die mit **kann** formuliert ist, ist optional: Der Bieter kann sie anbieten.

Jeder Verweis auf eine Norm, eine technische Zulassung oder eine Spezifikation ist mit dem Zusatz „oder gleichwertig“ versehen, sofern nicht mit Begründung etwas anderes angegeben ist (Richtlinie 2014/24/EU, Artikel 42). Der Bieter kann mit allen geeigneten Mitteln nachweisen, dass eine angebotene Lösung die Anforderung in gleichwertiger Weise erfüllt.

Der Bieter beantwortet jede Anforderung in der diesem Dokument beigefügten Erfüllungsmatrix.
`,
};
