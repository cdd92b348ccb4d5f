import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatEnglish } from '../src/l10n';
import { escapeHtml, renderTunnelStatusHtml } from '../src/tunnelStatusHtml';

const page = (samples: unknown[]) =>
  renderTunnelStatusHtml({
    configName: 'ix2215.ix',
    result: { samples: samples as never },
    displayUri: (uri) => uri.replace('file:///work/', ''),
    t: formatEnglish,
    cspSource: 'vscode-webview://abc',
  });

describe('tunnel status page', () => {
  test('one row per tunnel with its checks and a pass count', () => {
    const html = page([
      {
        connectionId: 'vpn-0e88bfbe4ce7ff72a',
        sampleUri: 'file:///work/aws/vpn-0e88bfbe4ce7ff72a.txt',
        tunnels: [
          {
            number: 1,
            awsOutside: '18.182.91.31',
            interface: 'Tunnel0.0',
            checks: [
              { name: 'pre-shared key', ok: true },
              { name: 'inside address', ok: false },
            ],
          },
          { number: 2, awsOutside: '52.198.204.130', interface: null, checks: [] },
        ],
      },
    ]);
    assert.match(html, /<h1>Tunnel status: ix2215\.ix<\/h1>/);
    assert.match(html, /<h2>vpn-0e88bfbe4ce7ff72a<\/h2>/);
    assert.match(html, /<code>aws\/vpn-0e88bfbe4ce7ff72a\.txt<\/code>/);
    assert.equal((html.match(/<tr class=/g) ?? []).length, 2);
    assert.match(html, /<td>#1<\/td><td><code>18\.182\.91\.31<\/code><\/td><td>Tunnel0\.0<\/td>/);
    assert.match(html, /1 of 2 checks pass/);
    assert.match(html, /<li class="ok">.*pre-shared key<\/li><li class="bad">.*inside address<\/li>/);
    assert.match(html, /<td>#2<\/td>.*not configured.*no checks/);
    assert.doesNotMatch(html, /<script/);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src vscode-webview:\/\/abc 'unsafe-inline';"/);
  });

  test('the router live state stands beside the checks once a transcript is open', () => {
    const html = page([
      {
        connectionId: 'vpn-0a1b2c3d4e5f67890',
        sampleUri: 'file:///work/vpn-0a1b2c3d4e5f67890.txt',
        tunnels: [
          {
            number: 1,
            awsOutside: '198.51.100.10',
            interface: 'Tunnel0.0',
            checks: [{ name: 'pre-shared key', ok: true }],
            live: { state: 'up', summary: 'up', message: 'Tunnel 1 is up.', transcriptUri: 'file:///work/ix-aws-show.ixlog' },
          },
          {
            number: 2,
            awsOutside: '198.51.100.20',
            interface: 'Tunnel1.0',
            checks: [{ name: 'pre-shared key', ok: true }],
            live: {
              state: 'down',
              summary: 'down: Pre-shared key mismatch (IX702)',
              message: 'Tunnel 2 is down.',
              transcriptUri: 'file:///work/ix-aws-show.ixlog',
            },
          },
        ],
      },
    ]);
    assert.match(html, /<th>Router \(live\)<\/th>/);
    assert.match(html, /<td class="live ok"><div>up<\/div>/);
    assert.match(html, /<td class="live bad"><div>down: Pre-shared key mismatch \(IX702\)<\/div><div class="summary">Tunnel 2 is down\.<\/div><div class="sample">from ix-aws-show\.ixlog<\/div><\/td>/);
    assert.match(html, /<tr class="bad"><td>#2<\/td>/, 'a tunnel the router shows down is marked, whatever the checks');
  });

  test('without a transcript there is no live column; a transcript without a sample says so', () => {
    const config = page([{ connectionId: 'vpn-1', sampleUri: 'file:///work/vpn-1.txt', tunnels: [{ number: 1, awsOutside: 'x', interface: null, checks: [] }] }]);
    assert.doesNotMatch(config, /Router \(live\)/);
    const transcript = page([
      { connectionId: '', sampleUri: '', tunnels: [{ number: 1, awsOutside: 'x', interface: null, checks: [], live: { state: 'unknown', summary: 'not shown', message: 'm', transcriptUri: 'file:///work/t.ixlog' } }] },
    ]);
    assert.match(transcript, /<h2>Tunnels<\/h2><p class="sample">No AWS sample is linked: the tunnels come from the router output\.<\/p>/);
  });

  test('no linked sample says how to link one', () => {
    assert.match(page([]), /No AWS sample is linked to this config\. List the sample files in the ixls\.awsSamples setting\./);
  });

  test('text from the server cannot inject markup', () => {
    const html = page([
      {
        connectionId: '<img src=x onerror=alert(1)>',
        sampleUri: 'file:///work/a.txt',
        tunnels: [{ number: 1, awsOutside: '"x"', interface: 'Tunnel0.0', checks: [{ name: '</li><script>', ok: true }] }],
      },
    ]);
    assert.doesNotMatch(html, /<img|<script/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
