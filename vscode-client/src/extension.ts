// Entry point: wires the server controller, the status bar, the tunnel status view, the document
// languages and the commands together. Activation returns at once; the server starts in the background.

import * as vscode from 'vscode';
import { generateConfig, showTunnelStatus, updateFromSample } from './commands';
import { SERVER_COMMANDS, readTunnelStatusResult, sameDocumentUri } from './contract';
import { DocumentLanguages } from './documentLanguages';
import { nodeJavaHost } from './javaHost';
import { ServerController } from './server';
import { needsRestart } from './settings';
import { StatusBar } from './statusBar';
import { TunnelStatusView } from './tunnelStatusView';

let server: ServerController | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('NEC IX Language Server');
  server = new ServerController(context, output, nodeJavaHost());
  const controller = server;
  const tunnelStatusView = new TunnelStatusView(async (uri) =>
    readTunnelStatusResult(await controller.executeCommand(SERVER_COMMANDS.tunnelStatus, { uri })),
  );

  context.subscriptions.push(
    output,
    controller,
    tunnelStatusView,
    new StatusBar(controller),
    new DocumentLanguages(context.workspaceState, controller, output),
    // The tunnel status view follows linking, the server's restarts and the checks of its document.
    controller.onLinksChanged(() => tunnelStatusView.refresh()),
    controller.onDidChangeState((state) => {
      if (state.kind === 'running') {
        tunnelStatusView.refresh();
      }
    }),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const shown = tunnelStatusView.document?.toString();
      if (shown && event.uris.some((uri) => sameDocumentUri(uri.toString(), shown))) {
        tunnelStatusView.refresh();
      }
    }),
    vscode.commands.registerCommand('ixls.generateConfig', (arg: unknown) => generateConfig(controller, arg)),
    vscode.commands.registerCommand('ixls.updateFromSample', (arg: unknown) => updateFromSample(controller, arg)),
    vscode.commands.registerCommand('ixls.showTunnelStatus', (arg: unknown) =>
      showTunnelStatus(controller, tunnelStatusView, arg),
    ),
    vscode.commands.registerCommand('ixls.restartServer', () => controller.restart()),
    vscode.commands.registerCommand('ixls.showOutput', () => output.show(true)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (needsRestart((section) => event.affectsConfiguration(section))) {
        void controller.restart();
      }
    }),
  );
  void controller.start();
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
