// Renders the `ixls.tunnelStatus` answer as a self-contained HTML page for a webview: one table
// per linked AWS sample, one row per tunnel, each check marked passed or failed. No scripts.

import type { TunnelStatusResult, TunnelState } from './contract';
import type { Translate } from './l10n';

export interface TunnelStatusPage {
  /** Name of the config the status is about, shown in the heading. */
  readonly configName: string;
  readonly result: TunnelStatusResult;
  /** Turns a sample URI into what the user should read (a workspace-relative path). */
  readonly displayUri: (uri: string) => string;
  readonly t: Translate;
  /** The webview's `cspSource`, allowed for styles. */
  readonly cspSource: string;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The router's own view of the tunnel, from an open transcript of its show output. */
function liveCell(tunnel: TunnelState, t: Translate, displayUri: (uri: string) => string): string {
  if (!tunnel.live) {
    return `<td><span class="missing">${escapeHtml(t('no transcript open'))}</span></td>`;
  }
  const live = tunnel.live;
  return (
    `<td class="live ${live.state === 'up' ? 'ok' : 'bad'}"><div>${escapeHtml(live.summary)}</div>` +
    `<div class="summary">${escapeHtml(live.message)}</div>` +
    `<div class="sample">${escapeHtml(t('from {0}', displayUri(live.transcriptUri)))}</div></td>`
  );
}

function tunnelRow(tunnel: TunnelState, t: Translate, withLive: boolean, displayUri: (uri: string) => string): string {
  const passed = tunnel.checks.filter((c) => c.ok).length;
  const checks = tunnel.checks
    .map((check) => {
      const mark = check.ok ? '✓' : '✗';
      const label = check.ok ? t('passed') : t('failed');
      return `<li class="${check.ok ? 'ok' : 'bad'}"><span class="mark" aria-label="${escapeHtml(label)}">${mark}</span> ${escapeHtml(check.name)}</li>`;
    })
    .join('');
  const iface = tunnel.interface === null ? `<span class="missing">${escapeHtml(t('not configured'))}</span>` : escapeHtml(tunnel.interface);
  const summary = tunnel.checks.length === 0 ? t('no checks') : t('{0} of {1} checks pass', passed, tunnel.checks.length);
  const liveDown = tunnel.live !== undefined && tunnel.live.state !== 'up';
  const rowClass = tunnel.interface !== null && passed === tunnel.checks.length && !liveDown ? 'ok' : 'bad';
  return (
    `<tr class="${rowClass}">` +
    `<td>#${escapeHtml(String(tunnel.number))}</td>` +
    `<td><code>${escapeHtml(tunnel.awsOutside)}</code></td>` +
    `<td>${iface}</td>` +
    `<td><div class="summary">${escapeHtml(summary)}</div><ul>${checks}</ul></td>` +
    (withLive ? liveCell(tunnel, t, displayUri) : '') +
    '</tr>'
  );
}

export function renderTunnelStatusHtml(page: TunnelStatusPage): string {
  const { t } = page;
  const title = t('Tunnel status: {0}', page.configName);
  const sections =
    page.result.samples.length === 0
      ? `<p class="empty">${escapeHtml(t('No AWS sample is linked to this config. List the sample files in the ixls.awsSamples setting.'))}</p>`
      : page.result.samples
          .map((sample) => {
            // The router's live state gets a column once any transcript of its output is open.
            const withLive = sample.tunnels.some((tunnel) => tunnel.live !== undefined);
            return (
              '<section>' +
              `<h2>${escapeHtml(sample.connectionId === '' ? t('Tunnels') : sample.connectionId)}</h2>` +
              (sample.sampleUri === ''
                ? `<p class="sample">${escapeHtml(t('No AWS sample is linked: the tunnels come from the router output.'))}</p>`
                : `<p class="sample">${escapeHtml(t('AWS sample'))}: <code>${escapeHtml(page.displayUri(sample.sampleUri))}</code></p>`) +
              '<table><thead><tr>' +
              `<th>${escapeHtml(t('Tunnel'))}</th>` +
              `<th>${escapeHtml(t('AWS outside address'))}</th>` +
              `<th>${escapeHtml(t('IX interface'))}</th>` +
              `<th>${escapeHtml(t('Checks'))}</th>` +
              (withLive ? `<th>${escapeHtml(t('Router (live)'))}</th>` : '') +
              '</tr></thead><tbody>' +
              sample.tunnels.map((tunnel) => tunnelRow(tunnel, t, withLive, page.displayUri)).join('') +
              '</tbody></table></section>'
            );
          })
          .join('');
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${escapeHtml(page.cspSource)} 'unsafe-inline';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1.5em; }
  table { border-collapse: collapse; width: 100%; margin-bottom: 1.5em; }
  th, td { text-align: left; vertical-align: top; padding: 0.35em 0.8em; border-bottom: 1px solid var(--vscode-panel-border, #8884); }
  th { font-weight: 600; }
  ul { list-style: none; margin: 0.2em 0 0; padding: 0; }
  li.ok .mark { color: var(--vscode-testing-iconPassed, #3c3); }
  li.bad .mark, .missing { color: var(--vscode-testing-iconFailed, #e44); }
  tr.bad td:first-child { border-left: 3px solid var(--vscode-testing-iconFailed, #e44); }
  tr.ok td:first-child { border-left: 3px solid var(--vscode-testing-iconPassed, #3c3); }
  .summary { opacity: 0.8; }
  td.live.ok div:first-child { color: var(--vscode-testing-iconPassed, #3c3); }
  td.live.bad div:first-child { color: var(--vscode-testing-iconFailed, #e44); font-weight: 600; }
  code { font-family: var(--vscode-editor-font-family); }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${sections}
</body>
</html>
`;
}
