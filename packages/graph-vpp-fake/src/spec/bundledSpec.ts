import { vppTokensSpec } from '../generated/vppTokensSpec.js';
import type { OpenApiDocument } from './openApiDocument.js';

/** The bundled spec (dereferenced: every `$ref` was inlined at build time). */
export const spec: OpenApiDocument = vppTokensSpec;
