// Gives text documents the language LanguageChoices decides: asks the server what a plain text
// file is (ixls.detectDocumentKind, with the start of its text, as the server is not sent plain text
// documents), switches an AWS sample to the sample language, and applies kept choices on reopen.

import * as vscode from 'vscode';
import { DETECT_TEXT_CHARS, SERVER_COMMANDS, readDocumentKindResult } from './contract';
import { LanguageChoices } from './languageChoices';
import { ServerUnavailableError, type ServerController } from './server';

export class DocumentLanguages implements vscode.Disposable {
  private readonly choices: LanguageChoices;
  private readonly disposables: vscode.Disposable[] = [];
  /** Documents being asked about, so that an open and a save do not ask twice. */
  private readonly asking = new Set<string>();
  private unsupportedLogged = false;

  constructor(
    state: vscode.Memento,
    private readonly server: ServerController,
    private readonly output: vscode.OutputChannel,
  ) {
    this.choices = new LanguageChoices(state);
    this.disposables.push(
      vscode.workspace.onDidCloseTextDocument((doc) => this.choices.closed(doc.uri.toString(), doc.languageId)),
      vscode.workspace.onDidOpenTextDocument((doc) => this.opened(doc)),
      vscode.workspace.onDidSaveTextDocument((doc) => {
        // A sample pasted into an empty text file is recognised once saved.
        if (this.choices.shouldDetect(doc.uri.toString(), doc.languageId)) {
          void this.detect(doc);
        }
      }),
      server.onDidChangeState((state) => {
        if (state.kind === 'running') {
          this.detectOpenDocuments();
        }
      }),
    );
    for (const doc of vscode.workspace.textDocuments) {
      this.opened(doc);
    }
  }

  private opened(doc: vscode.TextDocument): void {
    const action = this.choices.opened(doc.uri.toString(), doc.languageId, isFile(doc));
    if (action.kind === 'set') {
      void this.setLanguage(doc, action.languageId);
    } else if (action.kind === 'detect') {
      void this.detect(doc);
    }
  }

  /** Documents opened before the server ran are asked about once it does. */
  private detectOpenDocuments(): void {
    for (const doc of vscode.workspace.textDocuments) {
      if (!doc.isClosed && isFile(doc) && this.choices.shouldDetect(doc.uri.toString(), doc.languageId)) {
        void this.detect(doc);
      }
    }
  }

  private async detect(doc: vscode.TextDocument): Promise<void> {
    const uri = doc.uri.toString();
    if (!isFile(doc) || this.server.state.kind !== 'running' || this.asking.has(uri)) {
      return;
    }
    this.asking.add(uri);
    try {
      const text = doc.getText(new vscode.Range(new vscode.Position(0, 0), doc.positionAt(DETECT_TEXT_CHARS)));
      const kind = readDocumentKindResult(
        await this.server.executeCommand(SERVER_COMMANDS.detectDocumentKind, { uri, text }),
      );
      if (!doc.isClosed) {
        const action = this.choices.detected(uri, doc.languageId, kind, true);
        if (action.kind === 'set') {
          await this.setLanguage(doc, action.languageId);
        }
      }
    } catch (error) {
      if (error instanceof ServerUnavailableError && error.reason === 'unsupported') {
        if (!this.unsupportedLogged) {
          this.unsupportedLogged = true;
          this.output.appendLine(
            `This server does not recognise documents by content (${SERVER_COMMANDS.detectDocumentKind}): AWS samples are recognised by name (vpn-*.txt) and first line only.`,
          );
        }
      } else if (!(error instanceof ServerUnavailableError)) {
        this.output.appendLine(`Detecting ${doc.uri.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
      }
    } finally {
      this.asking.delete(uri);
    }
  }

  private async setLanguage(doc: vscode.TextDocument, languageId: string): Promise<void> {
    const uri = doc.uri.toString();
    this.choices.settingLanguage(uri, languageId);
    try {
      await vscode.languages.setTextDocumentLanguage(doc, languageId);
    } catch (error) {
      this.choices.settingFailed(uri);
      this.output.appendLine(`Setting the language of ${doc.uri.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

function isFile(doc: vscode.TextDocument): boolean {
  return doc.uri.scheme === 'file';
}
