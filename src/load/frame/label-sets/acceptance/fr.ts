import type { AcceptanceLabels } from '../../acceptance-labels.js';

export const ACCEPTANCE_FR: AcceptanceLabels = {
  phases: {
    fat: 'Essais de réception en usine',
    sat: 'Essais de réception sur site',
    sit: "Essais d'intégration système",
    trial: "Période d'exploitation probatoire",
  },
  phaseCodes: { fat: 'FAT', sat: 'SAT', sit: 'SIT', trial: 'Probatoire' },
  plan: {
    title: 'Plan de tests de réception',
    description: 'Plan de tests de réception de {spec}',
    cover: {
      contractor: 'Titulaire du marché',
      phases: 'Phases de test',
      cases: 'Cas de test',
      status: 'État du document',
      statusValue: 'Pour approbation',
    },
    scope: {
      chapter: 'Objet et référentiel de test',
      purpose: 'Objet',
      purposeText:
        'Le présent plan décrit comment le pouvoir adjudicateur vérifie que le système livré au titre du marché {reference} ({title}) satisfait aux exigences de la spécification {spec}, avant de prononcer sa réception.',
      coverage: 'Il couvre {requirements} exigences en {cases} cas de test, répartis sur : {phases}.',
      acceptanceRule:
        "Le système est réceptionné lorsque chaque exigence obligatoire a réussi, ou fait l'objet d'une dérogation accordée par écrit par le pouvoir adjudicateur, dans chaque phase prévue pour elle, et qu'aucune exigence n'a été modifiée après l'approbation du présent plan.",
      basis: 'Référentiel de test',
      basisSpec:
        'la spécification technique {spec} ({chain}), avec ses critères d’acceptation et les valeurs de paramètres qu’elle fixe ;',
      basisBid:
        'le formulaire de réponse {bid} du titulaire, avec ce à quoi le titulaire s’est engagé pour chaque exigence ;',
      basisResults: 'le classeur de résultats du présent plan ({workbook}), dans lequel chaque résultat est consigné.',
      basisCatalogue: 'le catalogue des exigences, version {version} ;',
      structure:
        "Le plan suit la structure d'un plan de test selon l'ISO/IEC/IEEE 29119-3 : objet, phases, environnement, critères d'entrée et de sortie, rôles, puis un cas de test par exigence et par phase.",
    },
    phasesChapter: {
      chapter: 'Phases de test',
      intro:
        "Les phases se déroulent dans cet ordre ; une phase commence lorsque la précédente a satisfait à ses critères de sortie. Chaque exigence est vérifiée dans les phases qu'appellent ses méthodes de vérification.",
      phase: 'Phase',
      where: 'Lieu',
      purpose: 'Ce qui est vérifié',
      cases: 'Cas de test',
    },
    where: {
      fat: 'Dans les locaux du titulaire, sur le système configuré pour la livraison',
      sat: 'Au centre opérationnel, sur le système installé',
      sit: 'Entre le centre opérationnel et un centre partenaire, ou le pair de test de la suite de conformité',
      trial: 'En exploitation au centre, pendant les scénarios de préparation',
    },
    purpose: {
      fat: 'Inspection des documents, de la configuration et de la construction du logiciel ; revue des analyses et des calculs',
      sat: "Démonstrations aux utilisateurs et essais dans l'environnement opérationnel",
      sit: 'Interopérabilité sur les interfaces entre centres',
      trial: 'Comportement en exploitation et dans les scénarios exercés',
    },
    environment: {
      chapter: 'Environnement de test',
      intro:
        'Chaque phase se déroule dans son propre environnement, que le titulaire prépare et que le responsable des tests approuve :',
      phases: {
        fat: 'FAT : une installation de référence chez le titulaire, avec la version logicielle et la configuration qui seront livrées, et un accès à leur documentation et à leurs enregistrements de construction.',
        sat: "SAT : le système de production installé au centre, relié à ses systèmes de radio, de téléphonie et d'enregistrement, avec des comptes de test pour les opérateurs.",
        sit: 'SIT : le système installé, relié par la liste de confiance de test à un centre partenaire ou au pair de test de la suite de conformité, avec des horloges synchronisées.',
        trial:
          'Période probatoire : le système en exploitation par des opérateurs formés, la procédure de repli du centre étant en place.',
      },
      data: "Jusqu'à la fin des SAT, seules des données synthétiques ou anonymisées sont utilisées ; aucune donnée opérationnelle à caractère personnel n'entre dans le système avant que le responsable des tests ne l'autorise.",
    },
    criteria: {
      chapter: "Critères d'entrée et de sortie",
      intro:
        "Une phase commence lorsque ses critères d'entrée sont remplis et se termine lorsque ses critères de sortie sont remplis.",
      phase: 'Phase',
      entry: "Critères d'entrée",
      exit: 'Critères de sortie',
      entryOf: {
        fat: 'Le titulaire a remis les procédures de test et les documents à inspecter ; l’installation de référence est prête.',
        sat: 'Les FAT ont satisfait à leurs critères de sortie ; le système est installé et configuré au centre ; les témoins sont désignés.',
        sit: 'Les SAT ont satisfait à leurs critères de sortie ; le centre partenaire ou le pair de test est relié ; les horloges sont synchronisées.',
        trial:
          'Les SIT ont satisfait à leurs critères de sortie ; les opérateurs sont formés ; la procédure de repli est testée et en place.',
      },
      exitAll:
        'Chaque cas de test de la phase « {phase} » a un résultat ; chaque exigence obligatoire qui y est vérifiée a réussi ou fait l’objet d’une dérogation ; aucune anomalie ne reste ouverte.',
      suspensionTitle: 'Suspension et reprise',
      suspension:
        "Le responsable des tests suspend une phase lorsqu'une anomalie rend les cas de test suivants sans objet. Les tests reprennent lorsque le titulaire a livré une correction ; tout cas de test que la correction peut affecter est exécuté à nouveau.",
    },
    roles: {
      chapter: 'Rôles et responsabilités',
      role: 'Rôle',
      duty: 'Responsabilité',
      testManager: 'Responsable des tests (pouvoir adjudicateur)',
      testManagerDuty:
        'approuve le présent plan et les procédures de test, assiste aux cas de test, décide des dérogations et signe le procès-verbal de réception',
      contractorLead: 'Responsable des tests du titulaire',
      contractorLeadDuty:
        "prépare l'environnement et les procédures, exécute les cas de test et fournit la preuve de chaque résultat",
      witness: 'Témoin',
      witnessDuty: 'assiste à un cas de test et en consigne le résultat, la date et la référence de la preuve',
    },
    recording: {
      chapter: 'Consignation des résultats',
      workbook:
        'Chaque résultat est consigné dans le classeur de résultats du présent plan ({workbook}) : une ligne par cas de test, avec le résultat (réussi, échoué, non exécuté, dérogation), la date, le témoin, la référence de la preuve et une remarque.',
      junit:
        "Les exécutions automatisées, comme la suite de conformité, livrent leurs résultats en JUnit XML ; un cas de test nomme l'exigence qu'il vérifie dans la propriété « requirement » (et la phase dans la propriété « phase »).",
      outdated:
        "Le plan enregistre l'empreinte de chaque exigence telle que planifiée. Une exigence dont le texte en vigueur ou les critères d'acceptation ont changé après le plan est signalée comme périmée : ses cas de test sont planifiés et exécutés à nouveau.",
      concession:
        'Une dérogation accepte un écart par rapport à une exigence ; elle est accordée par écrit par le pouvoir adjudicateur et consignée avec sa référence.',
    },
    casesChapter: 'Cas de test : {phase}',
    casesIntro: '{count} cas de test sont exécutés dans la phase « {phase} ».',
    requirement: 'Exigence',
    obligation: 'Obligation',
    methods: 'Méthode',
    parameters: 'Paramètres',
    testItem: 'Exigence vérifiée',
    expected: 'Résultats attendus',
    expectedFallback: "Le système se comporte comme l'exigence le prévoit.",
    commitment: 'Engagement du titulaire',
    offerReference: "référence dans l'offre",
    bidderComment: 'commentaire',
    noAnswer: 'pas de réponse dans le formulaire de réponse',
    approval: {
      chapter: 'Approbation',
      intro: 'Le présent plan est approuvé pour exécution par :',
      name: 'Nom',
      role: 'Rôle',
      date: 'Date',
      signature: 'Signature',
    },
    authorityRole: 'Responsable des tests, pouvoir adjudicateur',
    contractorRole: 'Représentant du titulaire',
  },
  workbook: {
    sheet: 'Résultats',
    columns: {
      case: 'Cas de test',
      requirement: 'Exigence',
      phase: 'Phase',
      obligation: 'Obligation',
      title: 'Titre',
      method: 'Méthode',
      result: 'Résultat',
      date: 'Date (AAAA-MM-JJ)',
      witness: 'Témoin',
      evidence: 'Référence de la preuve',
      concession: 'Référence de la dérogation',
      note: 'Remarque',
    },
    results: { pass: 'Réussi', fail: 'Échoué', notRun: 'Non exécuté', concession: 'Dérogation' },
    promptTitle: 'Résultat',
    prompt: 'Réussi, Échoué, Non exécuté ou Dérogation (indiquez la référence de la dérogation).',
    errorTitle: "Ce n'est pas un résultat",
    error: 'Choisissez une des valeurs de la liste.',
  },
  report: {
    title: 'Rapport des tests de réception',
    description: 'Rapport des tests de réception de {spec}',
    summary: 'Synthèse',
    phase: 'Phase',
    total: 'Total',
    cases: 'Cas de test',
    statuses: {
      passed: 'Réussi',
      failed: 'Échoué',
      'not-run': 'Non exécuté',
      concession: 'Dérogation',
      outdated: 'Périmé',
    },
    decision: 'Décision',
    accepted:
      "Chaque exigence obligatoire a réussi ou fait l'objet d'une dérogation dans chaque phase prévue, et aucune exigence n'a changé depuis le plan : le système peut être réceptionné.",
    notAccepted:
      'Le système ne peut pas être réceptionné : {count} exigences bloquent la réception (voir la liste des réserves).',
    punchList: 'Liste des réserves',
    punchIntro:
      "Ces exigences bloquent la réception jusqu'à ce que leurs cas de test réussissent ou qu'une dérogation soit accordée.",
    noPunch: 'Aucune exigence ne bloque la réception.',
    requirement: 'Exigence',
    obligation: 'Obligation',
    status: 'État',
    detail: 'Cas de test',
    source: 'Source',
    concessionRef: 'dérogation {reference}',
    conflicts: 'Résultats contradictoires',
    conflictResolved: '{case} : {sources} se contredisent ; le résultat le plus récent ({winner}) fait foi.',
    conflictOpen: '{case} : {sources} se contredisent sans dates permettant de trancher ; le cas compte comme échoué.',
    requirements: 'Résultats par exigence',
    notPlanned: 'absente du plan',
    certificate: {
      title: 'Procès-verbal de réception',
      text: '{authority} atteste que le système livré au titre du marché {reference} ({title}) a satisfait à la réception selon la spécification {spec}.',
      phases: 'Phases achevées : {phases} ; {cases} cas de test.',
      concessions: 'Dérogations accordées',
      none: 'aucune',
      plan: 'Plan de tests : {plan}.',
      inputs: 'Résultats lus : {files}.',
    },
  },
};
