import type { SpecNode } from './openApiDocument.js';

// Readers for untyped corners of the bundled spec: a wrong shape reads as empty, never throws.

/** Escapes one JSON-pointer segment (`/` and `~`). */
export function escapePointer(part: string): string {
  return part.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function node(value: unknown): SpecNode {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as SpecNode) : {};
}

export function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [];
}

export function text(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new Error(`spec: expected a string at ${where}`);
  return value;
}
