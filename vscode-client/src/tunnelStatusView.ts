// The "Tunnel status" webview: one panel, reused, showing renderTunnelStatusHtml's page. It asks
// the server again when linking or the document may have changed (see refresh and LatestAnswer).

import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TunnelStatusResult } from './contract';
import { LatestAnswer, NODE_TIMERS } from './latestAnswer';
import { renderTunnelStatusHtml } from './tunnelStatusHtml';

export const TUNNEL_STATUS_VIEW_TYPE = 'ixls.tunnelStatus';

/** A URI as the user knows it: workspace-relative when inside the workspace. */
export function displayUri(uri: string): string {
  try {
    const parsed = vscode.Uri.parse(uri, true);
    return parsed.scheme === 'file' ? vscode.workspace.asRelativePath(parsed, false) : uri;
  } catch {
    return uri;
  }
}

const REFRESH_DELAY_MS = 300;

export class TunnelStatusView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The config or transcript the panel shows. */
  private shown: vscode.Uri | undefined;
  private readonly updates: LatestAnswer<TunnelStatusResult>;

  /** @param fetch asks the server for a document's tunnel status (ixls.tunnelStatus) */
  constructor(fetch: (uri: string) => Promise<TunnelStatusResult>) {
    this.updates = new LatestAnswer(NODE_TIMERS, REFRESH_DELAY_MS, fetch, (result) => {
      if (result && this.panel && this.shown) {
        this.render(this.shown, result);
      }
    });
  }

  /** Asks the server again about the document the panel shows, while it is open. */
  refresh(): void {
    if (this.panel && this.shown) {
      this.updates.trigger(this.shown.toString());
    }
  }

  /** The document the panel shows, while it is open. */
  get document(): vscode.Uri | undefined {
    return this.panel ? this.shown : undefined;
  }

  show(configUri: vscode.Uri, result: TunnelStatusResult): void {
    this.render(configUri, result);
    this.panel?.reveal(vscode.ViewColumn.Beside, true);
  }

  private render(configUri: vscode.Uri, result: TunnelStatusResult): void {
    this.shown = configUri;
    const configName = path.posix.basename(configUri.path);
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        TUNNEL_STATUS_VIEW_TYPE,
        vscode.l10n.t('Tunnel status'),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: false, enableCommandUris: false, localResourceRoots: [] },
      );
      this.panel.onDidDispose(() => {
        this.panel = undefined;
      });
    }
    this.panel.title = vscode.l10n.t('Tunnel status: {0}', configName);
    this.panel.webview.html = renderTunnelStatusHtml({
      configName,
      result,
      displayUri,
      t: vscode.l10n.t,
      cspSource: this.panel.webview.cspSource,
    });
  }

  dispose(): void {
    this.updates.dispose();
    this.panel?.dispose();
  }
}
