// $top is a positive int32 as Graph reads it, and the fake never refuses its own nextLink:
// following nextLinks for many page sizes, $top, $select and $count values sees every token once.
import { describe, expect, it } from 'vitest';
import { createVppFakeCore, defaultVppTokens } from '../../src/entries/core.js';
import { call, tokensPath } from '../support/requests.js';
import { noFailures, Tally, type GraphAnswer } from './tally.js';

const tally = new Tally();

/** A small seeded generator, so a failing case can be replayed. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return (below: number) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state % below;
  };
}

function manyTokens(count: number) {
  const base = defaultVppTokens[0];
  if (!base) throw new Error('the default seed is empty');
  return Array.from({ length: count }, (_, i) => ({
    ...base,
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    organizationName: `Org ${i}`,
  }));
}

describe('adversarial: query options', () => {
  it('$top that is not a positive int32 gets 400 naming the value', async () => {
    const fake = createVppFakeCore();
    const bad = [
      '1e400',
      '0',
      '-1',
      '1.5',
      '2147483648',
      '99999999999',
      ' 1',
      '1 ',
      '0x10',
      '010',
      '',
      '+1',
      '1e3',
      'Infinity',
      'NaN',
      '١',
      '1,2',
      '%31',
    ];
    for (const top of bad) {
      const answer = await call(fake, 'GET', `${tokensPath}?$top=${encodeURIComponent(top)}`);
      tally.cases += 1;
      if (answer.status >= 500) tally.record('serverErrors', `$top=${top}`);
      else if (answer.status !== 400)
        tally.record('wrongAnswers', `$top=${JSON.stringify(top)}: ${answer.status}`);
      else if (!String((answer.json as GraphAnswer).error?.message).includes('$top query option'))
        tally.record(
          'unclearErrors',
          `$top=${top}: ${String((answer.json as GraphAnswer).error?.message)}`,
        );
    }
    for (const select of ['ID,state,id', 'id,Id', 'id,id']) {
      const answer = await call(fake, 'GET', `${tokensPath}?$select=${select}`);
      tally.cases += 1;
      if (answer.status !== 400)
        tally.record('wrongAnswers', `$select=${select}: ${answer.status}`);
    }
    for (const top of ['1', '7', '2147483647']) {
      const answer = await call(fake, 'GET', `${tokensPath}?$top=${top}`);
      tally.cases += 1;
      if (answer.status !== 200) tally.record('wrongAnswers', `$top=${top}: ${answer.status}`);
    }
    expect(tally.failures).toEqual(noFailures);
  });

  it('following nextLinks always ends with every token exactly once', async () => {
    const next = seeded(11);
    const selects = [undefined, 'id', 'organizationName,id', 'ID,state'];
    let total = 0;
    let pageSize = 1;
    let fake = createVppFakeCore();
    // A fake per store shape (creating one compiles the spec's validators), several queries each.
    for (let round = 0; round < 120; round += 1) {
      if (round % 6 === 0) {
        total = next(25);
        pageSize = 1 + next(12);
        fake = createVppFakeCore({ vppTokens: manyTokens(total), pageSize });
      }
      const query = new URLSearchParams();
      const top = next(3) === 0 ? undefined : 1 + next(15);
      if (top !== undefined) query.set('$top', String(top));
      const select = selects[next(selects.length)];
      if (select) query.set('$select', select);
      if (next(2) === 0) query.set('$count', next(2) === 0 ? 'true' : 'false');
      let url: string | undefined = `https://graph.microsoft.com/v1.0${tokensPath}?${query}`;
      const seen: string[] = [];
      const name = `tokens=${total} pageSize=${pageSize} ?${query}`;
      tally.cases += 1;
      for (let pages = 0; url !== undefined; pages += 1) {
        if (pages > total + 2) {
          tally.record('wrongAnswers', `${name}: nextLinks never end`);
          break;
        }
        const answer = await call(
          fake,
          'GET',
          url.slice('https://graph.microsoft.com/v1.0'.length),
        );
        if (answer.status !== 200) {
          const which = pages === 0 ? 'the first page' : 'its own nextLink';
          tally.record(
            answer.status >= 500 ? 'serverErrors' : 'wrongAnswers',
            `${name}: ${which} got ${answer.status}`,
          );
          break;
        }
        const page = answer.json as GraphAnswer;
        seen.push(...(page.value ?? []).map((t) => t.id));
        url = page['@odata.nextLink'];
      }
      if (new Set(seen).size !== seen.length || seen.length !== total)
        tally.record(
          'wrongAnswers',
          `${name}: saw ${seen.length} ids (${new Set(seen).size} distinct) of ${total}`,
        );
    }
    expect(tally.failures).toEqual(noFailures);
  });
});

describe('adversarial totals', () => {
  it('tried at least 140 cases', () => {
    expect(tally.cases).toBeGreaterThanOrEqual(140);
  });
});
