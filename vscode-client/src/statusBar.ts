// The status bar item: server state, and for a config in the active editor the AWS samples
// linked to it (asked of the server with ixls.tunnelStatus, refreshed on editor switch and save).

import * as path from 'node:path';
import * as vscode from 'vscode';
import { SERVER_COMMANDS, readTunnelStatusResult } from './contract';
import type { ServerController } from './server';
import { statusPresentation, type LinkedSamples } from './statusPresentation';

const REFRESH_DELAY_MS = 300;

export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  private linked: LinkedSamples;
  private refreshTimer: NodeJS.Timeout | undefined;
  /** Answers to older requests are dropped. */
  private generation = 0;

  constructor(private readonly server: ServerController) {
    this.item = vscode.window.createStatusBarItem('ixls.status', vscode.StatusBarAlignment.Left, 50);
    this.item.name = vscode.l10n.t('NEC IX Language Server');
    this.disposables.push(
      this.item,
      server.onDidChangeState(() => this.scheduleRefresh()),
      vscode.window.onDidChangeActiveTextEditor(() => this.scheduleRefresh()),
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (doc === vscode.window.activeTextEditor?.document) {
          this.scheduleRefresh();
        }
      }),
    );
    this.render();
    this.item.show();
  }

  private scheduleRefresh(): void {
    this.render();
    if (this.refreshTimer) {
      clearTimeout(this.refreshTimer);
    }
    this.refreshTimer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private async refresh(): Promise<void> {
    const generation = ++this.generation;
    const doc = vscode.window.activeTextEditor?.document;
    let linked: LinkedSamples;
    if (doc?.languageId === 'nec-ix' && this.server.state.kind === 'running') {
      try {
        const status = readTunnelStatusResult(
          await this.server.executeCommand(SERVER_COMMANDS.tunnelStatus, { uri: doc.uri.toString() }),
        );
        linked = status.samples.map((sample) => path.posix.basename(vscode.Uri.parse(sample.sampleUri).path));
      } catch {
        // Server without the command, or busy: show the state alone.
        linked = undefined;
      }
    }
    if (generation === this.generation) {
      this.linked = linked;
      this.render();
    }
  }

  private render(): void {
    const shown = statusPresentation(this.server.state, this.linked, vscode.l10n.t);
    this.item.text = shown.text;
    this.item.tooltip = shown.tooltip;
    this.item.command = { title: shown.tooltip, command: shown.command.id, arguments: [...shown.command.args] };
    this.item.backgroundColor =
      shown.alarm === 'none' ? undefined : new vscode.ThemeColor(`statusBarItem.${shown.alarm}Background`);
  }

  dispose(): void {
    if (this.refreshTimer) {
      clearTimeout(this.refreshTimer);
    }
    this.disposables.forEach((d) => d.dispose());
  }
}
