import { describe, expect, it } from 'vitest';
import { annexPathProblem } from '../../../src/load/annex/annex-path.js';

describe('an annex path', () => {
  it.each(['annexes/icd.md', 'docs/2027/suite v1.zip', 'plan.pdf', 'a/..b/c.md'])('%s names a file inside', (p) => {
    expect(annexPathProblem(p)).toBeUndefined();
  });

  it.each([
    ['/etc/passwd', /is absolute/],
    ['C:/tender/icd.md', /is absolute/],
    ['\\\\server\\share\\icd.md', /is absolute/],
    ['annexes\\icd.md', /forward slashes: annexes\/icd\.md/],
    ['../icd.md', /leaves the workspace/],
    ['annexes/../../icd.md', /leaves the workspace/],
    ['./annexes/icd.md', /without "\.\/" or empty segments, such as annexes\/icd\.md/],
    ['annexes//icd.md', /empty segments/],
    ['annexes/icd.md/', /empty segments/],
    ['annexes/\u0007.md', /control character/],
  ])('%s is refused', (p, message) => {
    expect(annexPathProblem(p)).toMatch(message);
  });
});
