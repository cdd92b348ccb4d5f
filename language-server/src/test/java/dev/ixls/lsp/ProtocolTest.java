package dev.ixls.lsp;

import static dev.ixls.lsp.LspSession.get;
import static dev.ixls.lsp.LspSession.range;
import static dev.ixls.assertions.LspDiagnosticAssertions.assertRange;
import static dev.ixls.assertions.LspDiagnosticAssertions.code;
import static dev.ixls.assertions.LspDiagnosticAssertions.codes;
import static dev.ixls.assertions.LspDiagnosticAssertions.find;
import static dev.ixls.assertions.LspDiagnosticAssertions.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.ixls.Fixtures;
import dev.ixls.analysis.RuleCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over a real JSON-RPC transport, driven by an LSP4J client: every capability. */
class ProtocolTest {

    @TempDir
    Path workspace;

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    private static final JsonObject NO_DELAY = json("{\"diagnostics\": {\"delayMs\": 0}}");

    private static TextDocumentIdentifier doc(String uri) {
        return new TextDocumentIdentifier(uri);
    }

    private String uri(String name) {
        return Uris.of(workspace.resolve(name));
    }

    @Test
    void initializeAdvertisesEveryCapability() throws Exception {
        try (LspSession s = new LspSession()) {
            InitializeResult result = s.initialize(workspace, "en", NO_DELAY);
            ServerCapabilities c = result.getCapabilities();
            assertEquals("ixls", result.getServerInfo().getName());
            assertEquals("utf-16", c.getPositionEncoding());
            assertEquals(org.eclipse.lsp4j.TextDocumentSyncKind.Incremental, c.getTextDocumentSync().getRight().getChange());
            assertNotNull(c.getCompletionProvider());
            assertTrue(c.getHoverProvider().getLeft());
            assertTrue(c.getDocumentSymbolProvider().getLeft());
            assertTrue(c.getFoldingRangeProvider().getLeft());
            assertTrue(c.getDocumentHighlightProvider().getLeft());
            assertTrue(c.getDefinitionProvider().getLeft());
            assertTrue(c.getReferencesProvider().getLeft());
            assertTrue(c.getRenameProvider().getRight().getPrepareProvider());
            assertTrue(c.getDocumentFormattingProvider().getLeft());
            assertTrue(c.getDocumentRangeFormattingProvider().getLeft());
            assertEquals(List.of("keyword", "enumMember", "struct", "address", "number", "string", "comment",
                    "variable"), c.getSemanticTokensProvider().getLegend().getTokenTypes());
            assertTrue(c.getSemanticTokensProvider().getLegend().getTokenModifiers().contains("secret"));
            assertNotNull(c.getCodeActionProvider());
            assertNotNull(c.getCodeLensProvider());
            assertEquals(List.of("ixls.generateConfig", "ixls.updateFromSample", "ixls.tunnelStatus", "ixls.detectDocumentKind"),
                    c.getExecuteCommandProvider().getCommands());
            TestClient.await("file watching registration", () -> !s.client.registrations.isEmpty());
            assertEquals("workspace/didChangeWatchedFiles",
                    s.client.registrations.get(0).getRegistrations().get(0).getMethod());
            assertEquals(0, s.shutdownAndExit());
        }
    }

    @Test
    void diagnosticsAreVersionedFollowIncrementalEditsAndClearOnClose() throws Exception {
        try (LspSession s = new LspSession()) {
            s.initialize(workspace, "en", NO_DELAY);
            String uri = uri("a.ix");
            s.open(uri, "nec-ix", 1, "ike policy pol1 peer 192.0.2.1 key k prop1\n");
            var first = s.client.awaitDiagnostics(uri, p -> p.getVersion() == 1);
            Diagnostic d = find(first.getDiagnostics(), RuleCode.IX101);
            assertEquals("ixls", d.getSource());
            assertEquals(DiagnosticSeverity.Error, d.getSeverity());
            assertTrue(d.getCodeDescription().getHref().endsWith("docs/rules.md#ix101"), d.getCodeDescription().getHref());
            assertEquals(range(0, 37, 0, 42), d.getRange());

            // Incremental: insert the missing proposal above the policy.
            s.change(uri, 2, range(0, 0, 0, 0), "ike proposal prop1 encryption aes hash sha\n");
            var second = s.client.awaitDiagnostics(uri, p -> p.getVersion() == 2);
            assertFalse(has(second.getDiagnostics(), RuleCode.IX101), codes(second.getDiagnostics()).toString());

            // A typo in the proposal name: unused (tagged unnecessary) and undefined.
            s.change(uri, 3, range(0, 17, 0, 18), "X");
            var third = s.client.awaitDiagnostics(uri, p -> p.getVersion() == 3);
            find(third.getDiagnostics(), RuleCode.IX101);
            assertEquals(List.of(DiagnosticTag.Unnecessary), find(third.getDiagnostics(), RuleCode.IX103).getTags());

            s.close(uri);
            var cleared = s.client.awaitDiagnostics(uri, p -> p.getDiagnostics().isEmpty() && p.getVersion() == null);
            assertNotNull(cleared);
        }
    }

    @Test
    void relatedInformationPointsIntoTheDocument() throws Exception {
        try (LspSession s = new LspSession()) {
            s.initialize(workspace, "en", NO_DELAY);
            String uri = uri("dup.ix");
            s.open(uri, "nec-ix", 1, "ike proposal p encryption aes hash sha\nike proposal p encryption aes-256 hash sha\n"
                    + "ike policy x peer 192.0.2.1 key k p\n");
            var p = s.client.awaitDiagnostics(uri, x -> x.getVersion() == 1);
            Diagnostic dup = find(p.getDiagnostics(), RuleCode.IX102);
            assertEquals(uri, dup.getRelatedInformation().get(0).getLocation().getUri());
            assertEquals(0, dup.getRelatedInformation().get(0).getLocation().getRange().getStart().getLine());
        }
    }

    @Test
    void messagesFollowTheClientsLocaleAndSettings() throws Exception {
        try (LspSession s = new LspSession()) {
            s.initialize(workspace, "ja-JP", NO_DELAY);
            String uri = uri("a.ix");
            s.open(uri, "nec-ix", 1, "ike policy pol1 peer 192.0.2.1 key k prop1\n");
            var ja = s.client.awaitDiagnostics(uri, p -> p.getVersion() == 1);
            assertEquals("IKE プロポーザル「prop1」はこの設定で定義されていません。",
                    find(ja.getDiagnostics(), RuleCode.IX101).getMessage().getLeft());

            // Settings: English, IX101 as a hint; re-checked without an edit.
            s.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
                    json("{\"ixls\": {\"locale\": \"en\", \"rules\": {\"IX101\": \"hint\"}}}")));
            var en = s.client.awaitDiagnostics(uri, p -> p.getVersion() == 1 && p.getDiagnostics().stream()
                    .anyMatch(x -> code(x) == RuleCode.IX101 && x.getSeverity() == DiagnosticSeverity.Hint));
            assertEquals("IKE proposal 'prop1' is not defined in this config.",
                    find(en.getDiagnostics(), RuleCode.IX101).getMessage().getLeft());

            s.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
                    json("{\"ixls\": {\"rules\": {\"IX101\": \"off\", \"IX999\": \"loud\"}}}")));
            s.client.awaitDiagnostics(uri, p -> p.getVersion() == 1
                    && !has(p.getDiagnostics(), RuleCode.IX101));
            TestClient.await("a warning about the bad value", () -> s.client.logs.stream()
                    .anyMatch(m -> m.getMessage().contains("rules.IX999")));
        }
    }

    @Test
    void initializationOptionsAndTheWorkspaceSettingsFile() throws Exception {
        Files.writeString(workspace.resolve(".ixls.json"), "{\"rules\": {\"IX101\": \"warning\", \"IX103\": \"off\"}}");
        try (LspSession s = new LspSession()) {
            s.initialize(workspace, "ja", json("{\"locale\": \"en\", \"diagnostics\": {\"delayMs\": 0},"
                    + " \"rules\": {\"IX101\": \"info\"}}"));
            String uri = uri("a.ix");
            s.open(uri, "nec-ix", 1, "ike proposal unused encryption aes hash sha\nike policy pol1 peer 192.0.2.1 key k p\n");
            var p = s.client.awaitDiagnostics(uri, x -> x.getVersion() == 1);
            assertFalse(has(p.getDiagnostics(), RuleCode.IX103), "IX103 is off in .ixls.json");
            Diagnostic undefined = find(p.getDiagnostics(), RuleCode.IX101);
            assertEquals(DiagnosticSeverity.Information, undefined.getSeverity(), "initializationOptions override the file");
            assertTrue(undefined.getMessage().getLeft().startsWith("IKE proposal"), "English, as the options say");

            // The settings file changes on disk: the open config is checked again under it.
            Files.writeString(workspace.resolve(".ixls.json"), "{\"rules\": {\"IX103\": \"error\"}}");
            s.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(
                    new FileEvent(uri(".ixls.json"), FileChangeType.Changed))));
            var again = s.client.awaitDiagnostics(uri, x -> x.getVersion() == 1 && has(x.getDiagnostics(),
                    RuleCode.IX103));
            assertEquals(DiagnosticSeverity.Error, find(again.getDiagnostics(), RuleCode.IX103).getSeverity());
        }
    }

    @Test
    void everyEditingFeatureOverTheWire() throws Exception {
        try (LspSession s = new LspSession()) {
            s.initialize(workspace, "en", NO_DELAY);
            String uri = uri("seed.ix");
            String text = Fixtures.read("ix/seed-article.ix");
            s.open(uri, "nec-ix", 1, text);
            var ts = s.server.getTextDocumentService();

            var completion = get(ts.completion(new CompletionParams(doc(uri), new Position(4, 22))));
            assertEquals(List.of("encryption"),
                    completion.getRight().getItems().stream().map(i -> i.getLabel()).toList());

            var hover = get(ts.hover(new HoverParams(doc(uri), new Position(6, 4))));
            assertTrue(hover.getContents().getRight().getValue().contains("ike policy"));
            assertNull(get(ts.hover(new HoverParams(doc(uri), new Position(999, 999)))), "clamped to the end: a blank line");

            var symbols = get(ts.documentSymbol(new DocumentSymbolParams(doc(uri))));
            assertEquals("sec-list", symbols.get(0).getRight().getName());

            var folds = get(ts.foldingRange(new FoldingRangeRequestParams(doc(uri))));
            assertTrue(folds.stream().anyMatch(f -> f.getStartLine() == lineOf(text, "router bgp 65000")),
                    "router bgp folds");

            int policyLine = lineOf(text, "ike keepalive ike-policy1");
            var highlights = get(ts.documentHighlight(new DocumentHighlightParams(doc(uri), new Position(policyLine, 16))));
            assertEquals(2, highlights.size());

            var definition = get(ts.definition(new DefinitionParams(doc(uri), new Position(policyLine, 16))));
            assertEquals(lineOf(text, "ike policy ike-policy1"), definition.getLeft().get(0).getRange().getStart().getLine());

            var references = get(ts.references(new ReferenceParams(doc(uri), new Position(policyLine, 16),
                    new ReferenceContext(true))));
            assertEquals(2, references.size());

            var prepare = get(ts.prepareRename(new PrepareRenameParams(doc(uri), new Position(policyLine, 16))));
            assertEquals("ike-policy1", prepare.getSecond().getPlaceholder());
            var refused = assertThrows(ExecutionException.class, () -> get(ts.prepareRename(new PrepareRenameParams(doc(uri),
                    new Position(lineOf(text, "interface Tunnel0.0"), 12)))));
            assertTrue(refused.getCause().getMessage().contains("Interface names"), refused.getCause().getMessage());

            var rename = get(ts.rename(new RenameParams(doc(uri), new Position(policyLine, 16), "aws-1")));
            assertEquals(2, rename.getChanges().get(uri).size());

            assertEquals(List.of(), get(ts.formatting(new DocumentFormattingParams(doc(uri), new FormattingOptions(2, true)))),
                    "the seed article is formatted already");
            s.change(uri, 2, range(lineOf(text, "  no shutdown"), 0, lineOf(text, "  no shutdown"), 2), "");
            var edits = get(ts.formatting(new DocumentFormattingParams(doc(uri), new FormattingOptions(2, true))));
            assertEquals(1, edits.size());
            assertEquals("  ", edits.get(0).getNewText());
            var rangeEdits = get(ts.rangeFormatting(new DocumentRangeFormattingParams(doc(uri),
                    new FormattingOptions(2, true), range(0, 0, 2, 0))));
            assertEquals(List.of(), rangeEdits);

            var tokens = get(ts.semanticTokensFull(new SemanticTokensParams(doc(uri))));
            assertFalse(tokens.getData().isEmpty());
            assertEquals(0, tokens.getData().size() % 5);
            var rangeTokens = get(ts.semanticTokensRange(new SemanticTokensRangeParams(doc(uri), range(2, 0, 2, 99))));
            assertEquals(List.of(2, 0, 2, 0, 0), rangeTokens.getData().subList(0, 5), "'ip' on line 3");

            var lenses = get(ts.codeLens(new CodeLensParams(doc(uri))));
            assertNotNull(lenses);

            var status = get(s.server.getWorkspaceService().executeCommand(new ExecuteCommandParams("ixls.tunnelStatus",
                    List.of(json("{\"uri\": \"" + uri + "\"}")))));
            assertTrue(status.toString().contains("samples"), status.toString());
        }
    }

    @Test
    void quickFixesComeWithTheirDiagnostic() throws Exception {
        try (LspSession s = new LspSession()) {
            s.initialize(workspace, "en", NO_DELAY);
            String uri = uri("a.ix");
            s.open(uri, "nec-ix", 1, "ike proposal p1 encryption aes hash sha\nike policy pol1 peer 192.0.2.1 key k p2\n");
            s.client.awaitDiagnostics(uri, p -> p.getVersion() == 1);
            var actions = get(s.server.getTextDocumentService().codeAction(new CodeActionParams(doc(uri),
                    range(1, 38, 1, 38), new CodeActionContext(List.of()))));
            CodeAction change = actions.stream().map(a -> a.getRight()).filter(a -> a.getTitle().equals("Change to 'p1'"))
                    .findFirst().orElseThrow();
            assertEquals("quickfix", change.getKind());
            assertTrue(change.getIsPreferred());
            assertEquals(RuleCode.IX101, code(change.getDiagnostics().get(0)));
            assertEquals("p1", change.getEdit().getChanges().get(uri).get(0).getNewText());
            var onlySource = get(s.server.getTextDocumentService().codeAction(new CodeActionParams(doc(uri),
                    range(1, 38, 1, 38), new CodeActionContext(List.of(), List.of("source")))));
            assertTrue(onlySource.stream().noneMatch(a -> "quickfix".equals(a.getRight().getKind())));
        }
    }

    @Test
    void workspaceSamplesAreFoundWithProgressAndLinkedByPeer() throws Exception {
        Files.writeString(workspace.resolve("notes.txt"), Fixtures.read("aws/seed-article-cisco-flattened.txt"));
        try (LspSession s = new LspSession()) {
            s.initialize(workspace, "en", NO_DELAY);
            TestClient.await("the scan's end", () -> s.client.progress.stream()
                    .anyMatch(p -> p.getValue().getLeft() instanceof WorkDoneProgressEnd));
            assertEquals(1, s.client.progressCreated.size());
            // Nothing was checked before the scan, so no lens can be stale: no refresh (one racing with
            // an editor closing at start-up keeps LSP4E's server running).
            assertEquals(0, s.client.codeLensRefreshes.get(), "no lens refresh after the first scan");
            assertTrue(s.client.progress.get(0).getValue().getLeft() instanceof WorkDoneProgressBegin);
            String uri = uri("seed.ix");
            String text = Fixtures.read("ix/seed-article.ix");
            s.open(uri, "nec-ix", 1, text);
            s.client.awaitDiagnostics(uri, p -> p.getVersion() == 1);
            int line = lineOf(text, "ike policy ike-policy1");
            var hover = get(s.server.getTextDocumentService().hover(new HoverParams(doc(uri), new Position(line, 30))));
            assertTrue(hover.getContents().getRight().getValue().contains("tunnel #1 of vpn-0e88bfbe4ce7ff72a"),
                    hover.getContents().getRight().getValue());

            // The sample changes on disk: its tunnel #1 moves to another address; the config no longer matches it.
            Files.writeString(workspace.resolve("notes.txt"), Fixtures.read("aws/seed-article-cisco-flattened.txt")
                    .replace("18.182.91.31", "18.182.91.99"));
            int before = s.client.diagnostics.size();
            s.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(
                    new FileEvent(uri("notes.txt"), FileChangeType.Changed))));
            TestClient.await("the linked config re-checked", () -> s.client.diagnostics.size() > before);
            TestClient.await("the moved peer no longer linked", () -> !hoverText(s, uri, line).contains("tunnel #1 of"));
        }
    }

    private static String hoverText(LspSession s, String uri, int line) {
        try {
            var hover = get(s.server.getTextDocumentService().hover(new HoverParams(doc(uri), new Position(line, 30))));
            return hover == null ? "" : hover.getContents().getRight().getValue();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anAddedWorkspaceFolderIsScannedToo() throws Exception {
        Path other = Files.createDirectories(workspace.resolve("other-folder"));
        Path first = Files.createDirectories(workspace.resolve("first-folder"));
        Files.writeString(other.resolve("download.txt"), Fixtures.read("aws/seed-article-cisco-flattened.txt"));
        try (LspSession s = new LspSession()) {
            s.initialize(first, "en", NO_DELAY);
            String uri = Uris.of(first.resolve("seed.ix"));
            String text = Fixtures.read("ix/seed-article.ix");
            s.open(uri, "nec-ix", 1, text);
            s.client.awaitDiagnostics(uri, p -> p.getVersion() == 1);
            int line = lineOf(text, "ike policy ike-policy1");
            String unlinked = hoverText(s, uri, line);
            assertFalse(unlinked.contains("vpn-0e88bfbe4ce7ff72a"), unlinked);
            s.server.getWorkspaceService().didChangeWorkspaceFolders(new org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams(
                    new org.eclipse.lsp4j.WorkspaceFoldersChangeEvent(List.of(new org.eclipse.lsp4j.WorkspaceFolder(
                            Uris.of(other), "other")), List.of())));
            // Wait for the outcome itself (the sample linked), not for "some new diagnostics":
            // the first folder's own scan may publish those first.
            TestClient.await("the new folder's sample linked to the config",
                    () -> hoverText(s, uri, line).contains("tunnel #1 of vpn-0e88bfbe4ce7ff72a"));
        }
    }

    @Test
    void anOpenSampleBeingEditedRechecksItsConfigs() throws Exception {
        try (LspSession s = new LspSession()) {
            s.initialize(workspace, "en", NO_DELAY);
            String config = uri("seed.ix");
            s.open(config, "nec-ix", 1, Fixtures.read("ix/seed-article.ix"));
            s.client.awaitDiagnostics(config, p -> p.getVersion() == 1);
            String sample = uri("sample.txt");
            int before = s.client.diagnostics.size();
            // Opened as plain text: recognised by content.
            s.open(sample, "plaintext", 1, Fixtures.read("aws/seed-article-cisco-flattened.txt"));
            s.client.awaitDiagnostics(sample, p -> p.getVersion() == 1 && p.getDiagnostics().isEmpty());
            TestClient.await("the config re-checked", () -> s.client.diagnostics.stream().skip(before)
                    .anyMatch(p -> p.getUri().equals(config)));
            int line = lineOf(Fixtures.read("ix/seed-article.ix"), "ike policy ike-policy1");
            var hover = get(s.server.getTextDocumentService().hover(new HoverParams(doc(config), new Position(line, 30))));
            assertTrue(hover.getContents().getRight().getValue().contains("vpn-0e88bfbe4ce7ff72a"));

            // Breaking the sample is reported on the sample, and the config is checked again.
            int before2 = s.client.diagnostics.size();
            s.change(sample, 2, null, "crypto isakmp policy 200\n! Amazon Web Services vpn-0e88bfbe4ce7ff72a\n"
                    + "crypto keyring k\n  pre-shared-key address 18.182.91.31 key\n");
            var broken = s.client.awaitDiagnostics(sample, p -> p.getVersion() == 2);
            assertEquals(1, broken.getDiagnostics().size());
            assertEquals(DiagnosticSeverity.Error, broken.getDiagnostics().get(0).getSeverity());
            TestClient.await("the config re-checked", () -> s.client.diagnostics.stream().skip(before2)
                    .anyMatch(p -> p.getUri().equals(config)));
        }
    }

    @Test
    void contentDecidesWhatADocumentIsWhateverTheLanguageId() throws Exception {
        try (LspSession s = new LspSession()) {
            s.initialize(workspace, "en", NO_DELAY);
            String config = uri("mislabelled.txt");
            s.open(config, "aws-vpn-sample", 1, "ike policy pol1 peer 192.0.2.1 key k prop1\n");
            assertTrue(has(s.client.awaitDiagnostics(config, p -> p.getVersion() == 1).getDiagnostics(),
                    RuleCode.IX101), "an IX config, whatever the client called it");
            String prose = uri("prose.txt");
            s.open(prose, "aws-vpn-sample", 1, "Notes from the meeting about the VPN.\n");
            var p = s.client.awaitDiagnostics(prose, x -> x.getVersion() == 1);
            assertEquals(DiagnosticSeverity.Warning, p.getDiagnostics().get(0).getSeverity());
            assertTrue(p.getDiagnostics().get(0).getMessage().getLeft().startsWith("Not recognised as an AWS"));
            String sample = uri("sample.ix");
            s.open(sample, "nec-ix", 1, Fixtures.read("aws/cisco-ios-bgp.txt"));
            assertEquals(List.of(), s.client.awaitDiagnostics(sample, x -> x.getVersion() == 1).getDiagnostics(),
                    "a sample, though opened as an IX config: no IX findings on it");
        }
    }

    @Test
    void generateIxConfigCreatesANewFileBesideTheSampleNeverOverwriting() throws Exception {
        Path sample = workspace.resolve("aws").resolve("download.txt");
        Files.createDirectories(sample.getParent());
        Files.writeString(sample, Fixtures.read("aws/seed-article-cisco-flattened.txt"));
        try (LspSession s = new LspSession()) {
            s.initialize(workspace, "en", NO_DELAY);
            String sampleUri = Uris.of(sample);
            s.open(sampleUri, "aws-vpn-sample", 1, Files.readString(sample));
            var actions = get(s.server.getTextDocumentService().codeAction(new CodeActionParams(doc(sampleUri),
                    range(0, 0, 0, 0), new CodeActionContext(List.of()))));
            List<String> titles = actions.stream().map(a -> a.getRight().getTitle()).toList();
            assertEquals(List.of("Generate IX config (IKEv1) (vpn-0e88bfbe4ce7ff72a)",
                    "Generate IX config (IKEv2) (vpn-0e88bfbe4ce7ff72a)"), titles);
            var command = actions.get(0).getRight().getCommand();
            assertEquals("ixls.generateConfig", command.getCommand());

            Object result = get(s.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(
                    command.getCommand(), command.getArguments())));
            String created = Uris.of(sample.resolveSibling("vpn-0e88bfbe4ce7ff72a.ix"));
            assertEquals(created, obj(result).get("uri").getAsString());
            String config = Files.readString(sample.resolveSibling("vpn-0e88bfbe4ce7ff72a.ix"));
            assertTrue(config.contains("ike policy ike-policy1 peer 18.182.91.31"), config);
            assertEquals(Uris.of(sample.resolveSibling("vpn-0e88bfbe4ce7ff72a.ix")),
                    s.client.edits.get(0).getEdit().getDocumentChanges().get(0).getRight() instanceof
                            org.eclipse.lsp4j.CreateFile cf ? cf.getUri() : null);

            // Again, with options: the first name is taken, so -2; IKEv2 on GigaEthernet0.1.
            Object second = get(s.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(
                    "ixls.generateConfig", List.of(json("{\"uri\": \"" + sampleUri + "\", \"ikeVersion\": \"v2\","
                            + " \"outsideInterface\": \"GigaEthernet0.1\", \"advertise\": [\"192.168.1.0/24\"]}")))));
            Path secondPath = sample.resolveSibling("vpn-0e88bfbe4ce7ff72a-2.ix");
            assertEquals(Uris.of(secondPath), obj(second).get("uri").getAsString());
            String v2 = Files.readString(secondPath);
            assertTrue(v2.contains("ikev2 outgoing-interface GigaEthernet0.1") && v2.contains("network 192.168.1.0/24"), v2);
            assertEquals(config, Files.readString(sample.resolveSibling("vpn-0e88bfbe4ce7ff72a.ix")), "not overwritten");

            var bad = assertThrows(ExecutionException.class, () -> get(s.server.getWorkspaceService().executeCommand(
                    new ExecuteCommandParams("ixls.generateConfig", List.of(json("{\"uri\": \"" + sampleUri
                            + "\", \"ikeVersion\": \"v9\"}"))))));
            assertEquals(ResponseErrorCode.InvalidParams.getValue(),
                    ((ResponseErrorException) bad.getCause()).getResponseError().getCode());
        }
    }

    @Test
    void withoutFileCreationInEditsTheServerWritesTheFileItself() throws Exception {
        Path sample = workspace.resolve("sample.txt");
        Files.writeString(sample, Fixtures.read("aws/cisco-ios-bgp.txt"));
        try (LspSession s = new LspSession()) {
            s.initialize(workspace, "en", NO_DELAY, LspSession.capabilities(false));
            Object result = get(s.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(
                    "ixls.generateConfig", List.of(json("{\"uri\": \"" + Uris.of(sample) + "\"}")))));
            Path created = workspace.resolve("vpn-0a1b2c3d4e5f60718.ix");
            assertEquals(Uris.of(created), obj(result).get("uri").getAsString());
            assertTrue(Files.readString(created).contains("peer 3.112.45.201"));
            assertTrue(s.client.edits.isEmpty());
        }
    }

    @Test
    void updateFromSampleReportsWhatItChanged() throws Exception {
        try (LspSession s = new LspSession()) {
            s.initialize(workspace, "en", NO_DELAY);
            String uri = uri("a.ix");
            s.open(uri, "nec-ix", 1, "hostname a\n");
            Object result = get(s.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(
                    "ixls.updateFromSample", List.of(json("{\"uri\": \"" + uri + "\"}")))));
            assertEquals(0, obj(result).get("changed").getAsInt());
            var missing = assertThrows(ExecutionException.class, () -> get(s.server.getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams("ixls.updateFromSample", List.of()))));
            assertEquals(ResponseErrorCode.InvalidParams.getValue(),
                    ((ResponseErrorException) missing.getCause()).getResponseError().getCode());
        }
    }

    @Test
    void positionsAreUtf16AndOutOfRangeOnesClamp() throws Exception {
        try (LspSession s = new LspSession()) {
            s.initialize(workspace, "en", NO_DELAY);
            String uri = uri("ja.ix");
            // 𠮷 is two UTF-16 units; the edit lands right after it.
            s.open(uri, "nec-ix", 1, "! 𠮷拠点\nike proposal p encryption aes hash sha\n");
            s.change(uri, 2, range(0, 4, 0, 6), "東京");
            s.change(uri, 3, range(1, 0, 1, 0), "! ");
            s.change(uri, 4, range(50, 0, 60, 3), "ike policy x peer 192.0.2.1 key k q\n");
            var p = s.client.awaitDiagnostics(uri, x -> x.getVersion() == 4);
            var formatted = get(s.server.getTextDocumentService().formatting(new DocumentFormattingParams(doc(uri),
                    new FormattingOptions(2, true))));
            assertEquals(List.of(), formatted);
            var symbols = get(s.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(doc(uri))));
            assertEquals(List.of("x"), symbols.stream().map(x -> x.getRight().getName()).toList(),
                    "the proposal line became a comment; the policy was appended at the end");
            assertRange("3:35-3:36", find(p.getDiagnostics(), RuleCode.IX101).getRange());
            var hover = get(s.server.getTextDocumentService().hover(new HoverParams(doc(uri), new Position(2, 500))));
            assertNotNull(hover, "a column past the end clamps to the end of the line, touching the last word");
            assertEquals(range(2, 34, 2, 35), hover.getRange());
        }
    }

    @Test
    void shutdownThenExitEndsWithZeroAndExitAloneWithOne() throws Exception {
        try (LspSession s = new LspSession()) {
            s.initialize(workspace, "en", NO_DELAY);
            assertEquals(0, s.shutdownAndExit());
        }
        try (LspSession s = new LspSession()) {
            s.initialize(workspace, "en", NO_DELAY);
            s.server.exit();
            assertEquals(1, s.harness.awaitExit());
        }
    }

    private static int lineOf(String text, String prefix) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + prefix);
    }

    /** A command's result as JSON, however the client library decoded it. */
    private static JsonObject obj(Object result) {
        return new com.google.gson.Gson().toJsonTree(result).getAsJsonObject();
    }
}
