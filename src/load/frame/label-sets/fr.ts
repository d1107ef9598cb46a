import { METHOD_FR } from './method/fr.js';
import { ACCEPTANCE_FR } from './acceptance/fr.js';
import type { BuiltInLanguage } from './built-in-language.js';

export const FR: BuiltInLanguage = {
  tag: 'fr',
  labels: {
    contents: 'Table des matières',
    updateContents:
      'Mettez ce champ à jour pour afficher la table des matières (dans Word : clic droit, Mettre à jour les champs).',
    introduction: 'Introduction',
    cover: {
      authority: 'Pouvoir adjudicateur',
      reference: 'Référence du marché',
      title: 'Objet du marché',
      cpv: 'Codes CPV',
      language: 'Langue',
      date: 'Date',
      specification: 'Spécification',
      basedOn: 'Fondée sur',
      version: 'Version du catalogue',
    },
    obligation: { mandatory: 'Obligatoire', recommended: 'Recommandée', optional: 'Facultative' },
    verification: { inspection: 'Inspection', analysis: 'Analyse', demonstration: 'Démonstration', test: 'Essai' },
    field: {
      obligation: 'Obligation',
      verification: 'Vérification',
      references: 'Références',
      legalBasis: 'Base juridique',
      scenarios: 'Scénarios',
      orEquivalent: 'ou équivalent',
    },
    sections: {
      'acceptance-criteria': "Critères d'acceptation",
      rationale: 'Justification',
      guidance: 'Indications',
      notes: 'Remarques',
    },
    award: {
      chapter: "Critères d'attribution",
      intro:
        "Le marché est attribué à l'offre économiquement la plus avantageuse, appréciée selon les critères et pondérations suivants.",
      criterion: 'Critère',
      weight: 'Pondération',
      requirements: 'Exigences évaluées',
      total: 'Total',
    },
    selection: {
      chapter: 'Exclusion et sélection',
      intro:
        "Un soumissionnaire auquel s'applique l'un des motifs d'exclusion suivants est exclu de la procédure, et chaque soumissionnaire doit satisfaire aux critères de sélection. Les soumissionnaires le déclarent dans le document unique de marché européen (DUME) et fournissent les preuves lorsque le pouvoir adjudicateur les demande ; ce que le DUME ne demande pas est déclaré avec l'offre.",
      exclusion: "Motifs d'exclusion",
      criteria: 'Critères de sélection',
      code: 'Code',
      ground: 'Motif',
      criterion: 'Critère',
      description: 'Description',
      threshold: 'Niveau minimal',
      notInEspd: "Absent du DUME : à déclarer avec l'offre.",
      amount: 'au moins {amount}',
      count: 'au moins {count}',
      years: 'sur les {years} dernières années',
    },
    annexes: {
      chapter: 'Annexes',
      intro:
        'Les documents suivants sont annexés à la présente spécification et en font partie intégrante. Ils sont fournis avec elle dans le dossier annexes/.',
      title: 'Annexe',
      files: 'Fichiers',
    },
    matrix: {
      chapter: 'Annexe : matrice de conformité',
      intro:
        "Pour chaque exigence, le soumissionnaire indique si l'offre y est conforme (Conforme, Partiellement conforme, Non conforme) et à quel endroit de l'offre cela est démontré. Le non-respect d'une exigence obligatoire entraîne le rejet de l'offre.",
      id: 'Id.',
      title: 'Exigence',
      obligation: 'Obligation',
      verification: 'Vérification',
      response: 'Réponse',
      bidderReference: 'Référence dans l’offre',
      domain: 'Domaine',
      statement: 'Énoncé',
      comment: 'Commentaire',
      responses: { comply: 'Conforme', partial: 'Partiellement conforme', fail: 'Non conforme' },
      chooseResponse: 'Choisissez l’une des valeurs de la liste.',
    },
    page: 'Page',
    of: 'sur',
    colon: '\u00a0:',
    fallback: {
      missing: '[Texte pas encore disponible en français : original anglais]',
      stale: '[Traduction française en cours de mise à jour : original anglais]',
    },
    values: { yes: 'oui', no: 'non' },
    domains: {},
    units: {},
    modal: { mandatory: ['doit', 'doivent'], recommended: ['devrait', 'devraient'], optional: ['peut', 'peuvent'] },
    method: METHOD_FR,
    tenderForm: {
      coverSheet: 'Page de garde',
      priceSheet: 'Prix',
      cover: {
        title: 'Formulaire de réponse',
        spec: 'Spécification',
        reference: 'Référence du marché',
        fingerprint: 'Empreinte du document',
        tenderer: 'Soumissionnaire (dénomination légale de l’organisation)',
        signatory: 'Nom de la personne qui signe pour le soumissionnaire',
        date: 'Date',
        datePrompt: 'Indiquez la date de l’offre.',
      },
      price: {
        id: 'N°',
        title: 'Poste de coût',
        per: 'Fréquence',
        unit: 'Unité',
        value: 'Valeur',
        description: 'Ce que vous indiquez',
        total: 'Prix total',
        totalDescription: 'Le prix total de l’offre pour l’ensemble du marché, hors TVA.',
        prompt: 'Saisissez un nombre, zéro ou plus.',
        error: 'Saisissez un nombre, zéro ou plus, sans symbole monétaire.',
      },
    },
    acceptance: ACCEPTANCE_FR,
    form: {
      responsesSheet: 'Réponses',
      awardSheet: "Critères d'attribution",
      columns: {
        id: 'Id.',
        domain: 'Domaine',
        title: 'Titre',
        obligation: 'Obligation',
        statement: 'Énoncé',
        verification: 'Vérification',
        response: 'Réponse',
        offerReference: 'Référence dans l’offre',
        comment: 'Commentaire',
      },
      promptTitle: 'Réponse',
      prompt: 'Choisissez Conforme, Partiellement conforme ou Non conforme.',
      errorTitle: 'Réponse non valable',
      error: 'Choisissez l’une des valeurs de la liste : Conforme, Partiellement conforme, Non conforme.',
      award: {
        id: 'Id.',
        criterion: 'Critère',
        type: 'Type',
        weight: 'Pondération (%)',
        requirements: 'Exigences évaluées',
        description: 'Description',
        total: 'Total',
        none: "La présente spécification ne fixe pas de critères d'attribution.",
      },
      description:
        "Formulaire de réponse pour {spec} : indiquer pour chaque exigence si l'offre y est conforme et à quel endroit de l'offre cela est démontré.",
      keyword: 'matrice de conformité',
    },
    report: {
      title: 'Écarts de {variant} par rapport à {baseline}',
      variant: 'Variante',
      chain: 'Chaîne',
      baseline: 'Référence',
      summary: 'Synthèse',
      change: 'Modification',
      requirements: 'Exigences',
      total: 'Total',
      harmonisation: 'Harmonisation : {share} des {count} exigences de {baseline} sont conservées sans modification.',
      changes: 'Modifications',
      noChange: "{variant} ne s'écarte pas de {baseline}.",
      legend:
        'Dans les textes, les mots {deleted} sont ceux de la référence et les mots {inserted} ceux de la variante.',
      deleted: 'barrés',
      inserted: 'soulignés',
      declaredIn: 'déclarée dans {spec}',
      justification: 'Justification',
      noneGiven: 'aucune',
      field: 'Champ',
      effect: 'Effet',
      seeText: 'voir le texte ci-dessous',
      text: 'Texte',
      parameter: 'Paramètre {name}',
      fields: { obligation: 'Obligation', statement: 'Énoncé', verification: 'Vérification', title: 'Titre' },
      kinds: {
        unchanged: 'Inchangée',
        stricter: 'Plus stricte',
        looser: 'Assouplie',
        modified: 'Modifiée',
        added: 'Ajoutée',
        removed: 'Supprimée',
        absent: 'Absente',
      },
      redline: {
        title: 'Version révisée : {variant} par rapport à {baseline}',
        intro:
          "Le présent document reproduit les textes des exigences de {variant} ({chain}) et fait apparaître chaque différence par rapport à {baseline} comme une modification suivie, attribuée à la spécification qui l'a déclarée. Refusez toutes les modifications pour lire {baseline} ; acceptez-les toutes pour lire {variant}. Le rapport des écarts donne la justification de chaque modification.",
        counts:
          '{total} exigences : {unchanged} inchangées, {stricter} plus strictes, {looser} assouplies, {modified} modifiées, {added} ajoutées, {removed} supprimées. Harmonisation {share}.',
        description: 'Modifications suivies de {chain} par rapport à {baseline}',
      },
    },
  },
  introduction: `Le présent document fixe les spécifications techniques du marché
{{#if procurement.title}}« {{procurement.title}} »{{else}}« {{spec.title}} »{{/if}}{{#if authority.name}} (pouvoir adjudicateur : {{authority.name}}){{/if}}.

Il comporte {{counts.total}} exigences (obligatoires : {{counts.mandatory}} ; recommandées : {{counts.recommended}} ; facultatives : {{counts.optional}}).
{{#if chain.length}}La spécification est dérivée de {{#each chain}}{{#if @index}}, puis de {{/if}}{{this}}{{/each}} ; chaque écart par rapport au socle commun est justifié dans le rapport des écarts joint au présent document.{{/if}}

- Une exigence formulée avec **doit** est obligatoire : une offre qui n'y satisfait pas est écartée.
- Une exigence formulée avec **devrait** est recommandée : son respect est apprécié au titre des critères d'attribution.
- Une exigence formulée avec **peut** est facultative : le soumissionnaire peut la proposer.

Toute référence à une norme, à un agrément technique ou à une spécification est accompagnée de la mention « ou équivalent », sauf indication contraire dûment justifiée (directive 2014/24/UE, article 42). Le soumissionnaire peut prouver par tout moyen approprié que la solution proposée satisfait de manière équivalente à l'exigence.

Le soumissionnaire répond à chaque exigence dans la matrice de conformité annexée au présent document.
`,
};
