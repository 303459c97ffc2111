// Real-client check of the tus server: uploads a >60 MB multi-frame instance with tus-js-client
// in 30 MB chunks through a local TCP proxy, cuts the connection in the middle of the second
// chunk, kills the service (SIGKILL) and starts it again on the same data folder, resumes the
// upload from the server's offset, then compares the SHA-256 of GET /instances/{id}/file with
// the file's. Usage: node resume-after-restart.mjs <path to Dicom.Clean.Api.dll>
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tus from 'tus-js-client';
import { buildMultiFrame, newUid } from './multiframe.mjs';

const apiDll = process.argv[2];
if (!apiDll) throw new Error('usage: node resume-after-restart.mjs <Dicom.Clean.Api.dll>');
const servicePort = 18960;
const proxyPort = 18961;
const chunkSize = 30 * 1024 * 1024;
const service = `http://127.0.0.1:${servicePort}`;
const endpoint = `http://127.0.0.1:${proxyPort}/uploads`;
const dataFolder = mkdtempSync(join(tmpdir(), 'dicom-clean-tus-'));
let child = null;

function log(message) { console.log(`[tus-e2e] ${message}`); }

function fail(message) { throw new Error(message); }

async function startService() {
  child = spawn('dotnet', [apiDll, '--urls', service], { cwd: dataFolder, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 120; i++) {
    try { if ((await fetch(`${service}/heartbeat`)).ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  fail('the service did not start');
}

async function killService() {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
  child = null;
}

// Forwards connections to the service; once armed, cuts every connection (both directions) as
// soon as the client has sent more than `cutAfter` bytes in total.
function startProxy() {
  const state = { forwarded: 0, cutAfter: Infinity, cut: false, sockets: new Set() };
  const server = net.createServer((client) => {
    const upstream = net.connect(servicePort, '127.0.0.1');
    state.sockets.add(client); state.sockets.add(upstream);
    const drop = () => { client.destroy(); upstream.destroy(); };
    client.on('error', drop); upstream.on('error', drop); client.on('close', drop); upstream.on('close', drop);
    client.on('data', (data) => {
      state.forwarded += data.length;
      if (!state.cut && state.forwarded > state.cutAfter) {
        state.cut = true;
        log(`cutting the connection after ${state.forwarded} bytes`);
        for (const s of state.sockets) s.destroy();
        return;
      }
      upstream.write(data);
    });
    upstream.on('data', (data) => client.write(data));
  });
  return new Promise((resolve) => server.listen(proxyPort, '127.0.0.1', () => resolve({ server, state })));
}

function upload(file, options) {
  return new Promise((resolve, reject) => {
    const u = new tus.Upload(file, {
      endpoint, chunkSize, retryDelays: null, metadata: { filename: 'multiframe.dcm' },
      ...options,
      onSuccess: (payload) => resolve({ url: u.url, response: payload.lastResponse }),
      onError: (error) => reject(Object.assign(error, { url: u.url })),
    });
    u.start();
  });
}

async function main() {
  const file = buildMultiFrame({ rows: 512, columns: 512, frames: 140, sopInstanceUid: newUid() });
  const expectedSha = createHash('sha256').update(file).digest('hex');
  log(`built a ${file.length}-byte multi-frame instance, SHA-256 ${expectedSha}`);
  if (file.length <= 60 * 1000 * 1000) fail('the file must be over 60 MB');

  await startService();
  const { server, state } = await startProxy();
  // Mid second chunk: the first 30 MB chunk is acknowledged, the second is half sent.
  state.cutAfter = chunkSize + chunkSize / 2;
  let uploadUrl;
  try {
    await upload(file, {});
    fail('the upload should have been cut');
  } catch (error) {
    uploadUrl = error.url;
    if (!state.cut || !uploadUrl) throw error;
    log(`upload interrupted as planned (${error.message.split('\n')[0]}); url ${uploadUrl}`);
  }

  // The server keeps what arrived of the cut chunk (flushed, offset saved): wait (bounded) until
  // it has noticed the cut, then kill it.
  const key = uploadUrl.split('/').pop();
  let before = 0;
  for (let i = 0; i < 50 && before <= chunkSize; i++) {
    const head = await fetch(`${service}/uploads/${key}`, { method: 'HEAD', headers: { 'Tus-Resumable': '1.0.0' } });
    before = Number(head.headers.get('upload-offset'));
    if (before <= chunkSize) await new Promise((r) => setTimeout(r, 200));
  }
  log(`before the kill the server holds ${before} bytes (the cut chunk's bytes that arrived included)`);
  await killService();
  log('service killed (SIGKILL); starting it again on the same data folder');
  await startService();
  const head = await fetch(`${service}/uploads/${key}`, { method: 'HEAD', headers: { 'Tus-Resumable': '1.0.0' } });
  const offset = Number(head.headers.get('upload-offset'));
  log(`after the restart the server holds ${offset} of ${file.length} bytes`);
  if (head.status !== 200 || offset <= chunkSize || offset >= file.length || offset !== before) {
    fail(`expected the offset acknowledged before the kill (${before}), mid second chunk; got ${offset} (HEAD ${head.status})`);
  }

  const resumed = await upload(file, { uploadUrl });
  const instanceId = resumed.response.getHeader('Dicom-Instance-Id');
  const ingestStatus = resumed.response.getHeader('Dicom-Ingest-Status');
  log(`resumed and finished: Dicom-Ingest-Status ${ingestStatus}, Dicom-Instance-Id ${instanceId}`);
  if (ingestStatus !== '201' || !instanceId) fail('the last PATCH did not report a stored instance');

  const status = await (await fetch(`${service}/uploads/${key}`)).json();
  if (status.status !== 'Stored' || status.instanceId !== instanceId) fail(`GET /uploads says ${JSON.stringify(status)}`);
  const stored = Buffer.from(await (await fetch(`${service}/instances/${instanceId}/file`)).arrayBuffer());
  const storedSha = createHash('sha256').update(stored).digest('hex');
  log(`stored original: ${stored.length} bytes, SHA-256 ${storedSha}`);
  if (storedSha !== expectedSha) fail('the stored original differs from the uploaded file');
  server.close();
}

try {
  await main();
  console.log('1 passed, 0 failed');
} catch (error) {
  console.error(`[tus-e2e] FAILED: ${error.stack ?? error}`);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
} finally {
  if (child) await killService();
  rmSync(dataFolder, { recursive: true, force: true });
  process.exit();
}
