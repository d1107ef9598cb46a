/** A date fixed by the inputs, never by the clock: SOURCE_DATE_EPOCH, else the spec's date, else 2000-01-01. */
export const DEFAULT_BUILD_DATE = new Date(Date.UTC(2000, 0, 1));

export function parseSourceDateEpoch(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (!/^\d+$/.test(value.trim())) return undefined;
  return Number(value.trim());
}

export function buildDate(
  sourceDateEpoch: number | undefined,
  specDate: string | undefined,
): { date: Date; meaningful: boolean } {
  if (specDate) return { date: new Date(`${specDate}T00:00:00Z`), meaningful: true };
  if (sourceDateEpoch !== undefined) return { date: new Date(sourceDateEpoch * 1000), meaningful: true };
  return { date: DEFAULT_BUILD_DATE, meaningful: false };
}
