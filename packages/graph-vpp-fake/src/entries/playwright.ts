// `graph-vpp-fake/playwright`: the fake behind Playwright's request routing (no service worker).
export {
  routeVppFake,
  type RouteVppFakeOptions,
  type VppFakeRoute,
  type VppFakeRouteTarget,
} from '../adapters/playwright/routeVppFake.js';
