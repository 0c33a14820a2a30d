// A separate process answering syncLicenses with the docs' token, keep-alive, fixed bytes.
import { createServer } from 'node:http';

const body = Buffer.from(
  JSON.stringify({
    id: '9ceb2f92-2f92-9ceb-922f-eb9c922feb9c',
    organizationName: 'Organization Name value',
    vppTokenAccountType: 'education',
    appleId: 'Apple Id value',
    expirationDateTime: '2016-12-31T23:57:57.2481234-08:00',
    lastSyncDateTime: '2017-01-01T00:02:49.3205976-08:00',
    token: 'Token value',
    lastModifiedDateTime: '2017-01-01T00:00:35.1329464-08:00',
    state: 'valid',
    lastSyncStatus: 'inProgress',
    automaticallyUpdateApps: true,
    countryOrRegion: 'Country Or Region value',
  }),
);
const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    response.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
process.on('message', (m) => m === 'stop' && server.close(() => process.exit(0)));
