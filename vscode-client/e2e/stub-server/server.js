// A small stand-in for the ixls language server, used only to check the end-to-end harness
// itself (scripts/e2e-vscode.sh with IXLS_E2E_STUB_SERVER=1). It speaks the same contract in the
// simplest way: IX001 for an IPv4 prefix longer than /32, a fixed completion list,
// ixls.generateConfig creating <sample name>.ix beside the sample, for a router transcript IX702
// on a non-zero hash error counter with a code lens per SA, ixls.detectDocumentKind by two words,
// and on an AWS sample a "Generate IX config" code lens and quick fix. It links samples late, as a
// real server may (ixls.tunnelStatus names none until it sends ixls/linksChanged, a few seconds
// after the first config opened), so that the views' following of linking is exercised. It is
// not the product.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { fileURLToPath, pathToFileURL } = require('node:url');
const {
  createConnection,
  DiagnosticSeverity,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} = require('vscode-languageserver/node');
const { TextDocument } = require('vscode-languageserver-textdocument');

const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
const documents = new TextDocuments(TextDocument);

/** Logs as the real server does: on standard error and as window/logMessage (the client shows it once). */
function log(message) {
  process.stderr.write(`[ixls ${new Date().toISOString().slice(11, 23)} info] ${message}\n`);
  connection.console.log(message);
}

connection.onInitialize((params) => {
  log(`stub server initialized: ${(params.workspaceFolders ?? []).length} workspace folder(s)`);
  connection.console.log(`stub server: initializationOptions ${JSON.stringify(params.initializationOptions)}`);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Full,
      completionProvider: {},
      codeLensProvider: { resolveProvider: false },
      codeActionProvider: true,
      executeCommandProvider: {
        commands: ['ixls.generateConfig', 'ixls.updateFromSample', 'ixls.tunnelStatus', 'ixls.detectDocumentKind'],
      },
    },
  };
});

/** The SAs of a transcript: the peer of each `Remote address is` line, its state and hash error line. */
function transcriptSas(text) {
  const sas = [];
  text.split(/\r?\n/).forEach((line, number) => {
    const remote = line.match(/^Remote address is (\S+?),/);
    if (remote) {
      sas.push({ peer: remote[1], up: false, line: number, hashErrorLine: -1 });
    } else if (sas.length > 0 && /State is established/.test(line)) {
      sas[sas.length - 1].up = true;
      sas[sas.length - 1].line = number;
    } else if (sas.length > 0 && /#ph1 hash err: [1-9]/.test(line)) {
      sas[sas.length - 1].hashErrorLine = number;
      sas[sas.length - 1].line = number;
    }
  });
  return sas;
}

function lensTitle(sa, index) {
  return `Tunnel #${index + 1} · ${sa.peer} · ${sa.up ? 'up' : 'down: Pre-shared key mismatch (IX702)'}`;
}

/** The stub's idea of an AWS sample: a Cisco command and an AWS endpoint. */
function looksLikeSample(text) {
  return /crypto isakmp/.test(text) && /pre-shared-key address \d/.test(text);
}

/** Samples are linked late: after this, ixls.tunnelStatus names them, and the client is told so. */
let linked = false;
function linkLater() {
  if (!linked) {
    setTimeout(() => {
      linked = true;
      void connection.sendNotification('ixls/linksChanged', { uris: [] });
    }, 3000);
  }
}

function validate(document) {
  if (document.languageId === 'nec-ix') {
    linkLater();
  }
  if (document.languageId === 'nec-ix-show') {
    const diagnostics = transcriptSas(document.getText())
      .filter((sa) => sa.hashErrorLine >= 0)
      .map((sa) => ({
        range: { start: { line: sa.hashErrorLine, character: 2 }, end: { line: sa.hashErrorLine, character: 40 } },
        severity: DiagnosticSeverity.Error,
        code: 'IX702',
        source: 'ixls-stub',
        message: `the pre-shared key of ike-policy2 does not match (stub for ${sa.peer})`,
      }));
    void connection.sendDiagnostics({ uri: document.uri, diagnostics });
    return;
  }
  if (document.languageId !== 'nec-ix') {
    return;
  }
  const diagnostics = [];
  document
    .getText()
    .split(/\r?\n/)
    .forEach((line, number) => {
      for (const match of line.matchAll(/\b\d+\.\d+\.\d+\.\d+\/(\d+)\b/g)) {
        if (Number(match[1]) > 32) {
          diagnostics.push({
            range: { start: { line: number, character: match.index }, end: { line: number, character: match.index + match[0].length } },
            severity: DiagnosticSeverity.Error,
            code: 'IX001',
            codeDescription: { href: 'https://example.invalid/ixls/rules/IX001' },
            source: 'ixls-stub',
            message: `prefix length /${match[1]} is longer than 32`,
          });
        }
      }
    });
  void connection.sendDiagnostics({ uri: document.uri, diagnostics });
}
documents.onDidChangeContent((event) => validate(event.document));

const TOP = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

connection.onCodeLens((params) => {
  const document = documents.get(params.textDocument.uri);
  if (document && document.languageId === 'aws-vpn-sample') {
    // As the real server titles it: the IKE version and the connection's id.
    const vpn = /vpn-[0-9a-f]+/.exec(document.getText());
    const title = vpn ? `Generate IX config (IKEv1) (${vpn[0]})` : 'Generate IX config (IKEv1)';
    return [{ range: TOP, command: { title, command: 'ixls.generateConfig', arguments: [document.uri] } }];
  }
  if (!document || document.languageId !== 'nec-ix-show') {
    return [];
  }
  return transcriptSas(document.getText()).map((sa, i) => ({
    range: { start: { line: sa.line, character: 0 }, end: { line: sa.line, character: 0 } },
    command: { title: lensTitle(sa, i), command: 'ixls.showTunnelStatus', arguments: [document.uri] },
  }));
});

connection.onCodeAction((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document || document.languageId !== 'aws-vpn-sample') {
    return [];
  }
  const argument = { uri: document.uri, ikeVersion: 'v1' };
  return [{ title: 'Generate IX config (IKEv1)', kind: 'quickfix', command: { title: 'Generate IX config (IKEv1)', command: 'ixls.generateConfig', arguments: [argument] } }];
});

connection.onCompletion(() =>
  ['interface', 'ip', 'ike', 'ipsec', 'router'].map((label) => ({ label, kind: 14 /* Keyword */ })),
);

connection.onExecuteCommand(async (params) => {
  const [argument] = params.arguments ?? [];
  switch (params.command) {
    case 'ixls.generateConfig': {
      const sample = fileURLToPath(argument.uri);
      const base = path.join(path.dirname(sample), path.basename(sample).replace(/\.[^.]*$/, ''));
      let target = `${base}.ix`;
      for (let n = 2; fs.existsSync(target); n++) {
        target = `${base}-${n}.ix`;
      }
      const uri = pathToFileURL(target).toString();
      const text = `! generated by the e2e stub server from ${path.basename(sample)}\n! ike ${argument.ikeVersion}, outside ${argument.outsideInterface}\n`;
      const applied = await connection.workspace.applyEdit({
        label: 'Generate IX config',
        edit: {
          documentChanges: [
            { kind: 'create', uri, options: { overwrite: false, ignoreIfExists: false } },
            { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
          ],
        },
      });
      if (!applied.applied) {
        throw new Error(`edit not applied: ${applied.failureReason}`);
      }
      return { uri };
    }
    case 'ixls.updateFromSample':
      return { changed: 0 };
    case 'ixls.detectDocumentKind':
      return { kind: looksLikeSample(argument.text ?? '') ? 'awsSample' : 'other' };
    case 'ixls.tunnelStatus': {
      // The samples beside the config, tunnels by their AWS outside address.
      const config = fileURLToPath(argument.uri);
      const configText = fs.readFileSync(config, 'utf8');
      const dir = path.dirname(config);
      const live = config.endsWith('.ixlog') ? transcriptSas(configText) : [];
      const samples = (linked ? fs.readdirSync(dir) : [])
        .filter((name) => /^vpn-[0-9a-f]+\.txt$/.test(name))
        .map((name) => {
          const sampleText = fs.readFileSync(path.join(dir, name), 'utf8');
          const outside = [...sampleText.matchAll(/pre-shared-key address (\S+)/g)].map((m) => m[1]);
          return {
            connectionId: name.replace(/\.txt$/, ''),
            sampleUri: pathToFileURL(path.join(dir, name)).toString(),
            tunnels: outside.map((address, i) => ({
              number: i + 1,
              awsOutside: address,
              interface: configText.includes(address) ? `Tunnel${i}.0` : null,
              checks: [{ name: 'pre-shared key', ok: configText.includes(address) }],
              ...live
                .filter((sa) => sa.peer === address)
                .map((sa, j) => ({
                  live: {
                    state: sa.up ? 'up' : 'down',
                    summary: lensTitle(sa, j).replace(/^.* · /, ''),
                    message: `stub: ${address}`,
                    transcriptUri: argument.uri,
                  },
                }))[0],
            })),
          };
        });
      return { samples };
    }
    default:
      throw new Error(`unknown command ${params.command}`);
  }
});

documents.listen(connection);
connection.listen();
