// Owns the language server process: finds Java, starts the client, restarts it on request or
// when a setting that shapes the process changes, and reports crashes with a restart offer.
// Start, stop and restart run one at a time through a queue; nothing here blocks the editor.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  ExecuteCommandRequest,
  LanguageClient,
  RevealOutputChannelOn,
  type DynamicFeature,
  type LanguageClientOptions,
  type ServerOptions,
  type StaticFeature,
} from 'vscode-languageclient/node';
import { SERVER_NOTIFICATIONS, declareIxlsCapabilities, readLinksChanged, type LinksChanged } from './contract';
import { discoverJava, javaProblemMessage, type JavaDiscoveryHost, type JavaRuntime } from './java';
import { ServerOutputChannel } from './serverOutput';
import {
  archiveFileName,
  initializationOptions,
  javaHomeSetting,
  serverArguments,
  type ClassDataArchive,
  type SettingsReader,
} from './settings';
import type { ServerState } from './statusPresentation';

export const CLIENT_ID = 'ixls';
/** Where `npm run package` puts the server jar inside the extension. */
export const SERVER_JAR = 'server/ixls.jar';
const STOP_TIMEOUT_MS = 3000;

/** Thrown by {@link ServerController.executeCommand} when the command cannot be sent. */
export class ServerUnavailableError extends Error {
  constructor(
    message: string,
    readonly reason: 'notRunning' | 'unsupported',
  ) {
    super(message);
    this.name = 'ServerUnavailableError';
  }
}

/**
 * The server's `workspace/executeCommand` commands carry the same ids as this extension's own
 * commands (`ixls.generateConfig`, ...), which ask the user for arguments first. The client's
 * built-in feature would register the server's ids as VS Code commands too and fail with
 * "command already exists", so it is left out; {@link ServerController.executeCommand} sends
 * the request itself.
 */
class IxLanguageClient extends LanguageClient {
  public override registerFeature(feature: StaticFeature | DynamicFeature<unknown>): void {
    if ('registrationType' in feature && feature.registrationType.method === ExecuteCommandRequest.method) {
      return;
    }
    super.registerFeature(feature);
  }

  /**
   * The library forces a notification for a failed start or a lost connection; the controller
   * reports those itself, with a restart offer, so they go to the output channel only.
   */
  public override error(message: string, data?: unknown, showNotification?: boolean | 'force'): void {
    // The library reports every exit as an error, a clean one after shutdown included.
    if (/^Server process exited with code 0\.$/.test(message)) {
      super.info(message);
      return;
    }
    super.error(message, data, showNotification === 'force' ? false : showNotification);
  }
}

function settings(): SettingsReader {
  const configuration = vscode.workspace.getConfiguration('ixls');
  return (key) => configuration.get(key);
}

export class ServerController implements vscode.Disposable {
  private client: IxLanguageClient | undefined;
  private stateValue: ServerState = { kind: 'stopped' };
  private readonly stateEmitter = new vscode.EventEmitter<ServerState>();
  readonly onDidChangeState = this.stateEmitter.event;
  private readonly linksEmitter = new vscode.EventEmitter<LinksChanged>();
  /** The server's `ixls/linksChanged`: configs whose linked samples changed. */
  readonly onLinksChanged = this.linksEmitter.event;
  private queue: Promise<void> = Promise.resolve();
  /** Set while this extension stops the client, so the close is not reported as a crash. */
  private stopping = false;
  /** IX configs and AWS samples; one watcher shared by every client this controller starts. */
  private readonly fileWatcher = vscode.workspace.createFileSystemWatcher('**/{*.ix,*.ixconf,vpn-*}');

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.OutputChannel,
    private readonly javaHost: JavaDiscoveryHost,
  ) {}

  get state(): ServerState {
    return this.stateValue;
  }

  start(): Promise<void> {
    return this.enqueue(() => this.startNow());
  }

  restart(): Promise<void> {
    return this.enqueue(async () => {
      await this.stopNow();
      await this.startNow();
    });
  }

  stop(): Promise<void> {
    return this.enqueue(() => this.stopNow());
  }

  /** Throws {@link ServerUnavailableError} unless the server is running; returns its client. */
  private runningClient(): IxLanguageClient {
    if (!this.client || this.stateValue.kind !== 'running') {
      throw new ServerUnavailableError(vscode.l10n.t('The NEC IX language server is not running.'), 'notRunning');
    }
    return this.client;
  }

  /** For commands that ask the user questions first: fail before asking, not after. */
  assertRunning(): void {
    this.runningClient();
  }

  /** Sends `workspace/executeCommand` with one argument object, as the server contract has it. */
  async executeCommand(command: string, argument: object): Promise<unknown> {
    const client = this.runningClient();
    const provided = client.initializeResult?.capabilities.executeCommandProvider?.commands ?? [];
    if (!provided.includes(command)) {
      throw new ServerUnavailableError(
        vscode.l10n.t('This version of the NEC IX language server does not provide {0}.', command),
        'unsupported',
      );
    }
    return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: [argument] });
  }

  /** Runs start/stop steps one after another, whether or not the previous one failed. */
  private enqueue(step: () => Promise<void>): Promise<void> {
    const next = this.queue.then(step, step);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private setState(state: ServerState): void {
    this.stateValue = state;
    this.stateEmitter.fire(state);
  }

  private async startNow(): Promise<void> {
    this.setState({ kind: 'starting' });
    const jar = this.context.asAbsolutePath(SERVER_JAR);
    try {
      await fs.access(jar);
    } catch {
      const detail = vscode.l10n.t('{0} is missing from the extension. Reinstall the extension.', SERVER_JAR);
      this.output.appendLine(detail);
      this.setState({ kind: 'failed', detail });
      void vscode.window.showErrorMessage(detail);
      return;
    }

    const read = settings();
    const discovery = await discoverJava(javaHomeSetting(read), this.javaHost);
    if (discovery.kind !== 'found') {
      const detail = javaProblemMessage(discovery, vscode.l10n.t) ?? '';
      this.output.appendLine(detail);
      this.setState({ kind: 'noJava', detail });
      const openSettings = vscode.l10n.t('Open Settings');
      void vscode.window.showErrorMessage(detail, openSettings).then((choice) => {
        if (choice === openSettings) {
          void vscode.commands.executeCommand('workbench.action.openSettings', 'ixls.java.home');
        }
      });
      return;
    }
    const java = discovery.runtime;
    this.output.appendLine(`Java ${java.version} (${java.source}): ${java.executable}`);
    const archive = await this.classDataArchive(jar, java);

    const serverOptions: ServerOptions = {
      command: java.executable,
      args: serverArguments(read, jar, archive),
      options: { env: process.env },
    };
    const crashReported = { value: false };
    const serverOutput = new ServerOutputChannel(this.output);
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: 'nec-ix' },
        { scheme: 'untitled', language: 'nec-ix' },
        { scheme: 'file', language: 'aws-vpn-sample' },
        { scheme: 'untitled', language: 'aws-vpn-sample' },
        { scheme: 'file', language: 'nec-ix-show' },
        { scheme: 'untitled', language: 'nec-ix-show' },
      ],
      synchronize: {
        configurationSection: 'ixls',
        fileEvents: this.fileWatcher,
      },
      initializationOptions: initializationOptions(read, vscode.env.language),
      outputChannel: serverOutput,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      // Without this handler the library shows the raw error; the controller reports it instead.
      initializationFailedHandler: (error) => {
        this.output.appendLine(`Initialization failed: ${error instanceof Error ? error.message : String(error)}`);
        return false;
      },
      errorHandler: {
        error: () => ({ action: ErrorAction.Continue }),
        closed: () => {
          serverOutput.flush();
          if (!this.stopping) {
            this.reportCrash(crashReported);
          }
          return { action: CloseAction.DoNotRestart, handled: true };
        },
      },
    };

    const client = new IxLanguageClient(CLIENT_ID, 'NEC IX Language Server', serverOptions, clientOptions);
    this.client = client;
    client.onNotification(SERVER_NOTIFICATIONS.linksChanged, (params: unknown) =>
      this.linksEmitter.fire(readLinksChanged(params)),
    );
    // The server sends ixls/linksChanged only to a client that says it takes it.
    client.registerFeature({
      fillClientCapabilities: declareIxlsCapabilities,
      initialize: () => undefined,
      getState: () => ({ kind: 'static' }),
      clear: () => undefined,
    });
    try {
      await client.start();
      // start() also resolves when the process died during initialisation (the close handler
      // has run by then): only a client that is running counts.
      if (client.isRunning()) {
        this.setState({ kind: 'running' });
      } else {
        await this.dropArchive(archive);
        this.reportCrash(crashReported);
      }
    } catch (error) {
      this.output.appendLine(`Start failed: ${error instanceof Error ? error.message : String(error)}`);
      await this.dropArchive(archive);
      this.reportCrash(crashReported);
    }
  }

  /**
   * The class-data archive of this jar and Java, in the extension's global storage (one per jar
   * and runtime, so concurrent windows share it; the server makes it when missing). Undefined when
   * the storage cannot be written: the server then starts without one.
   */
  private async classDataArchive(jar: string, java: JavaRuntime): Promise<ClassDataArchive | undefined> {
    try {
      const dir = path.join(this.context.globalStorageUri.fsPath, 'cds');
      await fs.mkdir(dir, { recursive: true });
      const file = path.join(dir, archiveFileName(await fs.stat(jar), java));
      const exists = await fs.access(file).then(
        () => true,
        () => false,
      );
      return { path: file, exists };
    } catch (error) {
      this.output.appendLine(`Class-data archive: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  /** A start that failed with an archive: the next one goes without it (the server makes a new one). */
  private async dropArchive(archive: ClassDataArchive | undefined): Promise<void> {
    if (archive?.exists) {
      this.output.appendLine(`The server did not start with ${archive.path}; removed it for the next start.`);
      await fs.rm(archive.path, { force: true }).catch(() => undefined);
    }
  }

  private reportCrash(reported: { value: boolean }): void {
    if (reported.value) {
      return;
    }
    reported.value = true;
    const detail = vscode.l10n.t('the server process ended');
    this.setState({ kind: 'failed', detail });
    const restart = vscode.l10n.t('Restart');
    const showOutput = vscode.l10n.t('Show Output');
    void vscode.window
      .showErrorMessage(vscode.l10n.t('The NEC IX language server stopped unexpectedly.'), restart, showOutput)
      .then((choice) => {
        if (choice === restart) {
          void this.restart();
        } else if (choice === showOutput) {
          this.output.show(true);
        }
      });
  }

  private async stopNow(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) {
      this.stopping = true;
      try {
        await client.dispose(STOP_TIMEOUT_MS);
      } catch (error) {
        this.output.appendLine(`Stop: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        this.stopping = false;
      }
    }
    this.setState({ kind: 'stopped' });
  }

  dispose(): void {
    void this.stop();
    this.stateEmitter.dispose();
    this.linksEmitter.dispose();
    this.fileWatcher.dispose();
  }
}
