import type { AcceptanceLabels } from '../../acceptance-labels.js';

export const ACCEPTANCE_DE: AcceptanceLabels = {
  phases: {
    fat: 'Werksabnahme',
    sat: 'Abnahme vor Ort',
    sit: 'Systemintegrationstest',
    trial: 'Probebetrieb',
  },
  phaseCodes: { fat: 'FAT', sat: 'SAT', sit: 'SIT', trial: 'Probebetrieb' },
  plan: {
    title: 'Abnahmeprüfplan',
    description: 'Abnahmeprüfplan von {spec}',
    cover: {
      contractor: 'Auftragnehmer',
      phases: 'Prüfphasen',
      cases: 'Testfälle',
      status: 'Dokumentstatus',
      statusValue: 'Zur Freigabe',
    },
    scope: {
      chapter: 'Gegenstand und Prüfgrundlage',
      purpose: 'Zweck',
      purposeText:
        'Dieser Plan legt fest, wie der öffentliche Auftraggeber prüft, ob das im Rahmen des Auftrags {reference} ({title}) gelieferte System die Anforderungen der Spezifikation {spec} erfüllt, bevor er das System abnimmt.',
      coverage: 'Er umfasst {requirements} Anforderungen in {cases} Testfällen, verteilt auf: {phases}.',
      acceptanceRule:
        'Das System wird abgenommen, wenn jede verpflichtende Anforderung in jeder für sie geplanten Phase bestanden hat oder durch eine vom öffentlichen Auftraggeber schriftlich erteilte Sonderfreigabe gedeckt ist und keine Anforderung nach der Freigabe dieses Plans geändert wurde.',
      basis: 'Prüfgrundlage',
      basisSpec:
        'die technische Spezifikation {spec} ({chain}) mit ihren Abnahmekriterien und den Parameterwerten, die sie festlegt;',
      basisBid:
        'das Antwortformular {bid} des Auftragnehmers mit dem, was der Auftragnehmer für jede Anforderung zugesagt hat;',
      basisResults: 'die Ergebnismappe dieses Plans ({workbook}), in der jedes Ergebnis festgehalten wird.',
      basisCatalogue: 'der Anforderungskatalog, Version {version};',
      structure:
        'Der Plan folgt dem Aufbau eines Testplans nach ISO/IEC/IEEE 29119-3: Gegenstand, Phasen, Umgebung, Eingangs- und Ausgangskriterien, Rollen, danach ein Testfall je Anforderung und Phase.',
    },
    phasesChapter: {
      chapter: 'Prüfphasen',
      intro:
        'Die Phasen laufen in dieser Reihenfolge ab; eine Phase beginnt, wenn die vorhergehende ihre Ausgangskriterien erfüllt hat. Jede Anforderung wird in den Phasen geprüft, die ihre Nachweisverfahren verlangen.',
      phase: 'Phase',
      where: 'Ort',
      purpose: 'Was geprüft wird',
      cases: 'Testfälle',
    },
    where: {
      fat: 'Beim Auftragnehmer, am System in der Konfiguration für die Lieferung',
      sat: 'In der Einsatzzentrale, am installierten System',
      sit: 'Zwischen der Einsatzzentrale und einer Partnerzentrale oder dem Testpartner der Konformitätstestsuite',
      trial: 'Im Betrieb der Zentrale, während der Bereitschaftsszenarien',
    },
    purpose: {
      fat: 'Prüfung von Dokumenten, Konfiguration und Build; Durchsicht von Analysen und Berechnungen',
      sat: 'Vorführungen für die Nutzer und Tests in der Einsatzumgebung',
      sit: 'Interoperabilität über die Schnittstellen zwischen Zentralen',
      trial: 'Verhalten im Einsatzbetrieb und in den geübten Szenarien',
    },
    environment: {
      chapter: 'Testumgebung',
      intro:
        'Jede Phase läuft in einer eigenen Umgebung, die der Auftragnehmer vorbereitet und der Testmanager freigibt:',
      phases: {
        fat: 'FAT: eine Referenzinstallation beim Auftragnehmer mit dem Softwarestand und der Konfiguration, die geliefert werden, und Zugang zu deren Dokumentation und Build-Aufzeichnungen.',
        sat: 'SAT: das in der Zentrale installierte Produktivsystem, angebunden an Funk-, Telefonie- und Registratursysteme, mit Testkonten für die Disponenten.',
        sit: 'SIT: das installierte System, über die Test-Vertrauensliste mit einer Partnerzentrale oder dem Testpartner der Konformitätstestsuite verbunden, mit synchronisierten Uhren.',
        trial:
          'Probebetrieb: das System im Einsatzbetrieb durch geschulte Disponenten, mit dem Rückfallverfahren der Zentrale in Kraft.',
      },
      data: 'Bis zum Ende der SAT werden ausschließlich synthetische oder anonymisierte Daten verwendet; operative personenbezogene Daten gelangen erst in das System, wenn der Testmanager es freigibt.',
    },
    criteria: {
      chapter: 'Eingangs- und Ausgangskriterien',
      intro:
        'Eine Phase beginnt, wenn ihre Eingangskriterien erfüllt sind, und endet, wenn ihre Ausgangskriterien erfüllt sind.',
      phase: 'Phase',
      entry: 'Eingangskriterien',
      exit: 'Ausgangskriterien',
      entryOf: {
        fat: 'Der Auftragnehmer hat die Testverfahren und die zu prüfenden Dokumente geliefert; die Referenzinstallation ist bereit.',
        sat: 'Die FAT hat ihre Ausgangskriterien erfüllt; das System ist in der Zentrale installiert und konfiguriert; die Zeugen sind benannt.',
        sit: 'Die SAT hat ihre Ausgangskriterien erfüllt; die Partnerzentrale oder der Testpartner ist verbunden; die Uhren sind synchronisiert.',
        trial:
          'Der SIT hat seine Ausgangskriterien erfüllt; die Disponenten sind geschult; das Rückfallverfahren ist getestet und in Kraft.',
      },
      exitAll:
        'Jeder Testfall der Phase „{phase}“ hat ein Ergebnis; jede darin geprüfte verpflichtende Anforderung hat bestanden oder ist durch eine Sonderfreigabe gedeckt; kein Fehler ist mehr offen.',
      suspensionTitle: 'Unterbrechung und Wiederaufnahme',
      suspension:
        'Der Testmanager unterbricht eine Phase, wenn ein Fehler weitere Testfälle sinnlos macht. Die Tests werden wieder aufgenommen, wenn der Auftragnehmer eine Korrektur geliefert hat; jeder Testfall, den die Korrektur berühren kann, wird erneut durchgeführt.',
    },
    roles: {
      chapter: 'Rollen und Verantwortlichkeiten',
      role: 'Rolle',
      duty: 'Verantwortung',
      testManager: 'Testmanager (öffentlicher Auftraggeber)',
      testManagerDuty:
        'gibt diesen Plan und die Testverfahren frei, wohnt den Testfällen bei, entscheidet über Sonderfreigaben und unterzeichnet die Abnahmebescheinigung',
      contractorLead: 'Testleiter des Auftragnehmers',
      contractorLeadDuty:
        'bereitet Umgebung und Verfahren vor, führt die Testfälle durch und liefert den Nachweis jedes Ergebnisses',
      witness: 'Zeuge',
      witnessDuty: 'wohnt einem Testfall bei und hält dessen Ergebnis, Datum und Nachweisreferenz fest',
    },
    recording: {
      chapter: 'Festhalten der Ergebnisse',
      workbook:
        'Jedes Ergebnis wird in der Ergebnismappe dieses Plans ({workbook}) festgehalten: eine Zeile je Testfall, mit dem Ergebnis (bestanden, nicht bestanden, nicht durchgeführt, Sonderfreigabe), dem Datum, dem Zeugen, der Nachweisreferenz und einer Bemerkung.',
      junit:
        'Automatisierte Testläufe wie die Konformitätstestsuite liefern ihre Ergebnisse als JUnit XML; ein Testfall nennt die Anforderung, die er prüft, in der Eigenschaft „requirement“ (und die Phase in der Eigenschaft „phase“).',
      outdated:
        'Der Plan hält den Fingerabdruck jeder Anforderung fest, wie sie geplant wurde. Eine Anforderung, deren geltender Text oder deren Abnahmekriterien sich nach dem Plan geändert haben, wird als veraltet gemeldet: Ihre Testfälle werden neu geplant und erneut durchgeführt.',
      concession:
        'Eine Sonderfreigabe lässt eine Abweichung von einer Anforderung zu; sie wird vom öffentlichen Auftraggeber schriftlich erteilt und mit ihrer Referenz festgehalten.',
    },
    casesChapter: 'Testfälle: {phase}',
    casesIntro: 'In der Phase „{phase}“ werden {count} Testfälle durchgeführt.',
    requirement: 'Anforderung',
    obligation: 'Verbindlichkeit',
    methods: 'Verfahren',
    parameters: 'Parameter',
    testItem: 'Geprüfte Anforderung',
    expected: 'Erwartete Ergebnisse',
    expectedFallback: 'Das System verhält sich, wie die Anforderung es vorgibt.',
    commitment: 'Zusage des Auftragnehmers',
    offerReference: 'Fundstelle im Angebot',
    bidderComment: 'Bemerkung',
    noAnswer: 'keine Antwort im Antwortformular',
    approval: {
      chapter: 'Freigabe',
      intro: 'Dieser Plan wird zur Durchführung freigegeben von:',
      name: 'Name',
      role: 'Rolle',
      date: 'Datum',
      signature: 'Unterschrift',
    },
    authorityRole: 'Testmanager, öffentlicher Auftraggeber',
    contractorRole: 'Vertreter des Auftragnehmers',
  },
  workbook: {
    sheet: 'Ergebnisse',
    columns: {
      case: 'Testfall',
      requirement: 'Anforderung',
      phase: 'Phase',
      obligation: 'Verbindlichkeit',
      title: 'Titel',
      method: 'Verfahren',
      result: 'Ergebnis',
      date: 'Datum (JJJJ-MM-TT)',
      witness: 'Zeuge',
      evidence: 'Nachweisreferenz',
      concession: 'Referenz der Sonderfreigabe',
      note: 'Bemerkung',
    },
    results: { pass: 'Bestanden', fail: 'Nicht bestanden', notRun: 'Nicht durchgeführt', concession: 'Sonderfreigabe' },
    promptTitle: 'Ergebnis',
    prompt: 'Bestanden, Nicht bestanden, Nicht durchgeführt oder Sonderfreigabe (Referenz der Sonderfreigabe angeben).',
    errorTitle: 'Kein Ergebnis',
    error: 'Wählen Sie einen der Werte aus der Liste.',
  },
  report: {
    title: 'Abnahmeprüfbericht',
    description: 'Abnahmeprüfbericht von {spec}',
    summary: 'Übersicht',
    phase: 'Phase',
    total: 'Gesamt',
    cases: 'Testfälle',
    statuses: {
      passed: 'Bestanden',
      failed: 'Nicht bestanden',
      'not-run': 'Nicht durchgeführt',
      concession: 'Sonderfreigabe',
      outdated: 'Veraltet',
    },
    decision: 'Entscheidung',
    accepted:
      'Jede verpflichtende Anforderung hat in jeder geplanten Phase bestanden oder ist durch eine Sonderfreigabe gedeckt, und keine Anforderung hat sich seit dem Plan geändert: Das System kann abgenommen werden.',
    notAccepted:
      'Das System kann nicht abgenommen werden: {count} Anforderungen stehen der Abnahme entgegen (siehe Mängelliste).',
    punchList: 'Mängelliste',
    punchIntro:
      'Diese Anforderungen stehen der Abnahme entgegen, bis ihre Testfälle bestehen oder eine Sonderfreigabe erteilt wird.',
    noPunch: 'Keine Anforderung steht der Abnahme entgegen.',
    requirement: 'Anforderung',
    obligation: 'Verbindlichkeit',
    status: 'Status',
    detail: 'Testfälle',
    source: 'Quelle',
    concessionRef: 'Sonderfreigabe {reference}',
    conflicts: 'Widersprüchliche Ergebnisse',
    conflictResolved: '{case}: {sources} widersprechen sich; das spätere Ergebnis ({winner}) gilt.',
    conflictOpen:
      '{case}: {sources} widersprechen sich ohne Daten, nach denen zu entscheiden wäre; der Testfall gilt als nicht bestanden.',
    requirements: 'Ergebnisse je Anforderung',
    notPlanned: 'nicht im Plan',
    certificate: {
      title: 'Abnahmebescheinigung',
      text: '{authority} bescheinigt, dass das im Rahmen des Auftrags {reference} ({title}) gelieferte System die Abnahme nach der Spezifikation {spec} bestanden hat.',
      phases: 'Abgeschlossene Phasen: {phases}; {cases} Testfälle.',
      concessions: 'Erteilte Sonderfreigaben',
      none: 'keine',
      plan: 'Prüfplan: {plan}.',
      inputs: 'Gelesene Ergebnisse: {files}.',
    },
  },
};
