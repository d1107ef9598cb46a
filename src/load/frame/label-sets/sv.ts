import { METHOD_SV } from './method/sv.js';
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
    selection: {
      chapter: 'Uteslutning och kvalificering',
      intro:
        'En anbudsgivare som omfattas av någon av följande uteslutningsgrunder utesluts från förfarandet, och varje anbudsgivare ska uppfylla kvalificeringskraven. Anbudsgivarna intygar detta i det europeiska enhetliga upphandlingsdokumentet (ESPD) och lämnar bevis när den upphandlande myndigheten begär det; det som ESPD inte frågar efter intygas i anbudet.',
      exclusion: 'Uteslutningsgrunder',
      criteria: 'Kvalificeringskrav',
      code: 'Kod',
      ground: 'Grund',
      criterion: 'Krav',
      description: 'Beskrivning',
      threshold: 'Lägsta nivå',
      notInEspd: 'Ingår inte i ESPD: intygas i anbudet.',
      amount: 'minst {amount}',
      count: 'minst {count}',
      years: 'under de senaste {years} åren',
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
    method: METHOD_SV,
    tenderForm: {
      coverSheet: 'Försättsblad',
      priceSheet: 'Pris',
      cover: {
        title: 'Svarsformulär',
        spec: 'Specifikation',
        reference: 'Upphandlingens referens',
        fingerprint: 'Dokumentets fingeravtryck',
        tenderer: 'Anbudsgivare (organisationens namn)',
        signatory: 'Namn på den som undertecknar för anbudsgivaren',
        date: 'Datum',
        datePrompt: 'Ange anbudets datum.',
      },
      price: {
        id: 'Nr',
        title: 'Kostnadspost',
        per: 'Frekvens',
        unit: 'Enhet',
        value: 'Värde',
        description: 'Vad ni anger',
        total: 'Totalt pris',
        totalDescription: 'Anbudets totala pris för hela kontraktet, exklusive moms.',
        prompt: 'Ange ett tal, noll eller större.',
        error: 'Ange ett tal, noll eller större, utan valutatecken.',
      },
    },
    form: {
      responsesSheet: 'Svar',
      awardSheet: 'Tilldelningskriterier',
      columns: {
        id: 'Nr',
        domain: 'Område',
        title: 'Rubrik',
        obligation: 'Kravnivå',
        statement: 'Kravtext',
        verification: 'Verifiering',
        response: 'Svar',
        offerReference: 'Hänvisning i anbudet',
        comment: 'Kommentar',
      },
      promptTitle: 'Svar',
      prompt: 'Välj Uppfyller, Uppfyller delvis eller Uppfyller inte.',
      errorTitle: 'Ogiltigt svar',
      error: 'Välj ett av värdena i listan: Uppfyller, Uppfyller delvis, Uppfyller inte.',
      award: {
        id: 'Nr',
        criterion: 'Kriterium',
        type: 'Typ',
        weight: 'Viktning (%)',
        requirements: 'Bedömda krav',
        description: 'Beskrivning',
        total: 'Summa',
        none: 'Denna specifikation anger inga tilldelningskriterier.',
      },
      description:
        'Svarsformulär för {spec}: ange för varje krav om anbudet uppfyller det och var i anbudet det visas.',
      keyword: 'kravuppfyllnadsmatris',
    },
    report: {
      title: 'Avvikelser i {variant} från {baseline}',
      variant: 'Variant',
      chain: 'Kedja',
      baseline: 'Grund',
      summary: 'Sammanfattning',
      change: 'Ändring',
      requirements: 'Krav',
      total: 'Summa',
      harmonisation: 'Harmonisering: {share} av de {count} kraven i {baseline} behålls oförändrade.',
      changes: 'Ändringar',
      noChange: '{variant} avviker inte från {baseline}.',
      legend: 'I texterna är {deleted} ord grundens och {inserted} ord variantens.',
      deleted: 'överstrukna',
      inserted: 'understrukna',
      declaredIn: 'angiven i {spec}',
      justification: 'Motivering',
      noneGiven: 'ingen',
      field: 'Fält',
      effect: 'Effekt',
      seeText: 'se texten nedan',
      text: 'Text',
      parameter: 'Parameter {name}',
      fields: {
        obligation: 'Kravnivå',
        statement: 'Kravtext',
        verification: 'Verifiering',
        title: 'Rubrik',
      },
      kinds: {
        unchanged: 'Oförändrat',
        stricter: 'Strängare',
        looser: 'Mildare',
        modified: 'Ändrat',
        added: 'Tillagt',
        removed: 'Borttaget',
        absent: 'Saknas',
      },
      redline: {
        title: 'Version med ändringar: {variant} jämfört med {baseline}',
        intro:
          'Detta dokument återger kravtexterna i {variant} ({chain}) och visar varje skillnad mot {baseline} som en spårad ändring, tillskriven den specifikation som angav den. Avvisa alla ändringar för att läsa {baseline}; godkänn alla för att läsa {variant}. Avvikelserapporten anger motiveringen till varje ändring.',
        counts:
          '{total} krav: {unchanged} oförändrade, {stricter} strängare, {looser} mildare, {modified} ändrade, {added} tillagda, {removed} borttagna. Harmonisering {share}.',
        description: 'Spårade ändringar i {chain} jämfört med {baseline}',
      },
    },
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
