import type { BuiltInLanguage } from './built-in-language.js';

export const SV: BuiltInLanguage = {
  tag: 'sv',
  labels: {
    contents: 'Innehåll',
    updateContents: 'Uppdatera detta fält för att visa innehållsförteckningen (i Word: högerklicka, Uppdatera fält).',
    introduction: 'Inledning',
    cover: {
      authority: 'Upphandlande myndighet',
      reference: 'Diarienummer',
      title: 'Föremål för upphandlingen',
      cpv: 'CPV-koder',
      language: 'Språk',
      date: 'Datum',
      specification: 'Specifikation',
      basedOn: 'Baserad på',
      version: 'Katalogversion',
    },
    obligation: { mandatory: 'Obligatoriskt', recommended: 'Rekommenderat', optional: 'Valfritt' },
    verification: { inspection: 'Granskning', analysis: 'Analys', demonstration: 'Demonstration', test: 'Test' },
    field: {
      obligation: 'Kravnivå',
      verification: 'Verifiering',
      references: 'Referenser',
      legalBasis: 'Rättslig grund',
      scenarios: 'Scenarier',
      orEquivalent: 'eller likvärdigt',
    },
    sections: {
      'acceptance-criteria': 'Acceptanskriterier',
      rationale: 'Motivering',
      guidance: 'Vägledning',
      notes: 'Anmärkningar',
    },
    award: {
      chapter: 'Tilldelningskriterier',
      intro:
        'Kontraktet tilldelas det ekonomiskt mest fördelaktiga anbudet, bedömt utifrån följande kriterier och viktningar.',
      criterion: 'Kriterium',
      weight: 'Viktning',
      requirements: 'Bedömda krav',
      total: 'Summa',
    },
    annexes: {
      chapter: 'Bilagor',
      intro:
        'Följande dokument är bilagor till denna specifikation och utgör en del av den. De levereras med den i mappen annexes/.',
      title: 'Bilaga',
      files: 'Filer',
    },
    matrix: {
      chapter: 'Bilaga: Kravuppfyllnadsmatris',
      intro:
        'Anbudsgivaren anger för varje krav om anbudet uppfyller det (Uppfyller, Uppfyller delvis, Uppfyller inte) och var i anbudet detta visas. Ett anbud som inte uppfyller ett obligatoriskt krav förkastas.',
      id: 'Nr',
      title: 'Krav',
      obligation: 'Kravnivå',
      verification: 'Verifiering',
      response: 'Svar',
      bidderReference: 'Hänvisning i anbudet',
      domain: 'Område',
      statement: 'Kravtext',
      comment: 'Kommentar',
      responses: { comply: 'Uppfyller', partial: 'Uppfyller delvis', fail: 'Uppfyller inte' },
      chooseResponse: 'Välj ett av värdena i listan.',
    },
    page: 'Sida',
    of: 'av',
    colon: ':',
    fallback: {
      missing: '[Texten finns ännu inte på svenska: engelskt original]',
      stale: '[Den svenska översättningen håller på att uppdateras: engelskt original]',
    },
    values: { yes: 'ja', no: 'nej' },
    domains: {},
    units: {},
    modal: { mandatory: ['ska'], recommended: ['bör'], optional: ['får'] },
  },
  introduction: `Detta dokument anger de tekniska specifikationerna för upphandlingen
{{#if procurement.title}}”{{procurement.title}}”{{else}}”{{spec.title}}”{{/if}}{{#if authority.name}} (upphandlande myndighet: {{authority.name}}){{/if}}.

Antal krav: {{counts.total}} (obligatoriska: {{counts.mandatory}}; rekommenderade: {{counts.recommended}}; valfria: {{counts.optional}}).
{{#if chain.length}}Specifikationen härleds från {{#each chain}}{{#if @index}}, därefter från {{/if}}{{this}}{{/each}}; varje avvikelse från den gemensamma grunden motiveras i den avvikelserapport som bifogas detta dokument.{{/if}}

- Ett krav som formuleras med **ska** är obligatoriskt: ett anbud som inte uppfyller det förkastas.
- Ett krav som formuleras med **bör** är rekommenderat: hur väl det uppfylls bedöms enligt tilldelningskriterierna.
- Ett krav som formuleras med **får** är valfritt: anbudsgivaren får erbjuda det.

Varje hänvisning till en standard, ett tekniskt godkännande eller en specifikation följs av orden ”eller likvärdigt”, om inte annat anges med motivering (direktiv 2014/24/EU, artikel 42). Anbudsgivaren får med alla lämpliga medel visa att en erbjuden lösning uppfyller kravet på ett likvärdigt sätt.

Anbudsgivaren besvarar varje krav i den kravuppfyllnadsmatris som bifogas detta dokument.
`,
};
