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

function tunnelRow(tunnel: TunnelState, t: Translate): string {
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
  const rowClass = tunnel.interface !== null && passed === tunnel.checks.length ? 'ok' : 'bad';
  return (
    `<tr class="${rowClass}">` +
    `<td>#${escapeHtml(String(tunnel.number))}</td>` +
    `<td><code>${escapeHtml(tunnel.awsOutside)}</code></td>` +
    `<td>${iface}</td>` +
    `<td><div class="summary">${escapeHtml(summary)}</div><ul>${checks}</ul></td>` +
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
          .map(
            (sample) =>
              '<section>' +
              `<h2>${escapeHtml(sample.connectionId)}</h2>` +
              `<p class="sample">${escapeHtml(t('AWS sample'))}: <code>${escapeHtml(page.displayUri(sample.sampleUri))}</code></p>` +
              '<table><thead><tr>' +
              `<th>${escapeHtml(t('Tunnel'))}</th>` +
              `<th>${escapeHtml(t('AWS outside address'))}</th>` +
              `<th>${escapeHtml(t('IX interface'))}</th>` +
              `<th>${escapeHtml(t('Checks'))}</th>` +
              '</tr></thead><tbody>' +
              sample.tunnels.map((tunnel) => tunnelRow(tunnel, t)).join('') +
              '</tbody></table></section>',
          )
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
