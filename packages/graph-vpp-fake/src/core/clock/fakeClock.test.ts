import { describe, expect, it } from 'vitest';
import { createFakeClock } from './fakeClock.js';

function wall(start: number) {
  let now = start;
  return { now: () => now, pass: (ms: number) => (now += ms) };
}

describe('fake clock', () => {
  it('manual (the default): moves only when told', () => {
    const time = wall(5_000);
    const { clock } = createFakeClock(1_000, undefined, { wallNow: time.now });
    time.pass(60_000);
    expect(clock.now()).toBe(1_000);
    clock.advance(250);
    expect(clock.now()).toBe(1_250);
  });

  it('realTime: follows the wall clock, plus whatever a test adds', () => {
    const time = wall(5_000);
    const { clock } = createFakeClock(1_000, undefined, { realTime: true, wallNow: time.now });
    time.pass(2_000);
    expect(clock.now()).toBe(3_000);
    clock.advance(10_000);
    time.pass(500);
    expect(clock.now()).toBe(13_500);
  });

  it('realTime: setTime jumps ahead and keeps following; it never goes back', () => {
    const time = wall(0);
    const { clock } = createFakeClock(1_000, undefined, { realTime: true, wallNow: time.now });
    clock.setTime(50_000);
    time.pass(100);
    expect(clock.now()).toBe(50_100);
    expect(() => {
      clock.setTime(40_000);
    }).toThrow(/cannot go back/);
  });

  it('restart goes back to the start time and follows the wall clock from there', () => {
    const time = wall(0);
    const { clock, restart } = createFakeClock(1_000, undefined, {
      realTime: true,
      wallNow: time.now,
    });
    clock.advance(5_000);
    time.pass(700);
    restart();
    expect(clock.now()).toBe(1_000);
    time.pass(30);
    expect(clock.now()).toBe(1_030);
  });
});

describe('fake clock sleep', () => {
  it('concurrent sleepers move time to the latest wake-up, not the sum', async () => {
    const { clock } = createFakeClock(0);
    await Promise.all(Array.from({ length: 1_000 }, (_, i) => clock.sleep(1_000 + (i % 7))));
    expect(clock.now()).toBe(1_006);
  });

  it('wakes sleepers in order of their wake-up time, each at its own time', async () => {
    const { clock } = createFakeClock(0);
    const woken: [number, number][] = [];
    await Promise.all(
      [300, 100, 200].map((ms) =>
        clock.sleep(ms).then(() => {
          woken.push([ms, clock.now()]);
        }),
      ),
    );
    expect(woken).toEqual([
      [100, 100],
      [200, 200],
      [300, 300],
    ]);
  });

  it('a chain of sleeps adds up; an aborted sleeper does not move time', async () => {
    const { clock } = createFakeClock(0);
    const controller = new AbortController();
    const aborted = clock.sleep(1_000_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(aborted).rejects.toThrow('stop');
    await clock.sleep(10);
    await clock.sleep(20);
    expect(clock.now()).toBe(30);
  });
});
