/** Any node of the bundled OpenAPI document that the fake does not type further. */
export type SpecNode = Readonly<Record<string, unknown>>;

/**
 * The parts of an OpenAPI 3.0 document the fake reads, typed by hand so the generated bundle is
 * plain data (`src/generated/*Spec.ts`), checked against this shape when it compiles.
 * Every `$ref` is already inlined by the bundler.
 */
export interface OpenApiDocument {
  readonly openapi: string;
  readonly info: SpecNode;
  readonly servers: readonly OpenApiServer[];
  readonly paths: Readonly<Record<string, OpenApiPathItem>>;
  readonly components: OpenApiComponents;
  readonly [key: string]: unknown;
}

export interface OpenApiServer {
  /** e.g. `https://graph.microsoft.com/v1.0`. */
  readonly url: string;
  readonly description?: string;
  /** The sign-in (authority) host of this cloud, e.g. `login.microsoftonline.us`, when recorded. */
  readonly 'x-graph-vpp-login-host'?: string;
  readonly [key: string]: unknown;
}

export interface OpenApiPathItem {
  readonly parameters?: readonly SpecNode[];
  readonly [methodOrKey: string]: unknown;
}

/** One security requirement: scheme name → scopes, all of which are needed. */
export type SecurityRequirement = Readonly<Record<string, readonly string[]>>;

export interface OpenApiComponents {
  readonly securitySchemes?: Readonly<Record<string, SpecNode>>;
  readonly [key: string]: unknown;
}
