// The status bar item: server state, and for a config in the active editor the AWS samples
// linked to it (asked of the server with ixls.tunnelStatus). The samples are asked again whenever
// linking may have changed: the server's state, ixls/linksChanged for this config, new diagnostics
// for it, a save, another editor (see LatestAnswer).

import * as path from 'node:path';
import * as vscode from 'vscode';
import { SERVER_COMMANDS, linksChangedConcerns, readTunnelStatusResult, sameDocumentUri } from './contract';
import { OWN_LANGUAGES } from './languageChoices';
import { LatestAnswer, NODE_TIMERS } from './latestAnswer';
import type { ServerController } from './server';
import { statusPresentation, type LinkedSamples } from './statusPresentation';

const REFRESH_DELAY_MS = 300;

export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  private linked: LinkedSamples;
  private readonly samples: LatestAnswer<readonly string[]>;

  constructor(private readonly server: ServerController) {
    this.item = vscode.window.createStatusBarItem('ixls.status', vscode.StatusBarAlignment.Left, 50);
    this.item.name = vscode.l10n.t('NEC IX Language Server');
    this.samples = new LatestAnswer(NODE_TIMERS, REFRESH_DELAY_MS, (uri) => this.linkedSamples(uri), (linked) => {
      this.linked = linked;
      this.render();
    });
    this.disposables.push(
      this.item,
      this.samples,
      server.onDidChangeState(() => this.refresh()),
      server.onLinksChanged((change) => {
        const config = this.activeConfig();
        if (config && linksChangedConcerns(change, config)) {
          this.refresh();
        }
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const config = this.activeConfig();
        if (config && event.uris.some((uri) => sameDocumentUri(uri.toString(), config))) {
          this.refresh();
        }
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      // A plain text file switched to the sample language, or another language picked by hand.
      vscode.workspace.onDidOpenTextDocument((doc) => {
        if (doc === vscode.window.activeTextEditor?.document) {
          this.refresh();
        }
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (doc === vscode.window.activeTextEditor?.document) {
          this.refresh();
        }
      }),
    );
    this.refresh();
  }

  /** The config in the active editor, when the server can be asked about it. */
  private activeConfig(): string | undefined {
    const doc = vscode.window.activeTextEditor?.document;
    return doc?.languageId === 'nec-ix' && this.server.state.kind === 'running' ? doc.uri.toString() : undefined;
  }

  private refresh(): void {
    this.samples.trigger(this.activeConfig());
    this.render();
  }

  private async linkedSamples(uri: string): Promise<readonly string[]> {
    const status = readTunnelStatusResult(await this.server.executeCommand(SERVER_COMMANDS.tunnelStatus, { uri }));
    return status.samples.map((sample) => path.posix.basename(vscode.Uri.parse(sample.sampleUri).path));
  }

  private render(): void {
    // The linked samples belong to a config on a running server; anything else shows the state alone.
    const shown = statusPresentation(this.server.state, this.activeConfig() ? this.linked : undefined, vscode.l10n.t);
    this.item.text = shown.text;
    this.item.tooltip = shown.tooltip;
    this.item.command = { title: shown.tooltip, command: shown.command.id, arguments: [...shown.command.args] };
    this.item.backgroundColor =
      shown.alarm === 'none' ? undefined : new vscode.ThemeColor(`statusBarItem.${shown.alarm}Background`);
    // Plain text files activate the extension too (samples are found by content): the item stays
    // out of the way in other files' editors, unless something is wrong with the server. With no
    // text editor active (a webview such as the tunnel status has the focus) it stays as it was.
    const languageId = vscode.window.activeTextEditor?.document.languageId;
    if (shown.alarm !== 'none' || (languageId !== undefined && OWN_LANGUAGES.includes(languageId))) {
      this.item.show();
    } else if (languageId !== undefined) {
      this.item.hide();
    }
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
