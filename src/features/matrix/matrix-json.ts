import type { Matrix } from './build-matrix.js';

/** `matrix --format json`: the fixed shape of DESIGN 2.1. */
export function matrixToJson(matrix: Matrix): unknown {
  const ids = matrix.specs.map((s) => s.spec.id);
  return {
    specs: ids,
    requirements: matrix.rows.map((r) => ({
      id: r.id,
      cells: Object.fromEntries(ids.map((id) => [id, r.cells.get(id)!])),
    })),
    harmonisation: Object.fromEntries(ids.map((id) => [id, matrix.harmonisation.get(id)!])),
  };
}

export function renderMatrixJson(matrix: Matrix): string {
  return `${JSON.stringify(matrixToJson(matrix), null, 2)}\n`;
}
