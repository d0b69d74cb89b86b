import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OUTLINE_MODEL_FILES, outlineModelFile } from '../../../scripts/person-outline';

const elsewhere = mkdtempSync(join(tmpdir(), 'stand-tall-outline-'));
afterAll(() => rmSync(elsewhere, { recursive: true, force: true }));

describe('the person outline model the tools use', () => {
  it('is the file copied, and its README says which', () => {
    const readme = readFileSync(
      new URL('../../../scripts/assets/selfie-segmentation/README.md', import.meta.url),
      'utf8',
    );
    for (const file of Object.values(OUTLINE_MODEL_FILES)) {
      expect(outlineModelFile(file).length).toBeGreaterThan(1000);
      expect(readme).toContain(file.sha256);
    }
  });

  it('refuses a missing or altered file with a clear error', () => {
    const { weights } = OUTLINE_MODEL_FILES;
    expect(() => outlineModelFile(weights, elsewhere)).toThrow(/person outline model is missing: .*selfie\.bin/);
    writeFileSync(join(elsewhere, weights.name), 'not the weights');
    expect(() => outlineModelFile(weights, elsewhere)).toThrow(/not the one copied \(SHA-256 [0-9a-f]{64}\)/);
  });
});
