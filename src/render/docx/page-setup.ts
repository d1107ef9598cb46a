/** A4 portrait with generous margins, in twips (1/20 pt): the page every tender document is printed on. */
export const PAGE = {
  width: 11906,
  height: 16838,
  marginTop: 1418,
  marginBottom: 1418,
  marginLeft: 1304,
  marginRight: 1304,
  header: 709,
  footer: 567,
} as const;

/** The width of the text between the margins, which tables and right-aligned tab stops fill. */
export const TEXT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;
