import { describe, expect, it } from 'vitest';
import type { OpenApiDocument } from './openApiDocument.js';
import { readDelegatedAlternatives, satisfiesAny } from './permissions.js';

const doc: OpenApiDocument = {
  openapi: '3.0.4',
  info: {},
  servers: [],
  paths: {},
  components: {
    securitySchemes: {
      delegated: { type: 'oauth2', flows: { authorizationCode: { scopes: {} } } },
      application: { type: 'oauth2', flows: { clientCredentials: { scopes: {} } } },
    },
  },
};

const read = (security: unknown) => readDelegatedAlternatives(doc, { security });

describe('permissions from the spec security', () => {
  it('new layout: one requirement object per scope, any one of them is enough', () => {
    const alternatives = read([
      { delegated: ['DeviceManagementApps.Read.All'] },
      { delegated: ['DeviceManagementServiceConfig.Read.All'] },
      { application: ['DeviceManagementApps.Read.All'] },
    ]);
    expect(alternatives).toEqual([
      ['DeviceManagementApps.Read.All'],
      ['DeviceManagementServiceConfig.Read.All'],
    ]);
    expect(satisfiesAny(alternatives, ['devicemanagementserviceconfig.read.all'])).toBe(true);
    expect(satisfiesAny(alternatives, ['User.Read'])).toBe(false);
  });

  it('a requirement object with several scopes needs all of them', () => {
    const alternatives = read([
      { delegated: ['A.Read', 'B.Read'] },
      { delegated: ['C.ReadWrite'] },
    ]);
    expect(satisfiesAny(alternatives, ['A.Read'])).toBe(false);
    expect(satisfiesAny(alternatives, ['A.Read', 'B.Read'])).toBe(true);
    expect(satisfiesAny(alternatives, ['C.ReadWrite'])).toBe(true);
  });

  it('old layout: one object listing every accepted scope reads as "any one of them"', () => {
    const alternatives = read([{ delegated: ['A.Read', 'A.ReadWrite'] }]);
    expect(alternatives).toEqual([['A.Read'], ['A.ReadWrite']]);
    expect(satisfiesAny(alternatives, ['A.ReadWrite'])).toBe(true);
  });

  it('application-only requirements give a delegated token nothing', () => {
    const alternatives = read([{ application: ['A.Read'] }]);
    expect(alternatives).toEqual([]);
    expect(satisfiesAny(alternatives, ['A.Read'])).toBe(false);
  });
});
