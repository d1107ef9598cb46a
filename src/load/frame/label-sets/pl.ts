import { METHOD_PL } from './method/pl.js';
import type { BuiltInLanguage } from './built-in-language.js';

export const PL: BuiltInLanguage = {
  tag: 'pl',
  labels: {
    contents: 'Spis treści',
    updateContents:
      'Zaktualizuj to pole, aby wyświetlić spis treści (w programie Word: prawy przycisk myszy, Aktualizuj pole).',
    introduction: 'Wprowadzenie',
    cover: {
      authority: 'Zamawiający',
      reference: 'Numer referencyjny postępowania',
      title: 'Przedmiot zamówienia',
      cpv: 'Kody CPV',
      language: 'Język',
      date: 'Data',
      specification: 'Specyfikacja',
      basedOn: 'Na podstawie',
      version: 'Wersja katalogu',
    },
    obligation: { mandatory: 'Obowiązkowe', recommended: 'Zalecane', optional: 'Opcjonalne' },
    verification: { inspection: 'Inspekcja', analysis: 'Analiza', demonstration: 'Demonstracja', test: 'Test' },
    field: {
      obligation: 'Rodzaj wymagania',
      verification: 'Weryfikacja',
      references: 'Odniesienia',
      legalBasis: 'Podstawa prawna',
      scenarios: 'Scenariusze',
      orEquivalent: 'lub równoważne',
    },
    sections: {
      'acceptance-criteria': 'Kryteria akceptacji',
      rationale: 'Uzasadnienie',
      guidance: 'Wskazówki',
      notes: 'Uwagi',
    },
    award: {
      chapter: 'Kryteria oceny ofert',
      intro:
        'Zamówienie zostanie udzielone wykonawcy, który złoży najkorzystniejszą ofertę, ocenianą według następujących kryteriów i ich wag.',
      criterion: 'Kryterium',
      weight: 'Waga',
      requirements: 'Oceniane wymagania',
      total: 'Razem',
    },
    selection: {
      chapter: 'Wykluczenie i kwalifikacja',
      intro:
        'Wykonawca, wobec którego zachodzi którakolwiek z poniższych podstaw wykluczenia, podlega wykluczeniu z postępowania, a każdy wykonawca musi spełniać warunki udziału w postępowaniu. Wykonawcy oświadczają to w jednolitym europejskim dokumencie zamówienia (JEDZ) i składają podmiotowe środki dowodowe na wezwanie zamawiającego; to, o co JEDZ nie pyta, oświadcza się wraz z ofertą.',
      exclusion: 'Podstawy wykluczenia',
      criteria: 'Warunki udziału w postępowaniu',
      code: 'Kod',
      ground: 'Podstawa',
      criterion: 'Warunek',
      description: 'Opis',
      threshold: 'Minimalny poziom',
      notInEspd: 'Poza JEDZ: oświadczenie składane wraz z ofertą.',
      amount: 'co najmniej {amount}',
      count: 'co najmniej {count}',
      years: 'w okresie ostatnich {years} lat',
    },
    annexes: {
      chapter: 'Załączniki',
      intro:
        'Następujące dokumenty stanowią załączniki do niniejszej specyfikacji i są jej integralną częścią. Są dostarczane wraz z nią w folderze annexes/.',
      title: 'Załącznik',
      files: 'Pliki',
    },
    matrix: {
      chapter: 'Załącznik: Macierz zgodności',
      intro:
        'Wykonawca wskazuje dla każdego wymagania, czy oferta je spełnia (Spełnia, Spełnia częściowo, Nie spełnia), oraz w którym miejscu oferty zostało to wykazane. Oferta, która nie spełnia wymagania obowiązkowego, podlega odrzuceniu.',
      id: 'Nr',
      title: 'Wymaganie',
      obligation: 'Rodzaj wymagania',
      verification: 'Weryfikacja',
      response: 'Odpowiedź',
      bidderReference: 'Odniesienie w ofercie',
      domain: 'Obszar',
      statement: 'Treść wymagania',
      comment: 'Komentarz',
      responses: { comply: 'Spełnia', partial: 'Spełnia częściowo', fail: 'Nie spełnia' },
      chooseResponse: 'Wybierz jedną z wartości z listy.',
    },
    page: 'Strona',
    of: 'z',
    colon: ':',
    fallback: {
      missing: '[Tekst nie jest jeszcze dostępny w języku polskim: oryginał angielski]',
      stale: '[Polskie tłumaczenie jest w trakcie aktualizacji: oryginał angielski]',
    },
    values: { yes: 'tak', no: 'nie' },
    domains: {},
    units: {},
    modal: { mandatory: [], recommended: [], optional: [] },
    method: METHOD_PL,
    tenderForm: {
      coverSheet: 'Strona tytułowa',
      priceSheet: 'Cena',
      cover: {
        title: 'Formularz odpowiedzi',
        spec: 'Specyfikacja',
        reference: 'Numer referencyjny zamówienia',
        fingerprint: 'Odcisk dokumentu',
        tenderer: 'Wykonawca (nazwa organizacji)',
        signatory: 'Imię i nazwisko osoby podpisującej w imieniu wykonawcy',
        date: 'Data',
        datePrompt: 'Wpisz datę oferty.',
      },
      price: {
        id: 'Lp.',
        title: 'Pozycja kosztów',
        per: 'Częstotliwość',
        unit: 'Jednostka',
        value: 'Wartość',
        description: 'Co Państwo podają',
        total: 'Cena całkowita',
        totalDescription: 'Cena całkowita oferty za całe zamówienie, bez VAT.',
        prompt: 'Wpisz liczbę, zero lub większą.',
        error: 'Wpisz liczbę, zero lub większą, bez symbolu waluty.',
      },
    },
    form: {
      responsesSheet: 'Odpowiedzi',
      awardSheet: 'Kryteria oceny ofert',
      columns: {
        id: 'Nr',
        domain: 'Obszar',
        title: 'Tytuł',
        obligation: 'Rodzaj wymagania',
        statement: 'Treść wymagania',
        verification: 'Weryfikacja',
        response: 'Odpowiedź',
        offerReference: 'Odniesienie w ofercie',
        comment: 'Komentarz',
      },
      promptTitle: 'Odpowiedź',
      prompt: 'Wybierz: Spełnia, Spełnia częściowo lub Nie spełnia.',
      errorTitle: 'Nieprawidłowa odpowiedź',
      error: 'Wybierz jedną z wartości z listy: Spełnia, Spełnia częściowo, Nie spełnia.',
      award: {
        id: 'Nr',
        criterion: 'Kryterium',
        type: 'Rodzaj',
        weight: 'Waga (%)',
        requirements: 'Oceniane wymagania',
        description: 'Opis',
        total: 'Razem',
        none: 'Niniejsza specyfikacja nie określa kryteriów oceny ofert.',
      },
      description:
        'Formularz odpowiedzi dla {spec}: dla każdego wymagania należy wskazać, czy oferta je spełnia, oraz w którym miejscu oferty zostało to wykazane.',
      keyword: 'matryca zgodności',
    },
    report: {
      title: 'Odstępstwa {variant} od {baseline}',
      variant: 'Wariant',
      chain: 'Łańcuch',
      baseline: 'Wersja bazowa',
      summary: 'Podsumowanie',
      change: 'Zmiana',
      requirements: 'Wymagania',
      total: 'Razem',
      harmonisation: 'Harmonizacja: {share} z {count} wymagań {baseline} pozostaje bez zmian.',
      changes: 'Zmiany',
      noChange: '{variant} nie odbiega od {baseline}.',
      legend: 'W tekstach słowa {deleted} pochodzą z wersji bazowej, a słowa {inserted} z wariantu.',
      deleted: 'przekreślone',
      inserted: 'podkreślone',
      declaredIn: 'zadeklarowane w {spec}',
      justification: 'Uzasadnienie',
      noneGiven: 'brak',
      field: 'Pole',
      effect: 'Skutek',
      seeText: 'zob. tekst poniżej',
      text: 'Tekst',
      parameter: 'Parametr {name}',
      fields: {
        obligation: 'Rodzaj wymagania',
        statement: 'Treść wymagania',
        verification: 'Weryfikacja',
        title: 'Tytuł',
      },
      kinds: {
        unchanged: 'Bez zmian',
        stricter: 'Zaostrzone',
        looser: 'Złagodzone',
        modified: 'Zmienione',
        added: 'Dodane',
        removed: 'Usunięte',
        absent: 'Nieobecne',
      },
      redline: {
        title: 'Wersja ze zmianami: {variant} w porównaniu z {baseline}',
        intro:
          'Niniejszy dokument przedstawia treść wymagań {variant} ({chain}) i pokazuje każdą różnicę w stosunku do {baseline} jako śledzoną zmianę, przypisaną specyfikacji, która ją wprowadziła. Odrzuć wszystkie zmiany, aby odczytać {baseline}; zaakceptuj wszystkie, aby odczytać {variant}. Uzasadnienie każdej zmiany zawiera raport odstępstw.',
        counts:
          '{total} wymagań: bez zmian {unchanged}, zaostrzone {stricter}, złagodzone {looser}, zmienione {modified}, dodane {added}, usunięte {removed}. Harmonizacja {share}.',
        description: 'Śledzone zmiany {chain} w porównaniu z {baseline}',
      },
    },
  },
  introduction: `Niniejszy dokument określa specyfikację techniczną zamówienia
{{#if procurement.title}}„{{procurement.title}}”{{else}}„{{spec.title}}”{{/if}}{{#if authority.name}} (zamawiający: {{authority.name}}){{/if}}.

Liczba wymagań: {{counts.total}} (obowiązkowe: {{counts.mandatory}}; zalecane: {{counts.recommended}}; opcjonalne: {{counts.optional}}).
{{#if chain.length}}Specyfikacja wywodzi się z {{#each chain}}{{#if @index}}, następnie z {{/if}}{{this}}{{/each}}; każde odstępstwo od wspólnej podstawy jest uzasadnione w raporcie odstępstw dołączonym do niniejszego dokumentu.{{/if}}

- Wymaganie sformułowane ze słowem **musi** jest obowiązkowe: oferta, która go nie spełnia, podlega odrzuceniu.
- Wymaganie sformułowane ze słowem **powinien** jest zalecane: jego spełnienie jest oceniane w ramach kryteriów oceny ofert.
- Wymaganie sformułowane ze słowem **może** jest opcjonalne: wykonawca może je zaoferować.

Każde odniesienie do normy, aprobaty technicznej lub specyfikacji jest opatrzone wyrazami „lub równoważne”, chyba że z uzasadnieniem wskazano inaczej (dyrektywa 2014/24/UE, art. 42). Wykonawca może wykazać wszelkimi odpowiednimi środkami, że oferowane rozwiązanie spełnia wymaganie w sposób równoważny.

Wykonawca odpowiada na każde wymaganie w macierzy zgodności stanowiącej załącznik do niniejszego dokumentu.
`,
};
