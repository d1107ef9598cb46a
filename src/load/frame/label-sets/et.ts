import type { BuiltInLanguage } from './built-in-language.js';

export const ET: BuiltInLanguage = {
  tag: 'et',
  labels: {
    contents: 'Sisukord',
    updateContents: 'Sisukorra kuvamiseks värskendage seda välja (Wordis: paremklõps, Värskenda välja).',
    introduction: 'Sissejuhatus',
    cover: {
      authority: 'Hankija',
      reference: 'Hanke viitenumber',
      title: 'Hanke ese',
      cpv: 'CPV-koodid',
      language: 'Keel',
      date: 'Kuupäev',
      specification: 'Spetsifikatsioon',
      basedOn: 'Alus',
      version: 'Kataloogi versioon',
    },
    obligation: { mandatory: 'Kohustuslik', recommended: 'Soovituslik', optional: 'Valikuline' },
    verification: { inspection: 'Ülevaatus', analysis: 'Analüüs', demonstration: 'Demonstratsioon', test: 'Katsetus' },
    field: {
      obligation: 'Kohustuslikkus',
      verification: 'Tõendamine',
      references: 'Viited',
      legalBasis: 'Õiguslik alus',
      scenarios: 'Stsenaariumid',
      orEquivalent: 'või samaväärne',
    },
    sections: {
      'acceptance-criteria': 'Vastuvõtukriteeriumid',
      rationale: 'Põhjendus',
      guidance: 'Juhised',
      notes: 'Märkused',
    },
    award: {
      chapter: 'Hindamiskriteeriumid',
      intro:
        'Leping sõlmitakse majanduslikult soodsaima pakkumusega, mida hinnatakse järgmiste kriteeriumide ja nende osakaalude alusel.',
      criterion: 'Kriteerium',
      weight: 'Osakaal',
      requirements: 'Hinnatavad nõuded',
      total: 'Kokku',
    },
    annexes: {
      chapter: 'Lisad',
      intro:
        'Järgmised dokumendid on käesoleva kirjelduse lisad ja selle lahutamatu osa. Need on esitatud koos sellega kaustas annexes/.',
      title: 'Lisa',
      files: 'Failid',
    },
    matrix: {
      chapter: 'Lisa: Vastavusmaatriks',
      intro:
        'Pakkuja märgib iga nõude kohta, kas pakkumus vastab sellele (Vastab, Vastab osaliselt, Ei vasta), ja kus pakkumuses seda tõendatakse. Pakkumus, mis ei vasta kohustuslikule nõudele, lükatakse tagasi.',
      id: 'Nr',
      title: 'Nõue',
      obligation: 'Kohustuslikkus',
      verification: 'Tõendamine',
      response: 'Vastus',
      bidderReference: 'Viide pakkumuses',
      domain: 'Valdkond',
      statement: 'Nõude tekst',
      comment: 'Märkus',
      responses: { comply: 'Vastab', partial: 'Vastab osaliselt', fail: 'Ei vasta' },
      chooseResponse: 'Valige loendist üks väärtustest.',
    },
    page: 'Lehekülg',
    of: '/',
    colon: ':',
    fallback: {
      missing: '[Tekst ei ole veel eesti keeles saadaval: ingliskeelne originaal]',
      stale: '[Eestikeelset tõlget ajakohastatakse: ingliskeelne originaal]',
    },
    values: { yes: 'jah', no: 'ei' },
    domains: {},
    units: {},
    modal: { mandatory: ['peab', 'peavad'], recommended: ['peaks', 'peaksid'], optional: ['võib', 'võivad'] },
  },
  introduction: `Käesolev dokument sätestab hanke
{{#if procurement.title}}„{{procurement.title}}”{{else}}„{{spec.title}}”{{/if}} tehnilise kirjelduse{{#if authority.name}} (hankija: {{authority.name}}){{/if}}.

Nõuete arv: {{counts.total}} (kohustuslikud: {{counts.mandatory}}; soovituslikud: {{counts.recommended}}; valikulised: {{counts.optional}}).
{{#if chain.length}}Spetsifikatsioon tuleneb järgmistest spetsifikatsioonidest: {{#each chain}}{{#if @index}}, seejärel {{/if}}{{this}}{{/each}}; iga kõrvalekalle ühisest alusest on põhjendatud käesolevale dokumendile lisatud kõrvalekallete aruandes.{{/if}}

- Sõnaga **peab** sõnastatud nõue on kohustuslik: pakkumus, mis sellele ei vasta, lükatakse tagasi.
- Sõnaga **peaks** sõnastatud nõue on soovituslik: selle täitmist hinnatakse hindamiskriteeriumide alusel.
- Sõnaga **võib** sõnastatud nõue on valikuline: pakkuja võib seda pakkuda.

Iga viite juures standardile, tehnilisele tunnustusele või spetsifikatsioonile on märge „või samaväärne”, kui põhjendatult ei ole märgitud teisiti (direktiiv 2014/24/EL, artikkel 42). Pakkuja võib mis tahes asjakohasel viisil tõendada, et pakutud lahendus vastab nõudele samaväärsel viisil.

Pakkuja vastab igale nõudele käesoleva dokumendi lisaks olevas vastavusmaatriksis.
`,
};
