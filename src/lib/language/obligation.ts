/** How binding a requirement is; its statement's modal verb says the same (shall, should, may). */
export type Obligation = 'mandatory' | 'recommended' | 'optional';
