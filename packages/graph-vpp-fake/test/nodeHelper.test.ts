import { describe, expect, it } from 'vitest';
import { FakeContractError } from '../src/entries/index.js';
import { installedMswMajor, setupVppFakeServer } from '../src/entries/node.js';
import { seedIds } from './support/requests.js';

const graph = 'https://graph.microsoft.com/v1.0/deviceAppManagement/vppTokens';

describe('setupVppFakeServer (msw setupServer in Node)', () => {
  it('detects the installed msw major (2 here)', () => {
    expect(installedMswMajor()).toBe(2);
    expect(setupVppFakeServer().mswMajor).toBe(2);
  });

  it('answers Graph requests through the patched global fetch', async () => {
    const { server, fake, reset } = setupVppFakeServer();
    server.listen();
    try {
      const response = await fetch(`${graph}/${seedIds.fabrikam}`, {
        headers: { authorization: `Bearer ${fake.mintAccessToken()}` },
      });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { id: string }).id).toBe(seedIds.fabrikam);
      reset();
      expect(fake.requests).toHaveLength(0);
    } finally {
      server.close();
    }
  });

  it('fails requests to other hosts loudly by default (plain server.listen())', async () => {
    const { server } = setupVppFakeServer();
    server.listen();
    try {
      await expect(fetch('https://example.com/anything')).rejects.toThrow(
        /\[MSW\] Cannot bypass a request when using the "error" strategy/,
      );
    } finally {
      server.close();
    }
  });

  it('lets a strategy be chosen (callback receives the request)', async () => {
    const seen: string[] = [];
    const { server } = setupVppFakeServer({
      onUnhandledRequest: (request) => {
        seen.push(request.url);
        throw new Error('unexpected request');
      },
    });
    server.listen();
    try {
      // msw 2 turns the throw into a 500 "Unhandled Exception"; either way nothing reaches the network.
      const outcome = await fetch('https://example.com/x').then(
        (response) => response.status,
        () => 'rejected',
      );
      expect(outcome === 500 || outcome === 'rejected').toBe(true);
      expect(seen).toEqual(['https://example.com/x']);
    } finally {
      server.close();
    }
  });

  it('surfaces a contract violation in reset() even though msw turned it into a 500', async () => {
    const { server, fake, reset } = setupVppFakeServer({
      vppTokens: [{ id: 'bad', state: 'retired' }],
    });
    server.listen();
    try {
      const response = await fetch(`${graph}/bad`, {
        headers: { authorization: `Bearer ${fake.mintAccessToken()}` },
      });
      expect(response.status).toBe(500);
      expect(() => {
        reset();
      }).toThrow(FakeContractError);
      expect(() => {
        reset();
      }).not.toThrow();
    } finally {
      server.close();
    }
  });
});
