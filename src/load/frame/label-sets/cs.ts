import { METHOD_CS } from './method/cs.js';
import type { BuiltInLanguage } from './built-in-language.js';

export const CS: BuiltInLanguage = {
  tag: 'cs',
  labels: {
    contents: 'Obsah',
    updateContents: 'Aktualizujte toto pole, aby se zobrazil obsah (ve Wordu: pravé tlačítko myši, Aktualizovat pole).',
    introduction: 'Úvod',
    cover: {
      authority: 'Zadavatel',
      reference: 'Evidenční číslo zakázky',
      title: 'Předmět zakázky',
      cpv: 'Kódy CPV',
      language: 'Jazyk',
      date: 'Datum',
      specification: 'Specifikace',
      basedOn: 'Vychází z',
      version: 'Verze katalogu',
    },
    obligation: { mandatory: 'Povinný', recommended: 'Doporučený', optional: 'Volitelný' },
    verification: { inspection: 'Kontrola', analysis: 'Analýza', demonstration: 'Předvedení', test: 'Zkouška' },
    field: {
      obligation: 'Závaznost',
      verification: 'Ověření',
      references: 'Odkazy',
      legalBasis: 'Právní základ',
      scenarios: 'Scénáře',
      orEquivalent: 'nebo rovnocenný',
    },
    sections: {
      'acceptance-criteria': 'Akceptační kritéria',
      rationale: 'Odůvodnění',
      guidance: 'Pokyny',
      notes: 'Poznámky',
    },
    award: {
      chapter: 'Kritéria hodnocení',
      intro:
        'Zakázka bude zadána ekonomicky nejvýhodnější nabídce, hodnocené podle následujících kritérií a jejich vah.',
      criterion: 'Kritérium',
      weight: 'Váha',
      requirements: 'Hodnocené požadavky',
      total: 'Celkem',
    },
    selection: {
      chapter: 'Vyloučení a kvalifikace',
      intro:
        'Účastník, u něhož nastává některý z následujících důvodů vyloučení, bude ze zadávacího řízení vyloučen, a každý účastník musí splňovat kritéria kvalifikace. Účastníci to prokazují v jednotném evropském osvědčení pro veřejné zakázky (JEO) a předloží doklady, pokud je zadavatel požaduje; co JEO nepožaduje, se prohlašuje v nabídce.',
      exclusion: 'Důvody vyloučení',
      criteria: 'Kritéria kvalifikace',
      code: 'Kód',
      ground: 'Důvod',
      criterion: 'Kritérium',
      description: 'Popis',
      threshold: 'Minimální úroveň',
      notInEspd: 'Není součástí JEO: prohlašuje se v nabídce.',
      amount: 'nejméně {amount}',
      count: 'nejméně {count}',
      years: 'za posledních {years} let',
    },
    annexes: {
      chapter: 'Přílohy',
      intro:
        'Následující dokumenty jsou přílohami této specifikace a tvoří její součást. Jsou dodány spolu s ní ve složce annexes/.',
      title: 'Příloha',
      files: 'Soubory',
    },
    matrix: {
      chapter: 'Příloha: Matice shody',
      intro:
        'Účastník u každého požadavku uvede, zda jej nabídka splňuje (Splňuje, Splňuje částečně, Nesplňuje), a kde to nabídka dokládá. Nabídka, která nesplňuje povinný požadavek, bude vyřazena.',
      id: 'Č.',
      title: 'Požadavek',
      obligation: 'Závaznost',
      verification: 'Ověření',
      response: 'Odpověď',
      bidderReference: 'Odkaz v nabídce',
      domain: 'Oblast',
      statement: 'Znění požadavku',
      comment: 'Komentář',
      responses: { comply: 'Splňuje', partial: 'Splňuje částečně', fail: 'Nesplňuje' },
      chooseResponse: 'Vyberte jednu z hodnot ze seznamu.',
    },
    page: 'Strana',
    of: 'z',
    colon: ':',
    fallback: {
      missing: '[Text zatím není k dispozici v češtině: anglický originál]',
      stale: '[Český překlad se aktualizuje: anglický originál]',
    },
    values: { yes: 'ano', no: 'ne' },
    domains: {},
    units: {},
    modal: { mandatory: [], recommended: [], optional: [] },
    method: METHOD_CS,
    tenderForm: {
      coverSheet: 'Titulní list',
      priceSheet: 'Cena',
      cover: {
        title: 'Formulář odpovědi',
        spec: 'Specifikace',
        reference: 'Evidenční číslo zakázky',
        fingerprint: 'Otisk dokumentu',
        tenderer: 'Účastník (název organizace)',
        signatory: 'Jméno osoby podepisující za účastníka',
        date: 'Datum',
        datePrompt: 'Uveďte datum nabídky.',
      },
      price: {
        id: 'Č.',
        title: 'Nákladová položka',
        per: 'Četnost',
        unit: 'Jednotka',
        value: 'Hodnota',
        description: 'Co uvádíte',
        total: 'Celková cena',
        totalDescription: 'Celková cena nabídky za celou zakázku bez DPH.',
        prompt: 'Uveďte číslo, nulu nebo větší.',
        error: 'Uveďte číslo, nulu nebo větší, bez symbolu měny.',
      },
    },
    form: {
      responsesSheet: 'Odpovědi',
      awardSheet: 'Kritéria hodnocení',
      columns: {
        id: 'Č.',
        domain: 'Oblast',
        title: 'Název',
        obligation: 'Závaznost',
        statement: 'Znění požadavku',
        verification: 'Ověření',
        response: 'Odpověď',
        offerReference: 'Odkaz v nabídce',
        comment: 'Komentář',
      },
      promptTitle: 'Odpověď',
      prompt: 'Zvolte Splňuje, Splňuje částečně nebo Nesplňuje.',
      errorTitle: 'Neplatná odpověď',
      error: 'Zvolte jednu z hodnot v seznamu: Splňuje, Splňuje částečně, Nesplňuje.',
      award: {
        id: 'Č.',
        criterion: 'Kritérium',
        type: 'Druh',
        weight: 'Váha (%)',
        requirements: 'Hodnocené požadavky',
        description: 'Popis',
        total: 'Celkem',
        none: 'Tato specifikace nestanoví kritéria hodnocení.',
      },
      description:
        'Formulář odpovědí pro {spec}: u každého požadavku uveďte, zda jej nabídka splňuje a kde v nabídce je to doloženo.',
      keyword: 'matice shody',
    },
    report: {
      title: 'Odchylky {variant} od {baseline}',
      variant: 'Varianta',
      chain: 'Řetězec',
      baseline: 'Základ',
      summary: 'Shrnutí',
      change: 'Změna',
      requirements: 'Požadavky',
      total: 'Celkem',
      harmonisation: 'Harmonizace: {share} z {count} požadavků {baseline} zůstává beze změny.',
      changes: 'Změny',
      noChange: '{variant} se od {baseline} neodchyluje.',
      legend: 'V textech jsou slova {deleted} ze základu a slova {inserted} z varianty.',
      deleted: 'přeškrtnutá',
      inserted: 'podtržená',
      declaredIn: 'deklarováno v {spec}',
      justification: 'Odůvodnění',
      noneGiven: 'neuvedeno',
      field: 'Pole',
      effect: 'Účinek',
      seeText: 'viz text níže',
      text: 'Text',
      parameter: 'Parametr {name}',
      fields: {
        obligation: 'Závaznost',
        statement: 'Znění požadavku',
        verification: 'Ověření',
        title: 'Název',
      },
      kinds: {
        unchanged: 'Beze změny',
        stricter: 'Přísnější',
        looser: 'Mírnější',
        modified: 'Změněno',
        added: 'Doplněno',
        removed: 'Odstraněno',
        absent: 'Nezahrnuto',
      },
      redline: {
        title: 'Verze se změnami: {variant} oproti {baseline}',
        intro:
          'Tento dokument uvádí znění požadavků {variant} ({chain}) a každý rozdíl oproti {baseline} zobrazuje jako sledovanou změnu přiřazenou specifikaci, která ji deklarovala. Odmítnutím všech změn získáte znění {baseline}, přijetím všech změn znění {variant}. Odůvodnění každé změny uvádí zpráva o odchylkách.',
        counts:
          '{total} požadavků: beze změny {unchanged}, přísnější {stricter}, mírnější {looser}, změněno {modified}, doplněno {added}, odstraněno {removed}. Harmonizace {share}.',
        description: 'Sledované změny {chain} oproti {baseline}',
      },
    },
  },
  introduction: `Tento dokument stanoví technické specifikace veřejné zakázky
{{#if procurement.title}}„{{procurement.title}}“{{else}}„{{spec.title}}“{{/if}}{{#if authority.name}} (zadavatel: {{authority.name}}){{/if}}.

Počet požadavků: {{counts.total}} (povinné: {{counts.mandatory}}; doporučené: {{counts.recommended}}; volitelné: {{counts.optional}}).
{{#if chain.length}}Specifikace vychází z {{#each chain}}{{#if @index}}, dále z {{/if}}{{this}}{{/each}}; každá odchylka od společného základu je odůvodněna ve zprávě o odchylkách, která je k tomuto dokumentu přiložena.{{/if}}

- Požadavek formulovaný slovem **musí** je povinný: nabídka, která jej nesplňuje, bude vyřazena.
- Požadavek formulovaný slovy **by měl** je doporučený: jeho splnění se hodnotí v rámci kritérií hodnocení.
- Požadavek formulovaný slovem **může** je volitelný: účastník jej může nabídnout.

Každý odkaz na normu, technické schválení nebo specifikaci je doplněn slovy „nebo rovnocenný“, není-li s odůvodněním uvedeno jinak (směrnice 2014/24/EU, článek 42). Účastník může jakýmikoli vhodnými prostředky prokázat, že nabízené řešení splňuje požadavek rovnocenným způsobem.

Účastník odpoví na každý požadavek v matici shody, která je přílohou tohoto dokumentu.
`,
};
