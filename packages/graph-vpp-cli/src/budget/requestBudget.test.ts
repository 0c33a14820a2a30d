import { describe, expect, it } from 'vitest';
import { budgetedFetch, RequestBudget } from './requestBudget.js';

function virtualClock() {
  let now = 0;
  return {
    clock: { now: () => now, sleep: async (ms: number) => void (now += ms) },
    get now() {
      return now;
    },
  };
}

describe('RequestBudget', () => {
  it('lets 100 writes through at once, then waits for the window to slide', async () => {
    const time = virtualClock();
    const budget = new RequestBudget(time.clock, undefined, 0);
    const sentAt: number[] = [];
    for (let i = 0; i < 250; i++) {
      (await budget.acquire(true))();
      sentAt.push(time.now);
    }
    expect(sentAt.slice(0, 100).every((t) => t === 0)).toBe(true);
    expect(sentAt[100]).toBe(20_000);
    expect(sentAt[199]).toBe(20_000);
    expect(sentAt[200]).toBe(40_000);
    expect(sentAt[249]).toBe(40_000);
    // No 20 s window ever holds more than 100 writes.
    for (const start of sentAt)
      expect(sentAt.filter((t) => t >= start && t < start + 20_000).length).toBeLessThanOrEqual(
        100,
      );
  });

  it('counts reads only against the all-requests budget', async () => {
    const time = virtualClock();
    const budget = new RequestBudget(
      time.clock,
      { writes: { max: 2, windowMs: 1000 }, all: { max: 3, windowMs: 1000 } },
      0,
    );
    (await budget.acquire(true))();
    (await budget.acquire(true))();
    (await budget.acquire(false))();
    expect(time.now).toBe(0);
    (await budget.acquire(false))();
    expect(time.now).toBe(1000);
  });

  it('serves callers in order, concurrently requested', async () => {
    const time = virtualClock();
    const budget = new RequestBudget(
      time.clock,
      { writes: { max: 1, windowMs: 1000 }, all: { max: 10, windowMs: 1000 } },
      0,
    );
    const order: number[] = [];
    await Promise.all(
      [0, 1, 2].map((i) => budget.acquire(true).then((release) => (release(), order.push(i)))),
    );
    expect(order).toEqual([0, 1, 2]);
    expect(time.now).toBe(2000);
  });

  it('honours a pause from a Retry-After', async () => {
    const time = virtualClock();
    const budget = new RequestBudget(time.clock, undefined, 0);
    budget.pauseUntil(7_500);
    (await budget.acquire(false))();
    expect(time.now).toBe(7_500);
  });

  it('keeps a safety margin on each window', async () => {
    const time = virtualClock();
    const budget = new RequestBudget(
      time.clock,
      { writes: { max: 1, windowMs: 1000 }, all: { max: 10, windowMs: 1000 } },
      250,
    );
    (await budget.acquire(true))();
    (await budget.acquire(true))();
    expect(time.now).toBe(1250);
  });
});

describe('RequestBudget with requests in flight', () => {
  it('does not jump time while granted requests have not finished', async () => {
    const time = virtualClock();
    const budget = new RequestBudget(
      time.clock,
      { writes: { max: 1, windowMs: 1000 }, all: { max: 10, windowMs: 1000 } },
      0,
    );
    const done = await budget.acquire(true);
    let second = false;
    const next = budget.acquire(true).then((release) => {
      second = true;
      release();
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(second).toBe(false);
    expect(time.now).toBe(0); // still waiting for the first request, not sleeping yet
    done();
    await next;
    expect(second).toBe(true);
    expect(time.now).toBe(1000);
  });
});

describe('budgetedFetch', () => {
  it.each([
    // HTTP dates carry whole seconds, so 7.5 s from t=0 reads as 7 s.
    ['seconds', () => '7.5', 7_500],
    ['an HTTP date', (now: number) => new Date(now + 7_500).toUTCString(), 7_000],
  ])('pauses the whole budget for a 429 Retry-After in %s', async (_, retryAfter, pausedMs) => {
    const time = virtualClock();
    const budget = new RequestBudget(time.clock, undefined, 0);
    let calls = 0;
    const send = budgetedFetch(budget, time.clock, async () =>
      calls++ === 0
        ? new Response(null, { status: 429, headers: { 'retry-after': retryAfter(time.now) } })
        : new Response('{}'),
    );
    expect((await send('https://graph.example/x', { method: 'POST' })).status).toBe(429);
    await send('https://graph.example/x', { method: 'GET' });
    expect(time.now).toBe(pausedMs);
  });
});
