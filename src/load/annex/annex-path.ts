/**
 * Why an annex path cannot name a file inside the workspace, or undefined when it can: it must be relative to the
 * workspace root, with forward slashes, without `..`, `.` or empty segments, and without control characters.
 */
export function annexPathProblem(annexPath: string): string | undefined {
  if (/^([A-Za-z]:|[/\\])/.test(annexPath))
    return `the annex path "${annexPath}" is absolute; write it relative to the workspace root, such as annexes/interface-control-document.md`;
  if (annexPath.includes('\\'))
    return `write the annex path "${annexPath}" with forward slashes: ${annexPath.replace(/\\/g, '/')}`;
  if (/[\u0000-\u001f\u007f]/.test(annexPath)) return 'the annex path contains a control character';
  const segments = annexPath.split('/');
  if (segments.includes('..'))
    return `the annex path "${annexPath}" leaves the workspace (".."); an annex is a file inside the workspace`;
  if (segments.some((s) => s === '' || s === '.'))
    return `write the annex path "${annexPath}" without "./" or empty segments, such as ${segments.filter((s) => s !== '' && s !== '.').join('/')}`;
  return undefined;
}
