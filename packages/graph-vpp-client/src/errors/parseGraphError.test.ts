import { describe, expect, it } from 'vitest';
import { parseGraphDate, unpackIntuneMessage } from './parseGraphError.js';

describe('unpackIntuneMessage', () => {
  it('passes plain messages through', () => {
    expect(unpackIntuneMessage('Access token is empty.')).toEqual({
      message: 'Access token is empty.',
    });
  });
  it('reads Message out of the JSON document and splits off the support trailer', () => {
    const raw =
      '{\r\n  "_version": 3,\r\n  "Message": "An error has occurred - Operation ID (for customer support): 00000000-0000-0000-0000-000000000000 - Activity ID: 7b5f2c4e-1f2a-4b43-9d5c-3c1a3e0f9a11 - Url: https://fef.example/x",\r\n  "RetryAfter": null\r\n}';
    expect(unpackIntuneMessage(raw)).toEqual({
      message: 'An error has occurred',
      operationId: '00000000-0000-0000-0000-000000000000',
      activityId: '7b5f2c4e-1f2a-4b43-9d5c-3c1a3e0f9a11',
    });
  });
  it('keeps a message that only looks like JSON', () => {
    expect(unpackIntuneMessage('{not json').message).toBe('{not json');
  });
});

describe('parseGraphDate', () => {
  it('reads zone-less dates as UTC and keeps explicit offsets', () => {
    expect(parseGraphDate('2025-01-22T19:17:04')?.toISOString()).toBe('2025-01-22T19:17:04.000Z');
    expect(parseGraphDate('2025-01-22T19:17:04+01:00')?.toISOString()).toBe(
      '2025-01-22T18:17:04.000Z',
    );
    expect(parseGraphDate('nonsense')).toBeUndefined();
  });
});
