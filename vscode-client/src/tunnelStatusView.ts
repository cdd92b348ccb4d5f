// The "Tunnel status" webview: one panel, reused, showing renderTunnelStatusHtml's page.

import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TunnelStatusResult } from './contract';
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

export class TunnelStatusView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;

  show(configUri: vscode.Uri, result: TunnelStatusResult): void {
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
    this.panel.reveal(vscode.ViewColumn.Beside, true);
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
