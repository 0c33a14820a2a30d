// The floor: syncLicenses with fetch and a bearer token, no SDK.
export function createSyncLicenses(baseUrl, accessToken) {
  return async (id) => {
    const response = await fetch(
      `${baseUrl}/deviceAppManagement/vppTokens/${encodeURIComponent(id)}/syncLicenses`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
      },
    );
    if (!response.ok) throw new Error(`syncLicenses failed: ${response.status}`);
    return response.json();
  };
}
