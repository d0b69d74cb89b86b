/**
 * The bundled MoveNet model: its files and their SHA-256 sums (see resources/models/README.md).
 * The worker verifies both before loading, so a missing or altered file is a clear error.
 */
export const MODEL_FILES = {
  topology: {
    name: 'movenet-lightning.json',
    sha256: 'df8cbde44d00f533ccc4916a7c6ebc17316532fb3fadad114ec667fef22872e9',
  },
  weights: {
    name: 'movenet-lightning.bin',
    sha256: 'bf97bc10d9c8a11200b0190ed64ce039b6252f1aff7cb552aca99b3d191c2f34',
  },
} as const;

export class ModelFileError extends Error {
  constructor(
    readonly code: 'model-missing' | 'model-corrupt',
    message: string,
  ) {
    super(message);
    this.name = 'ModelFileError';
  }
}

async function sha256Hex(data: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function fetchVerified(baseUrl: string, file: { name: string; sha256: string }): Promise<ArrayBuffer> {
  const url = new URL(file.name, baseUrl).href;
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new ModelFileError(
      'model-missing',
      `Pose model file ${file.name} could not be read (${String(error)}). Reinstall Stand Tall.`,
    );
  }
  if (!response.ok) {
    throw new ModelFileError(
      'model-missing',
      `Pose model file ${file.name} is missing (HTTP ${response.status}). Reinstall Stand Tall.`,
    );
  }
  const data = await response.arrayBuffer();
  const actual = await sha256Hex(data);
  if (actual !== file.sha256) {
    throw new ModelFileError(
      'model-corrupt',
      `Pose model file ${file.name} is damaged (checksum ${actual.slice(0, 12)}… instead of ${file.sha256.slice(0, 12)}…). Reinstall Stand Tall.`,
    );
  }
  return data;
}

export interface ModelArtifactsLike {
  modelTopology: unknown;
  weightSpecs: unknown[];
  weightData: ArrayBuffer;
  format?: string;
  generatedBy?: string;
  convertedBy?: string;
}

/** Fetches and verifies both files, and returns TF.js model artifacts ready for `io.fromMemory`. */
export async function loadVerifiedModel(baseUrl: string): Promise<ModelArtifactsLike> {
  const [topologyData, weightData] = await Promise.all([
    fetchVerified(baseUrl, MODEL_FILES.topology),
    fetchVerified(baseUrl, MODEL_FILES.weights),
  ]);
  const json = JSON.parse(new TextDecoder().decode(topologyData)) as {
    modelTopology: unknown;
    weightsManifest: { weights: unknown[] }[];
    format?: string;
    generatedBy?: string;
    convertedBy?: string;
  };
  return {
    modelTopology: json.modelTopology,
    weightSpecs: json.weightsManifest.flatMap((group) => group.weights),
    weightData,
    format: json.format,
    generatedBy: json.generatedBy,
    convertedBy: json.convertedBy,
  };
}
