import { wordingOf } from '../../document/i18n/frame-of.js';
import type { PackContext } from './pack-format.js';
import { responseForm } from '../../render/xlsx/response-form.js';
import { writeWorkbook } from '../../render/xlsx/write-workbook.js';

/** compliance-matrix.xlsx of a pack: the bidder's response form. */
export function renderXlsx(context: Pick<PackContext, 'workspace' | 'resolved' | 'document' | 'date'>): Uint8Array {
  return writeWorkbook(
    responseForm({
      resolved: context.resolved,
      wording: wordingOf(context.workspace),
      properties: context.document.properties,
      date: context.date,
    }),
  );
}
