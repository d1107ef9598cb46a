import { METHOD_FI } from './method/fi.js';
import type { BuiltInLanguage } from './built-in-language.js';

export const FI: BuiltInLanguage = {
  tag: 'fi',
  labels: {
    contents: 'Sisällys',
    updateContents:
      'Päivitä tämä kenttä, jotta sisällysluettelo näkyy (Wordissa: napsauta hiiren kakkospainikkeella, Päivitä kenttä).',
    introduction: 'Johdanto',
    cover: {
      authority: 'Hankintayksikkö',
      reference: 'Hankinnan tunnus',
      title: 'Hankinnan kohde',
      cpv: 'CPV-koodit',
      language: 'Kieli',
      date: 'Päivämäärä',
      specification: 'Määrittely',
      basedOn: 'Perustuu',
      version: 'Luettelon versio',
    },
    obligation: { mandatory: 'Pakollinen', recommended: 'Suositeltava', optional: 'Valinnainen' },
    verification: { inspection: 'Tarkastus', analysis: 'Analyysi', demonstration: 'Esittely', test: 'Testaus' },
    field: {
      obligation: 'Velvoittavuus',
      verification: 'Todentaminen',
      references: 'Viitteet',
      legalBasis: 'Oikeusperusta',
      scenarios: 'Skenaariot',
      orEquivalent: 'tai vastaava',
    },
    sections: {
      'acceptance-criteria': 'Hyväksymiskriteerit',
      rationale: 'Perustelut',
      guidance: 'Ohjeet',
      notes: 'Huomautukset',
    },
    award: {
      chapter: 'Vertailuperusteet',
      intro:
        'Sopimus tehdään kokonaistaloudellisesti edullisimman tarjouksen kanssa, joka arvioidaan seuraavien vertailuperusteiden ja painotusten mukaan.',
      criterion: 'Vertailuperuste',
      weight: 'Painotus',
      requirements: 'Arvioitavat vaatimukset',
      total: 'Yhteensä',
    },
    selection: {
      chapter: 'Poissulkeminen ja soveltuvuus',
      intro:
        'Tarjoaja, jota koskee jokin seuraavista poissulkemisperusteista, suljetaan menettelystä, ja jokaisen tarjoajan on täytettävä soveltuvuusvaatimukset. Tarjoajat ilmoittavat tämän yhteisessä eurooppalaisessa hankinta-asiakirjassa (ESPD) ja toimittavat selvitykset, kun hankintayksikkö niitä pyytää; se, mitä ESPD ei kysy, ilmoitetaan tarjouksessa.',
      exclusion: 'Poissulkemisperusteet',
      criteria: 'Soveltuvuusvaatimukset',
      code: 'Koodi',
      ground: 'Peruste',
      criterion: 'Vaatimus',
      description: 'Kuvaus',
      threshold: 'Vähimmäistaso',
      notInEspd: 'Ei ESPD:ssä: ilmoitetaan tarjouksessa.',
      amount: 'vähintään {amount}',
      count: 'vähintään {count}',
      years: 'viimeisten {years} vuoden aikana',
    },
    annexes: {
      chapter: 'Liitteet',
      intro:
        'Seuraavat asiakirjat ovat tämän määrittelyn liitteitä ja osa sitä. Ne toimitetaan sen mukana kansiossa annexes/.',
      title: 'Liite',
      files: 'Tiedostot',
    },
    matrix: {
      chapter: 'Liite: Vaatimustenmukaisuustaulukko',
      intro:
        'Tarjoaja ilmoittaa kunkin vaatimuksen osalta, täyttääkö tarjous sen (Täyttää, Täyttää osittain, Ei täytä), ja missä kohdassa tarjousta tämä osoitetaan. Tarjous, joka ei täytä pakollista vaatimusta, suljetaan tarjouskilpailusta.',
      id: 'Nro',
      title: 'Vaatimus',
      obligation: 'Velvoittavuus',
      verification: 'Todentaminen',
      response: 'Vastaus',
      bidderReference: 'Viittaus tarjoukseen',
      domain: 'Osa-alue',
      statement: 'Vaatimusteksti',
      comment: 'Huomautus',
      responses: { comply: 'Täyttää', partial: 'Täyttää osittain', fail: 'Ei täytä' },
      chooseResponse: 'Valitse jokin luettelon arvoista.',
    },
    page: 'Sivu',
    of: '/',
    colon: ':',
    fallback: {
      missing: '[Tekstiä ei ole vielä saatavilla suomeksi: englanninkielinen alkuteksti]',
      stale: '[Suomenkielistä käännöstä päivitetään: englanninkielinen alkuteksti]',
    },
    values: { yes: 'kyllä', no: 'ei' },
    domains: {},
    units: {},
    modal: { mandatory: [], recommended: [], optional: [] },
    method: METHOD_FI,
    tenderForm: {
      coverSheet: 'Kansilehti',
      priceSheet: 'Hinta',
      cover: {
        title: 'Vastauslomake',
        spec: 'Määrittely',
        reference: 'Hankinnan viite',
        fingerprint: 'Asiakirjan tunniste',
        tenderer: 'Tarjoaja (organisaation nimi)',
        signatory: 'Tarjoajan puolesta allekirjoittavan henkilön nimi',
        date: 'Päivämäärä',
        datePrompt: 'Anna tarjouksen päivämäärä.',
      },
      price: {
        id: 'Nro',
        title: 'Kustannuserä',
        per: 'Toistuvuus',
        unit: 'Yksikkö',
        value: 'Arvo',
        description: 'Mitä ilmoitatte',
        total: 'Kokonaishinta',
        totalDescription: 'Tarjouksen kokonaishinta koko hankinnasta ilman arvonlisäveroa.',
        prompt: 'Anna luku, nolla tai suurempi.',
        error: 'Anna luku, nolla tai suurempi, ilman valuuttamerkkiä.',
      },
    },
    form: {
      responsesSheet: 'Vastaukset',
      awardSheet: 'Vertailuperusteet',
      columns: {
        id: 'Nro',
        domain: 'Osa-alue',
        title: 'Otsikko',
        obligation: 'Velvoittavuus',
        statement: 'Vaatimusteksti',
        verification: 'Todentaminen',
        response: 'Vastaus',
        offerReference: 'Viittaus tarjoukseen',
        comment: 'Huomautus',
      },
      promptTitle: 'Vastaus',
      prompt: 'Valitse Täyttää, Täyttää osittain tai Ei täytä.',
      errorTitle: 'Virheellinen vastaus',
      error: 'Valitse jokin luettelon arvoista: Täyttää, Täyttää osittain, Ei täytä.',
      award: {
        id: 'Nro',
        criterion: 'Vertailuperuste',
        type: 'Tyyppi',
        weight: 'Painotus (%)',
        requirements: 'Arvioitavat vaatimukset',
        description: 'Kuvaus',
        total: 'Yhteensä',
        none: 'Tässä määrittelyssä ei aseteta vertailuperusteita.',
      },
      description:
        'Vastauslomake ({spec}): ilmoita kunkin vaatimuksen kohdalla, täyttääkö tarjous sen ja missä kohdassa tarjousta se osoitetaan.',
      keyword: 'vaatimustenmukaisuustaulukko',
    },
    report: {
      title: 'Poikkeamat: {variant} verrattuna perustaan {baseline}',
      variant: 'Muunnelma',
      chain: 'Ketju',
      baseline: 'Perusta',
      summary: 'Yhteenveto',
      change: 'Muutos',
      requirements: 'Vaatimukset',
      total: 'Yhteensä',
      harmonisation: 'Yhdenmukaisuus: perustan {baseline} {count} vaatimuksesta {share} on säilytetty muuttamattomina.',
      changes: 'Muutokset',
      noChange: '{variant} ei poikkea perustasta {baseline}.',
      legend: 'Teksteissä {deleted} sanat ovat perustan ja {inserted} sanat muunnelman.',
      deleted: 'yliviivatut',
      inserted: 'alleviivatut',
      declaredIn: 'ilmoitettu: {spec}',
      justification: 'Perustelu',
      noneGiven: 'ei annettu',
      field: 'Kenttä',
      effect: 'Vaikutus',
      seeText: 'katso alla oleva teksti',
      text: 'Teksti',
      parameter: 'Parametri {name}',
      fields: {
        obligation: 'Velvoittavuus',
        statement: 'Vaatimusteksti',
        verification: 'Todentaminen',
        title: 'Otsikko',
      },
      kinds: {
        unchanged: 'Ennallaan',
        stricter: 'Tiukempi',
        looser: 'Lievempi',
        modified: 'Muutettu',
        added: 'Lisätty',
        removed: 'Poistettu',
        absent: 'Ei mukana',
      },
      redline: {
        title: 'Muutokset näkyvissä: {variant} verrattuna perustaan {baseline}',
        intro:
          'Tässä asiakirjassa esitetään määrittelyn {variant} ({chain}) vaatimusten tekstit, ja jokainen ero perustaan {baseline} näkyy jäljitettävänä muutoksena, jonka tekijäksi on merkitty muutoksen ilmoittanut määrittely. Hylkäämällä kaikki muutokset näet perustan {baseline}; hyväksymällä kaikki näet määrittelyn {variant}. Poikkeamaraportissa esitetään kunkin muutoksen perustelu.',
        counts:
          '{total} vaatimusta: {unchanged} ennallaan, {stricter} tiukempia, {looser} lievempiä, {modified} muutettuja, {added} lisättyjä, {removed} poistettuja. Yhdenmukaisuus {share}.',
        description: 'Jäljitettävät muutokset: {chain} verrattuna perustaan {baseline}',
      },
    },
  },
  introduction: `Tässä asiakirjassa esitetään hankinnan
{{#if procurement.title}}”{{procurement.title}}”{{else}}”{{spec.title}}”{{/if}} tekniset eritelmät{{#if authority.name}} (hankintayksikkö: {{authority.name}}){{/if}}.

Vaatimusten määrä: {{counts.total}} (pakollisia: {{counts.mandatory}}; suositeltavia: {{counts.recommended}}; valinnaisia: {{counts.optional}}).
{{#if chain.length}}Määrittely on johdettu seuraavista määrittelyistä tässä järjestyksessä: {{#each chain}}{{#if @index}}, {{/if}}{{this}}{{/each}}. Jokainen poikkeama yhteisestä perustasosta perustellaan tämän asiakirjan liitteenä olevassa poikkeamaraportissa.{{/if}}

- Pakollinen vaatimus ilmaistaan sanoilla **on** tai **täytyy**: tarjous, joka ei täytä sitä, suljetaan tarjouskilpailusta.
- Suositeltava vaatimus ilmaistaan sanalla **tulisi**: sen täyttyminen arvioidaan vertailuperusteiden mukaisesti.
- Valinnainen vaatimus ilmaistaan sanalla **voi**: tarjoaja voi tarjota sen.

Jokaiseen viittaukseen standardiin, tekniseen hyväksyntään tai eritelmään liitetään sanat ”tai vastaava”, ellei toisin ole perustellusti ilmoitettu (direktiivi 2014/24/EU, 42 artikla). Tarjoaja voi osoittaa millä tahansa asianmukaisella tavalla, että tarjottu ratkaisu täyttää vaatimuksen vastaavalla tavalla.

Tarjoaja vastaa jokaiseen vaatimukseen tämän asiakirjan liitteenä olevassa vaatimustenmukaisuustaulukossa.
`,
};
