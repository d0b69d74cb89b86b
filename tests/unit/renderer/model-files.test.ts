import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODEL_FILES } from '../../../src/renderer/pose/model-files';

describe('bundled MoveNet model', () => {
  for (const file of Object.values(MODEL_FILES)) {
    it(`resources/models/${file.name} matches the checksum the app verifies`, () => {
      const data = readFileSync(`resources/models/${file.name}`);
      expect(createHash('sha256').update(data).digest('hex')).toBe(file.sha256);
    });
  }

  it('is MoveNet SinglePose Lightning with the documented input and output', () => {
    const model = JSON.parse(readFileSync('resources/models/movenet-lightning.json', 'utf8')) as {
      generatedBy: string;
      signature: {
        inputs: Record<string, { dtype: string; tensorShape: { dim: { size: string }[] } }>;
        outputs: Record<string, { tensorShape: { dim: { size: string }[] } }>;
      };
    };
    expect(model.generatedBy).toContain('movenet/singlepose/lightning/4');
    const input = Object.values(model.signature.inputs)[0]!;
    expect(input.dtype).toBe('DT_INT32');
    expect(input.tensorShape.dim.map((d) => d.size)).toEqual(['1', '192', '192', '3']);
    expect(Object.values(model.signature.outputs)[0]!.tensorShape.dim.map((d) => d.size)).toEqual([
      '1',
      '1',
      '17',
      '3',
    ]);
    const readme = readFileSync('resources/models/README.md', 'utf8');
    for (const file of Object.values(MODEL_FILES)) expect(readme).toContain(file.sha256);
  });
});
