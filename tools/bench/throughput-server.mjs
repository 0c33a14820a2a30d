// Child process for the server throughput bench: `bare` (node:http with fixed bytes) or `fake`
// (graph-vpp-fake's standalone server). Prints {url, token} on stdout.
import { createServer } from 'node:http';
import { startVppFakeServer } from 'graph-vpp-fake/server';

const kind = process.argv[2];
const running = await startVppFakeServer({ port: 0 });
const [first] = running.fake.listVppTokens();
const token = running.fake.mintAccessToken({ expiresInSeconds: 24 * 3600 });
const path = `/v1.0/deviceAppManagement/vppTokens/${first.id}`;

if (kind === 'fake') {
  process.stdout.write(`${JSON.stringify({ url: `${running.url}${path}`, token })}\n`);
} else {
  // The same bytes the fake answers with, captured once, then served without any logic.
  const captured = await fetch(`${running.url}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = Buffer.from(await captured.arrayBuffer());
  await running.close();
  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    response.end(body);
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () =>
    process.stdout.write(
      `${JSON.stringify({ url: `http://127.0.0.1:${server.address().port}${path}`, token })}\n`,
    ),
  );
}
