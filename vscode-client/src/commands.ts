// The extension's commands. Each asks the user what the server needs, calls the server's
// command of the same id, and shows the outcome.

import * as vscode from 'vscode';
import {
  ContractError,
  DEFAULT_OUTSIDE_INTERFACE,
  INTERFACE_NAME,
  SERVER_COMMANDS,
  parseAsn,
  readGenerateConfigResult,
  readGenerateRequest,
  readNeedLocalAsn,
  readTunnelStatusResult,
  readUpdateFromSampleResult,
  type IkeVersion,
} from './contract';
import { ServerUnavailableError, type ServerController } from './server';
import type { TunnelStatusView } from './tunnelStatusView';

/**
 * The file a command is about: the explorer or editor menu passes a Uri, a code lens passes the
 * URI as a string, a server's code action `{ uri, ... }`, the palette passes nothing (then the
 * active editor's file is meant).
 */
function targetUri(arg: unknown, ...languageIds: string[]): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) {
    return arg;
  }
  const named = readGenerateRequest(arg).uri;
  if (named !== undefined) {
    return vscode.Uri.parse(named, true);
  }
  const doc = vscode.window.activeTextEditor?.document;
  return doc && languageIds.includes(doc.languageId) ? doc.uri : undefined;
}

async function reportFailure(server: ServerController, error: unknown): Promise<void> {
  if (error instanceof ServerUnavailableError && error.reason === 'notRunning') {
    const restart = vscode.l10n.t('Restart');
    if ((await vscode.window.showErrorMessage(error.message, restart)) === restart) {
      await server.restart();
    }
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  void vscode.window.showErrorMessage(
    error instanceof ContractError ? vscode.l10n.t('The language server gave an unexpected answer: {0}', message) : message,
  );
}

interface IkeChoice extends vscode.QuickPickItem {
  readonly value: IkeVersion;
}

async function askIkeVersion(): Promise<IkeVersion | undefined> {
  const items: IkeChoice[] = [
    { label: 'IKEv1', description: vscode.l10n.t('default, as in the AWS sample'), value: 'v1' },
    { label: 'IKEv2', description: vscode.l10n.t('ikev2 profile and tunnel mode ipsec-ikev2'), value: 'v2' },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Generate IX config (1/2): IKE version'),
    placeHolder: vscode.l10n.t('IKE version of the tunnels'),
    ignoreFocusOut: true,
  });
  return picked?.value;
}

/** @param secondStep the IKE version was asked first */
async function askOutsideInterface(secondStep: boolean): Promise<string | undefined> {
  const value = await vscode.window.showInputBox({
    title: secondStep
      ? vscode.l10n.t('Generate IX config (2/2): outside interface')
      : vscode.l10n.t('Generate IX config: outside interface'),
    prompt: vscode.l10n.t('The IX interface facing the internet, which the tunnels run over'),
    value: DEFAULT_OUTSIDE_INTERFACE,
    ignoreFocusOut: true,
    validateInput: (text) =>
      INTERFACE_NAME.test(text.trim()) ? undefined : vscode.l10n.t('Enter an IX interface name such as GigaEthernet0.0'),
  });
  return value?.trim();
}

/** Asked only when the server says the sample leaves this router's AS number as a placeholder. */
async function askLocalAsn(placeholder: string): Promise<number | undefined> {
  const value = await vscode.window.showInputBox({
    title: vscode.l10n.t('Generate IX config: this router\'s AS number'),
    prompt: vscode.l10n.t(
      'The sample shows "{0}" where this router\'s AS number belongs. Enter the ASN your customer gateway was registered with.',
      placeholder,
    ),
    placeHolder: '65000',
    ignoreFocusOut: true,
    validateInput: (text) =>
      parseAsn(text) === undefined ? vscode.l10n.t('Enter an AS number from 1 to 4294967295') : undefined,
  });
  return value === undefined ? undefined : parseAsn(value);
}

export async function generateConfig(server: ServerController, arg: unknown): Promise<void> {
  const sample = targetUri(arg, 'aws-vpn-sample');
  // A code action of the server names the IKE version (and the connection) already.
  const request = arg instanceof vscode.Uri ? {} : readGenerateRequest(arg);
  if (!sample) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open an AWS VPN sample configuration first.'));
    return;
  }
  try {
    server.assertRunning();
  } catch (error) {
    await reportFailure(server, error);
    return;
  }
  const ikeVersion = request.ikeVersion ?? (await askIkeVersion());
  if (!ikeVersion) {
    return;
  }
  const outsideInterface = await askOutsideInterface(request.ikeVersion === undefined);
  if (!outsideInterface) {
    return;
  }
  try {
    // Opened so that the server has the text: an explorer command may name an unopened file.
    await vscode.workspace.openTextDocument(sample);
    const run = (localAsn?: number) =>
      vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Generating the IX config…') },
        async () =>
          readGenerateConfigResult(
            await server.executeCommand(SERVER_COMMANDS.generateConfig, {
              uri: sample.toString(),
              ikeVersion,
              outsideInterface,
              ...(request.connectionId === undefined ? {} : { connectionId: request.connectionId }),
              ...(localAsn === undefined ? {} : { localAsn }),
            }),
          ),
      );
    let result;
    try {
      result = await run();
    } catch (error) {
      // Only the user knows this router's ASN when the sample leaves it as a placeholder: ask, then try again.
      const need = readNeedLocalAsn(error);
      if (need === undefined) {
        throw error;
      }
      const localAsn = await askLocalAsn(need.placeholder);
      if (localAsn === undefined) {
        return;
      }
      result = await run(localAsn);
    }
    const created = await vscode.workspace.openTextDocument(vscode.Uri.parse(result.uri, true));
    // The server's edit creates the file and fills it; write it so the file on disk is complete.
    if (created.isDirty) {
      await created.save();
    }
    await vscode.window.showTextDocument(created, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  } catch (error) {
    await reportFailure(server, error);
  }
}

export async function updateFromSample(server: ServerController, arg: unknown): Promise<void> {
  const config = targetUri(arg, 'nec-ix');
  if (!config) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open an NEC IX config first.'));
    return;
  }
  try {
    const doc = await vscode.workspace.openTextDocument(config);
    await vscode.window.showTextDocument(doc, { preview: false });
    const result = readUpdateFromSampleResult(
      await server.executeCommand(SERVER_COMMANDS.updateFromSample, { uri: config.toString() }),
    );
    void vscode.window.showInformationMessage(
      result.changed === 0
        ? vscode.l10n.t('The config already matches its AWS sample.')
        : vscode.l10n.t('Made {0} changes to the config from its AWS sample. Review them and save.', result.changed),
    );
  } catch (error) {
    await reportFailure(server, error);
  }
}

export async function showTunnelStatus(server: ServerController, view: TunnelStatusView, arg: unknown): Promise<void> {
  // A config, or a transcript of the router's show output (its code lenses pass its URI).
  const config = targetUri(arg, 'nec-ix', 'nec-ix-show');
  if (!config) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open an NEC IX config or a transcript of its show output first.'));
    return;
  }
  try {
    await vscode.workspace.openTextDocument(config);
    const result = readTunnelStatusResult(
      await server.executeCommand(SERVER_COMMANDS.tunnelStatus, { uri: config.toString() }),
    );
    view.show(config, result);
  } catch (error) {
    await reportFailure(server, error);
  }
}
