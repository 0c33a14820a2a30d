import type { VppAppSeed } from './vppApp.js';

const contoso = {
  vppTokenAppleId: 'vpp-admin@contoso.com',
  vppTokenOrganizationName: 'Contoso Ltd',
};
const school = {
  vppTokenAppleId: 'apple-school@contoso.edu',
  vppTokenOrganizationName: 'Contoso School District',
  vppTokenAccountType: 'education',
};
const northwind = {
  vppTokenAppleId: 'it@northwindtraders.co.uk',
  vppTokenOrganizationName: 'Northwind Traders',
};

/**
 * The iosVppApps a fake starts with, owned by the demo vppTokens (matched by Apple ID and
 * organisation, as v1.0 does): one app nearly out of licences, one fully used, one with plenty.
 */
export const defaultVppApps: readonly VppAppSeed[] = Object.freeze([
  {
    id: 'c1a0b2d3-0001-4c5d-8e9f-a0b1c2d3e401',
    displayName: 'Microsoft Outlook',
    publisher: 'Microsoft Corporation',
    bundleId: 'com.microsoft.Office.Outlook',
    totalLicenseCount: 500,
    usedLicenseCount: 480,
    ...contoso,
  },
  {
    id: 'c1a0b2d3-0002-4c5d-8e9f-a0b1c2d3e402',
    displayName: 'Slack',
    publisher: 'Slack Technologies',
    bundleId: 'com.tinyspeck.chatlyio',
    totalLicenseCount: 200,
    usedLicenseCount: 120,
    ...contoso,
  },
  {
    id: 'c1a0b2d3-0003-4c5d-8e9f-a0b1c2d3e403',
    displayName: 'Keynote',
    publisher: 'Apple',
    bundleId: 'com.apple.Keynote',
    totalLicenseCount: 300,
    usedLicenseCount: 300,
    ...school,
  },
  {
    id: 'c1a0b2d3-0004-4c5d-8e9f-a0b1c2d3e404',
    displayName: 'Numbers',
    publisher: 'Apple',
    bundleId: 'com.apple.Numbers',
    totalLicenseCount: 50,
    usedLicenseCount: 10,
    ...northwind,
  },
]);
