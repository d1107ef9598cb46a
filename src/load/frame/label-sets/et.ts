import { METHOD_ET } from './method/et.js';
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
    selection: {
      chapter: 'Kõrvaldamine ja kvalifitseerimine',
      intro:
        'Pakkuja, kelle puhul esineb mõni järgmistest kõrvaldamise alustest, kõrvaldatakse menetlusest, ja iga pakkuja peab vastama kvalifitseerimise tingimustele. Pakkujad kinnitavad seda Euroopa ühtses hankedokumendis (ESPD) ja esitavad tõendid hankija nõudmisel; mida ESPD ei küsi, kinnitatakse koos pakkumusega.',
      exclusion: 'Kõrvaldamise alused',
      criteria: 'Kvalifitseerimise tingimused',
      code: 'Kood',
      ground: 'Alus',
      criterion: 'Tingimus',
      description: 'Kirjeldus',
      threshold: 'Miinimumtase',
      notInEspd: 'ESPD-s puudub: kinnitatakse koos pakkumusega.',
      amount: 'vähemalt {amount}',
      count: 'vähemalt {count}',
      years: 'viimase {years} aasta jooksul',
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
    method: METHOD_ET,
    tenderForm: {
      coverSheet: 'Tiitelleht',
      priceSheet: 'Hind',
      cover: {
        title: 'Vastusevorm',
        spec: 'Kirjeldus',
        reference: 'Hanke viitenumber',
        fingerprint: 'Dokumendi sõrmejälg',
        tenderer: 'Pakkuja (organisatsiooni nimi)',
        signatory: 'Pakkuja nimel allkirjastava isiku nimi',
        date: 'Kuupäev',
        datePrompt: 'Sisestage pakkumuse kuupäev.',
      },
      price: {
        id: 'Nr',
        title: 'Kulurida',
        per: 'Sagedus',
        unit: 'Ühik',
        value: 'Väärtus',
        description: 'Mida esitate',
        total: 'Kogumaksumus',
        totalDescription: 'Pakkumuse kogumaksumus kogu lepingu eest, käibemaksuta.',
        prompt: 'Sisestage arv, null või suurem.',
        error: 'Sisestage arv, null või suurem, ilma valuutamärgita.',
      },
    },
    form: {
      responsesSheet: 'Vastused',
      awardSheet: 'Hindamiskriteeriumid',
      columns: {
        id: 'Nr',
        domain: 'Valdkond',
        title: 'Pealkiri',
        obligation: 'Kohustuslikkus',
        statement: 'Nõude tekst',
        verification: 'Tõendamine',
        response: 'Vastus',
        offerReference: 'Viide pakkumuses',
        comment: 'Märkus',
      },
      promptTitle: 'Vastus',
      prompt: 'Valige Vastab, Vastab osaliselt või Ei vasta.',
      errorTitle: 'Sobimatu vastus',
      error: 'Valige üks loendi väärtustest: Vastab, Vastab osaliselt, Ei vasta.',
      award: {
        id: 'Nr',
        criterion: 'Kriteerium',
        type: 'Liik',
        weight: 'Osakaal (%)',
        requirements: 'Hinnatavad nõuded',
        description: 'Kirjeldus',
        total: 'Kokku',
        none: 'Käesolev spetsifikatsioon ei sätesta hindamiskriteeriume.',
      },
      description:
        'Vastusevorm ({spec}): märkige iga nõude juures, kas pakkumus vastab sellele ja kus pakkumuses seda tõendatakse.',
      keyword: 'vastavusmaatriks',
    },
    report: {
      title: '{variant} kõrvalekalded alusest {baseline}',
      variant: 'Variant',
      chain: 'Ahel',
      baseline: 'Alus',
      summary: 'Kokkuvõte',
      change: 'Muudatus',
      requirements: 'Nõuded',
      total: 'Kokku',
      harmonisation: 'Ühtlustatus: aluse {baseline} {count} nõudest on {share} jäetud muutmata.',
      changes: 'Muudatused',
      noChange: '{variant} ei kaldu alusest {baseline} kõrvale.',
      legend: 'Tekstides on {deleted} sõnad aluse ja {inserted} sõnad variandi omad.',
      deleted: 'läbikriipsutatud',
      inserted: 'allajoonitud',
      declaredIn: 'deklareeritud: {spec}',
      justification: 'Põhjendus',
      noneGiven: 'puudub',
      field: 'Väli',
      effect: 'Mõju',
      seeText: 'vt allolevat teksti',
      text: 'Tekst',
      parameter: 'Parameeter {name}',
      fields: {
        obligation: 'Kohustuslikkus',
        statement: 'Nõude tekst',
        verification: 'Tõendamine',
        title: 'Pealkiri',
      },
      kinds: {
        unchanged: 'Muutmata',
        stricter: 'Rangem',
        looser: 'Leebem',
        modified: 'Muudetud',
        added: 'Lisatud',
        removed: 'Eemaldatud',
        absent: 'Puudub',
      },
      redline: {
        title: 'Muudatustega versioon: {variant} võrreldes alusega {baseline}',
        intro:
          'Käesolev dokument esitab variandi {variant} ({chain}) nõuete tekstid ja näitab iga erinevust alusest {baseline} jälgitava muudatusena, mis on omistatud selle deklareerinud spetsifikatsioonile. Kõigi muudatuste tagasilükkamisel näete alust {baseline}, kõigi aktsepteerimisel varianti {variant}. Iga muudatuse põhjendus on esitatud kõrvalekallete aruandes.',
        counts:
          '{total} nõuet: {unchanged} muutmata, {stricter} rangemat, {looser} leebemat, {modified} muudetud, {added} lisatud, {removed} eemaldatud. Ühtlustatus {share}.',
        description: '{chain} jälgitavad muudatused võrreldes alusega {baseline}',
      },
    },
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
