/** Absolute path of spec/vpp-tokens.openapi.yaml. */
export const specPath: string;
/** Absolute path of src/contract/vppTokensSpec.ts. */
export const bundlePath: string;
/** The TypeScript module text for a spec's YAML text. */
export function renderSpecModule(yamlText: string): string;
