// @microsoft/msgraph-sdk with its VppToken serializer too: what a PATCH or create would also pull in.
export { createSyncLicenses } from './msgraph-sdk.mjs';
export { serializeVppToken } from '@microsoft/msgraph-sdk/models/index.js';
