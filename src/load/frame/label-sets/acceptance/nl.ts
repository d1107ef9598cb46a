import type { AcceptanceLabels } from '../../acceptance-labels.js';

export const ACCEPTANCE_NL: AcceptanceLabels = {
  phases: {
    fat: 'Fabrieksacceptatietest',
    sat: 'Locatieacceptatietest',
    sit: 'Systeemintegratietest',
    trial: 'Operationele proefperiode',
  },
  phaseCodes: { fat: 'FAT', sat: 'SAT', sit: 'SIT', trial: 'Proef' },
  plan: {
    title: 'Acceptatietestplan',
    description: 'Acceptatietestplan van {spec}',
    cover: {
      contractor: 'Opdrachtnemer',
      phases: 'Testfasen',
      cases: 'Testgevallen',
      status: 'Status van het document',
      statusValue: 'Ter goedkeuring',
    },
    scope: {
      chapter: 'Toepassingsgebied en testbasis',
      purpose: 'Doel',
      purposeText:
        'Dit plan beschrijft hoe de aanbestedende dienst nagaat of het systeem dat onder opdracht {reference} ({title}) wordt geleverd, voldoet aan de eisen van specificatie {spec}, voordat zij het systeem aanvaardt.',
      coverage: 'Het omvat {requirements} eisen in {cases} testgevallen, verdeeld over: {phases}.',
      acceptanceRule:
        'Het systeem wordt aanvaard wanneer elke verplichte eis in elke voor die eis geplande fase is geslaagd of valt onder een concessie die de aanbestedende dienst schriftelijk heeft verleend, en geen eis is gewijzigd nadat dit plan is goedgekeurd.',
      basis: 'Testbasis',
      basisSpec:
        'de technische specificatie {spec} ({chain}), met haar acceptatiecriteria en de parameterwaarden die zij vastlegt;',
      basisBid:
        'het antwoordformulier {bid} van de opdrachtnemer, met wat de opdrachtnemer voor elke eis heeft toegezegd;',
      basisResults: 'het resultatenbestand van dit plan ({workbook}), waarin elk resultaat wordt vastgelegd.',
      basisCatalogue: 'de eisencatalogus, versie {version};',
      structure:
        'Het plan volgt de opbouw van een testplan volgens ISO/IEC/IEEE 29119-3: toepassingsgebied, fasen, omgeving, begin- en eindcriteria, rollen, en vervolgens één testgeval per eis en fase.',
    },
    phasesChapter: {
      chapter: 'Testfasen',
      intro:
        'De fasen verlopen in deze volgorde; een fase begint wanneer de vorige aan haar eindcriteria voldoet. Elke eis wordt geverifieerd in de fasen die haar verificatiemethoden vragen.',
      phase: 'Fase',
      where: 'Waar',
      purpose: 'Wat wordt geverifieerd',
      cases: 'Testgevallen',
    },
    where: {
      fat: 'Bij de opdrachtnemer, op het systeem zoals het voor levering is geconfigureerd',
      sat: 'In het operationeel centrum, op het geïnstalleerde systeem',
      sit: 'Tussen het operationeel centrum en een partnercentrum, of de testpartner van de conformiteitstestsuite',
      trial: 'In bedrijf in het centrum, tijdens de paraatheidsscenario’s',
    },
    purpose: {
      fat: 'Inspectie van documenten, configuratie en build; beoordeling van analyses en berekeningen',
      sat: 'Demonstraties aan de gebruikers en tests in de operationele omgeving',
      sit: 'Interoperabiliteit over de koppelvlakken tussen centra',
      trial: 'Gedrag bij operationeel gebruik en in de beoefende scenario’s',
    },
    environment: {
      chapter: 'Testomgeving',
      intro: 'Elke fase verloopt in een eigen omgeving, die de opdrachtnemer inricht en de testmanager goedkeurt:',
      phases: {
        fat: 'FAT: een referentie-installatie bij de opdrachtnemer, met de softwareversie en configuratie die geleverd worden, en toegang tot de documentatie en de buildgegevens.',
        sat: 'SAT: het productiesysteem, geïnstalleerd in het centrum en gekoppeld aan de radio-, telefonie- en registratiesystemen, met testaccounts voor de operatoren.',
        sit: 'SIT: het geïnstalleerde systeem, via de testvertrouwenslijst gekoppeld aan een partnercentrum of aan de testpartner van de conformiteitstestsuite, met gesynchroniseerde klokken.',
        trial:
          'Proef: het systeem in operationeel gebruik door opgeleide operatoren, met de terugvalprocedure van het centrum van kracht.',
      },
      data: 'Tot het einde van de SAT worden uitsluitend synthetische of geanonimiseerde gegevens gebruikt; er komen geen operationele persoonsgegevens in het systeem voordat de testmanager dat toestaat.',
    },
    criteria: {
      chapter: 'Begin- en eindcriteria',
      intro:
        'Een fase begint wanneer aan haar begincriteria is voldaan en eindigt wanneer aan haar eindcriteria is voldaan.',
      phase: 'Fase',
      entry: 'Begincriteria',
      exit: 'Eindcriteria',
      entryOf: {
        fat: 'De opdrachtnemer heeft de testprocedures en de te inspecteren documenten geleverd; de referentie-installatie is gereed.',
        sat: 'De FAT voldoet aan haar eindcriteria; het systeem is in het centrum geïnstalleerd en geconfigureerd; de getuigen zijn aangewezen.',
        sit: 'De SAT voldoet aan haar eindcriteria; het partnercentrum of de testpartner is gekoppeld; de klokken zijn gesynchroniseerd.',
        trial:
          'De SIT voldoet aan haar eindcriteria; de operatoren zijn opgeleid; de terugvalprocedure is getest en van kracht.',
      },
      exitAll:
        'Elk testgeval van de {phase} heeft een resultaat; elke verplichte eis die erin wordt geverifieerd, is geslaagd of valt onder een concessie; er staat geen fout meer open.',
      suspensionTitle: 'Onderbreking en hervatting',
      suspension:
        'De testmanager onderbreekt een fase wanneer een fout verdere testgevallen zinloos maakt. Het testen wordt hervat wanneer de opdrachtnemer een correctie heeft geleverd; elk testgeval waarop de correctie invloed kan hebben, wordt opnieuw uitgevoerd.',
    },
    roles: {
      chapter: 'Rollen en verantwoordelijkheden',
      role: 'Rol',
      duty: 'Verantwoordelijkheid',
      testManager: 'Testmanager (aanbestedende dienst)',
      testManagerDuty:
        'keurt dit plan en de testprocedures goed, woont de testgevallen bij, beslist over concessies en ondertekent het acceptatiecertificaat',
      contractorLead: 'Testleider van de opdrachtnemer',
      contractorLeadDuty:
        'richt de omgeving in, stelt de procedures op, voert de testgevallen uit en levert het bewijs van elk resultaat',
      witness: 'Getuige',
      witnessDuty: 'woont een testgeval bij en legt het resultaat, de datum en de bewijsreferentie vast',
    },
    recording: {
      chapter: 'Vastleggen van resultaten',
      workbook:
        'Elk resultaat wordt vastgelegd in het resultatenbestand van dit plan ({workbook}): één rij per testgeval, met het resultaat (geslaagd, gefaald, niet uitgevoerd, concessie), de datum, de getuige, de bewijsreferentie en een opmerking.',
      junit:
        'Geautomatiseerde testruns, zoals de conformiteitstestsuite, leveren hun resultaten als JUnit XML; een testgeval noemt de eis die het verifieert in de eigenschap "requirement" (en de fase in de eigenschap "phase").',
      outdated:
        'Het plan legt de vingerafdruk van elke eis vast zoals die gepland is. Een eis waarvan de geldende tekst of de acceptatiecriteria na het plan zijn gewijzigd, wordt als verouderd gemeld: de testgevallen ervan worden opnieuw gepland en uitgevoerd.',
      concession:
        'Een concessie aanvaardt een afwijking van een eis; zij wordt schriftelijk verleend door de aanbestedende dienst en met haar referentie vastgelegd.',
    },
    casesChapter: 'Testgevallen: {phase}',
    casesIntro: 'In de {phase} worden {count} testgevallen uitgevoerd.',
    requirement: 'Eis',
    obligation: 'Verplichting',
    methods: 'Methode',
    parameters: 'Parameters',
    testItem: 'Geverifieerde eis',
    expected: 'Verwachte resultaten',
    expectedFallback: 'Het systeem gedraagt zich zoals de eis bepaalt.',
    commitment: 'Toezegging van de opdrachtnemer',
    offerReference: 'referentie in de offerte',
    bidderComment: 'opmerking',
    noAnswer: 'geen antwoord in het antwoordformulier',
    approval: {
      chapter: 'Goedkeuring',
      intro: 'Dit plan is goedgekeurd voor uitvoering door:',
      name: 'Naam',
      role: 'Rol',
      date: 'Datum',
      signature: 'Handtekening',
    },
    authorityRole: 'Testmanager, aanbestedende dienst',
    contractorRole: 'Vertegenwoordiger van de opdrachtnemer',
  },
  workbook: {
    sheet: 'Resultaten',
    columns: {
      case: 'Testgeval',
      requirement: 'Eis',
      phase: 'Fase',
      obligation: 'Verplichting',
      title: 'Titel',
      method: 'Methode',
      result: 'Resultaat',
      date: 'Datum (JJJJ-MM-DD)',
      witness: 'Getuige',
      evidence: 'Bewijsreferentie',
      concession: 'Referentie concessie',
      note: 'Opmerking',
    },
    results: { pass: 'Geslaagd', fail: 'Gefaald', notRun: 'Niet uitgevoerd', concession: 'Concessie' },
    promptTitle: 'Resultaat',
    prompt: 'Geslaagd, Gefaald, Niet uitgevoerd of Concessie (vermeld de referentie van de concessie).',
    errorTitle: 'Geen resultaat',
    error: 'Kies een van de waarden uit de lijst.',
  },
  report: {
    title: 'Acceptatietestrapport',
    description: 'Acceptatietestrapport van {spec}',
    summary: 'Overzicht',
    phase: 'Fase',
    total: 'Totaal',
    cases: 'Testgevallen',
    statuses: {
      passed: 'Geslaagd',
      failed: 'Gefaald',
      'not-run': 'Niet uitgevoerd',
      concession: 'Concessie',
      outdated: 'Verouderd',
    },
    decision: 'Besluit',
    accepted:
      'Elke verplichte eis is in elke geplande fase geslaagd of valt onder een concessie, en geen eis is sinds het plan gewijzigd: het systeem kan worden aanvaard.',
    notAccepted:
      'Het systeem kan niet worden aanvaard: {count} eisen houden de aanvaarding tegen (zie de restpuntenlijst).',
    punchList: 'Restpuntenlijst',
    punchIntro: 'Deze eisen houden de aanvaarding tegen tot hun testgevallen slagen of een concessie wordt verleend.',
    noPunch: 'Geen enkele eis houdt de aanvaarding tegen.',
    requirement: 'Eis',
    obligation: 'Verplichting',
    status: 'Status',
    detail: 'Testgevallen',
    source: 'Bron',
    concessionRef: 'concessie {reference}',
    conflicts: 'Tegenstrijdige resultaten',
    conflictResolved: '{case}: {sources} spreken elkaar tegen; het latere resultaat ({winner}) telt.',
    conflictOpen:
      '{case}: {sources} spreken elkaar tegen zonder data om tussen te kiezen; het testgeval telt als gefaald.',
    requirements: 'Resultaten per eis',
    notPlanned: 'niet in het plan',
    certificate: {
      title: 'Acceptatiecertificaat',
      text: '{authority} verklaart dat het systeem dat onder opdracht {reference} ({title}) is geleverd, de acceptatie volgens specificatie {spec} heeft doorstaan.',
      phases: 'Afgeronde fasen: {phases}; {cases} testgevallen.',
      concessions: 'Verleende concessies',
      none: 'geen',
      plan: 'Testplan: {plan}.',
      inputs: 'Gelezen resultaten: {files}.',
    },
  },
};
