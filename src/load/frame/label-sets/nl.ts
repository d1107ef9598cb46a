import { METHOD_NL } from './method/nl.js';
import { ACCEPTANCE_NL } from './acceptance/nl.js';
import type { BuiltInLanguage } from './built-in-language.js';

export const NL: BuiltInLanguage = {
  tag: 'nl',
  labels: {
    contents: 'Inhoudsopgave',
    updateContents: 'Werk dit veld bij om de inhoudsopgave te tonen (in Word: rechtermuisknop, Veld bijwerken).',
    introduction: 'Inleiding',
    cover: {
      authority: 'Aanbestedende dienst',
      reference: 'Referentie van de opdracht',
      title: 'Voorwerp van de opdracht',
      cpv: 'CPV-codes',
      language: 'Taal',
      date: 'Datum',
      specification: 'Specificatie',
      basedOn: 'Gebaseerd op',
      version: 'Catalogusversie',
    },
    obligation: { mandatory: 'Verplicht', recommended: 'Aanbevolen', optional: 'Optioneel' },
    verification: { inspection: 'Inspectie', analysis: 'Analyse', demonstration: 'Demonstratie', test: 'Test' },
    field: {
      obligation: 'Verplichting',
      verification: 'Verificatie',
      references: 'Referenties',
      legalBasis: 'Rechtsgrond',
      scenarios: "Scenario's",
      orEquivalent: 'of gelijkwaardig',
    },
    sections: {
      'acceptance-criteria': 'Acceptatiecriteria',
      rationale: 'Motivering',
      guidance: 'Richtsnoeren',
      notes: 'Opmerkingen',
    },
    award: {
      chapter: 'Gunningscriteria',
      intro:
        'De opdracht wordt gegund aan de economisch meest voordelige inschrijving, beoordeeld volgens de volgende criteria en wegingen.',
      criterion: 'Criterium',
      weight: 'Weging',
      requirements: 'Beoordeelde eisen',
      total: 'Totaal',
    },
    selection: {
      chapter: 'Uitsluiting en selectie',
      intro:
        'Een inschrijver op wie een van de volgende uitsluitingsgronden van toepassing is, wordt van de procedure uitgesloten, en elke inschrijver moet aan de selectiecriteria voldoen. Inschrijvers verklaren dit in het Uniform Europees Aanbestedingsdocument (UEA) en leggen de bewijsstukken voor wanneer de aanbestedende dienst erom vraagt; wat het UEA niet vraagt, wordt bij de inschrijving verklaard.',
      exclusion: 'Uitsluitingsgronden',
      criteria: 'Selectiecriteria',
      code: 'Code',
      ground: 'Grond',
      criterion: 'Criterium',
      description: 'Omschrijving',
      threshold: 'Minimumniveau',
      notInEspd: 'Niet in het UEA: te verklaren bij de inschrijving.',
      amount: 'ten minste {amount}',
      count: 'ten minste {count}',
      years: 'over de laatste {years} jaar',
    },
    annexes: {
      chapter: 'Bijlagen',
      intro:
        'De volgende documenten zijn als bijlage bij deze specificatie gevoegd en maken er deel van uit. Ze worden ermee meegeleverd in de map annexes/.',
      title: 'Bijlage',
      files: 'Bestanden',
    },
    matrix: {
      chapter: 'Bijlage: Conformiteitsmatrix',
      intro:
        'De inschrijver vermeldt voor elke eis of de offerte eraan voldoet (Voldoet, Voldoet gedeeltelijk, Voldoet niet) en waar de offerte dit aantoont. Een offerte die niet voldoet aan een verplichte eis, wordt uitgesloten.',
      id: 'Nr.',
      title: 'Eis',
      obligation: 'Verplichting',
      verification: 'Verificatie',
      response: 'Antwoord',
      bidderReference: 'Verwijzing in de offerte',
      domain: 'Domein',
      statement: 'Eis (tekst)',
      comment: 'Opmerking',
      responses: { comply: 'Voldoet', partial: 'Voldoet gedeeltelijk', fail: 'Voldoet niet' },
      chooseResponse: 'Kies een van de waarden uit de lijst.',
    },
    page: 'Pagina',
    of: 'van',
    colon: ':',
    fallback: {
      missing: '[Tekst nog niet beschikbaar in het Nederlands: Engels origineel]',
      stale: '[Nederlandse vertaling wordt bijgewerkt: Engels origineel]',
    },
    values: { yes: 'ja', no: 'nee' },
    domains: {},
    units: {},
    modal: { mandatory: [], recommended: [], optional: [] },
    method: METHOD_NL,
    tenderForm: {
      coverSheet: 'Voorblad',
      priceSheet: 'Prijs',
      cover: {
        title: 'Antwoordformulier',
        spec: 'Specificatie',
        reference: 'Referentie van de opdracht',
        fingerprint: 'Vingerafdruk van het document',
        tenderer: 'Inschrijver (juridische naam van de organisatie)',
        signatory: 'Naam van de persoon die voor de inschrijver ondertekent',
        date: 'Datum',
        datePrompt: 'Vul de datum van de offerte in.',
      },
      price: {
        id: 'Nr.',
        title: 'Kostenpost',
        per: 'Frequentie',
        unit: 'Eenheid',
        value: 'Waarde',
        description: 'Wat u opgeeft',
        total: 'Totale prijs',
        totalDescription: 'De totale prijs van de offerte voor de hele opdracht, exclusief btw.',
        prompt: 'Vul een getal in, nul of meer.',
        error: 'Vul een getal in, nul of meer, zonder valutateken.',
      },
    },
    acceptance: ACCEPTANCE_NL,
    form: {
      responsesSheet: 'Antwoorden',
      awardSheet: 'Gunningscriteria',
      columns: {
        id: 'Nr.',
        domain: 'Domein',
        title: 'Titel',
        obligation: 'Verplichting',
        statement: 'Eis (tekst)',
        verification: 'Verificatie',
        response: 'Antwoord',
        offerReference: 'Verwijzing in de offerte',
        comment: 'Opmerking',
      },
      promptTitle: 'Antwoord',
      prompt: 'Kies Voldoet, Voldoet gedeeltelijk of Voldoet niet.',
      errorTitle: 'Geen geldig antwoord',
      error: 'Kies een van de waarden uit de lijst: Voldoet, Voldoet gedeeltelijk, Voldoet niet.',
      award: {
        id: 'Nr.',
        criterion: 'Criterium',
        type: 'Soort',
        weight: 'Weging (%)',
        requirements: 'Beoordeelde eisen',
        description: 'Omschrijving',
        total: 'Totaal',
        none: 'Deze specificatie bevat geen gunningscriteria.',
      },
      description:
        'Antwoordformulier voor {spec}: vermeld voor elke eis of de offerte eraan voldoet en waar de offerte dit aantoont.',
      keyword: 'conformiteitsmatrix',
    },
    report: {
      title: 'Afwijkingen van {variant} ten opzichte van {baseline}',
      variant: 'Variant',
      chain: 'Keten',
      baseline: 'Basis',
      summary: 'Overzicht',
      change: 'Wijziging',
      requirements: 'Eisen',
      total: 'Totaal',
      harmonisation: 'Harmonisatie: {share} van de {count} eisen van {baseline} blijft ongewijzigd.',
      changes: 'Wijzigingen',
      noChange: '{variant} wijkt niet af van {baseline}.',
      legend: 'In de teksten zijn {deleted} woorden die van de basis en {inserted} woorden die van de variant.',
      deleted: 'doorgehaalde',
      inserted: 'onderstreepte',
      declaredIn: 'vastgelegd in {spec}',
      justification: 'Motivering',
      noneGiven: 'geen opgegeven',
      field: 'Veld',
      effect: 'Effect',
      seeText: 'zie de tekst hieronder',
      text: 'Tekst',
      parameter: 'Parameter {name}',
      fields: { obligation: 'Verplichting', statement: 'Eis (tekst)', verification: 'Verificatie', title: 'Titel' },
      kinds: {
        unchanged: 'Ongewijzigd',
        stricter: 'Strenger',
        looser: 'Versoepeld',
        modified: 'Gewijzigd',
        added: 'Toegevoegd',
        removed: 'Verwijderd',
        absent: 'Afwezig',
      },
      redline: {
        title: 'Wijzigingsversie: {variant} ten opzichte van {baseline}',
        intro:
          'Dit document toont de teksten van de eisen van {variant} ({chain}) met elk verschil met {baseline} als bijgehouden wijziging, toegeschreven aan de specificatie die de wijziging heeft vastgelegd. Weiger alle wijzigingen om {baseline} te lezen; aanvaard alle wijzigingen om {variant} te lezen. Het afwijkingsrapport geeft de motivering van elke wijziging.',
        counts:
          '{total} eisen: {unchanged} ongewijzigd, {stricter} strenger, {looser} versoepeld, {modified} gewijzigd, {added} toegevoegd, {removed} verwijderd. Harmonisatie {share}.',
        description: 'Bijgehouden wijzigingen van {chain} ten opzichte van {baseline}',
      },
    },
  },
  introduction: `Dit document bevat de technische specificaties van de opdracht
{{#if procurement.title}}"{{procurement.title}}"{{else}}"{{spec.title}}"{{/if}}{{#if authority.name}} (aanbestedende dienst: {{authority.name}}){{/if}}.

Het bevat {{counts.total}} eisen (verplicht: {{counts.mandatory}}; aanbevolen: {{counts.recommended}}; optioneel: {{counts.optional}}).
{{#if chain.length}}De specificatie is afgeleid van {{#each chain}}{{#if @index}}, daarna van {{/if}}{{this}}{{/each}}; elke afwijking van de gemeenschappelijke basis wordt gemotiveerd in het afwijkingsrapport dat bij dit document hoort.{{/if}}

- Een eis die met **moet** is geformuleerd, is verplicht: een offerte die er niet aan voldoet, wordt uitgesloten.
- Een eis die met **zou moeten** is geformuleerd, is aanbevolen: de mate waarin eraan wordt voldaan, wordt beoordeeld volgens de gunningscriteria.
- Een eis die met **kan** of **mag** is geformuleerd, is optioneel: de inschrijver kan ze aanbieden.

Elke verwijzing naar een norm, een technische goedkeuring of een specificatie wordt gevolgd door de woorden "of gelijkwaardig", tenzij anders vermeld met de motivering daarvan (Richtlijn 2014/24/EU, artikel 42). Een inschrijver mag met elk passend middel aantonen dat een aangeboden oplossing op gelijkwaardige wijze aan de eis voldoet.

De inschrijver beantwoordt elke eis in de conformiteitsmatrix die als bijlage bij dit document is gevoegd.
`,
};
