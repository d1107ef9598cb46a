/**
 * The built-in frame texts. A workspace overrides one by a file of the same name in `templates/`.
 * They produce Markdown; every value they receive is already escaped for Markdown.
 */
export const DEFAULT_TEMPLATES: Readonly<Record<string, string>> = {
  'introduction.md.hbs': `This document sets out the technical specifications of the procurement
{{#if procurement.title}}"{{procurement.title}}"{{else}}"{{spec.title}}"{{/if}}{{#if authority.name}} of {{authority.name}}{{/if}}.

It contains {{counts.total}} requirements: {{counts.mandatory}} mandatory, {{counts.recommended}} recommended and {{counts.optional}} optional.
{{#if chain.length}}The specification derives from {{#each chain}}{{#if @index}}, then {{/if}}{{this}}{{/each}}; each departure from the common baseline is justified in the deviation report that accompanies this document.{{/if}}

- A requirement stated with **shall** is mandatory: an offer that does not meet it is excluded.
- A requirement stated with **should** is recommended: meeting it is assessed under the award criteria.
- A requirement stated with **may** is optional: the bidder may offer it.

Every reference to a standard, a technical approval or a specification is followed by the words "or equivalent", unless stated otherwise with its justification (Directive 2014/24/EU, Article 42). A bidder may prove by any appropriate means that an offered solution meets the requirement in an equivalent manner.

The bidder answers every requirement in the compliance matrix annexed to this document.
`,
};
