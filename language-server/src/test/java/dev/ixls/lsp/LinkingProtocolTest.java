package dev.ixls.lsp;

import static dev.ixls.assertions.LspDiagnosticAssertions.code;
import static dev.ixls.lsp.LspSession.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.ixls.Fixtures;
import dev.ixls.analysis.RuleCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A config is linked to its AWS sample from the first diagnostics on, with or without a
 * workspace folder, and every view follows when the link changes: diagnostics, code lenses
 * ({@code workspace/codeLens/refresh}) and {@code ixls/linksChanged}.
 */
class LinkingProtocolTest {

    private static final Set<RuleCode> CROSS_CHECKS = Set.of(RuleCode.IX502, RuleCode.IX503, RuleCode.IX506);

    @TempDir
    Path dir;

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    private static Set<RuleCode> codes(PublishDiagnosticsParams p) {
        return p.getDiagnostics().stream().map(d -> code(d)).collect(Collectors.toSet());
    }

    /** The first diagnostics the client receives for a document. */
    private static PublishDiagnosticsParams first(TestClient client, String uri) throws InterruptedException {
        client.awaitDiagnostics(uri, x -> true);
        return client.diagnostics.stream().filter(p -> p.getUri().equals(uri)).findFirst().orElseThrow();
    }

    @Test
    void samplesNamedInInitializationOptionsLinkOnFirstOpenWithoutAWorkspaceFolder() throws Exception {
        Path sample = Files.createDirectories(dir.resolve("aws")).resolve("vpn-0123abcd.txt");
        Files.copy(Fixtures.path("aws/seed-article-cisco-flattened.txt"), sample);
        Path configs = Files.createDirectories(dir.resolve("configs"));
        // Several sessions: the first diagnostics once depended on which thread won a race.
        for (int run = 0; run < 3; run++) {
            try (LspSession s = new LspSession()) {
                JsonArray samples = new JsonArray();
                samples.add(sample.toString());
                JsonObject options = json("{\"diagnostics\": {\"delayMs\": 0}}");
                options.add("awsSamples", samples);
                s.initialize(null, "en", options);
                String uri = Uris.of(configs.resolve("router-" + run + ".ix"));
                s.open(uri, "nec-ix", 1, Fixtures.read("lsp/e2e/seed-mistakes.ix"));
                Set<RuleCode> codes = codes(first(s.client, uri));
                assertTrue(codes.containsAll(CROSS_CHECKS), "run " + run + ": first diagnostics " + codes);
                s.shutdownAndExit();
            }
        }
    }

    @Test
    void aSampleBesideTheConfigLinksOnFirstOpenWithoutWorkspaceOrSettings() throws Exception {
        Files.copy(Fixtures.path("aws/seed-article-cisco-flattened.txt"), dir.resolve("vpn-0123abcd.txt"));
        try (LspSession s = new LspSession()) {
            s.initialize(null, "en", json("{\"diagnostics\": {\"delayMs\": 0}}"));
            String uri = Uris.of(dir.resolve("router.ix"));
            s.open(uri, "nec-ix", 1, Fixtures.read("lsp/e2e/seed-mistakes.ix"));
            Set<RuleCode> codes = codes(first(s.client, uri));
            assertTrue(codes.containsAll(CROSS_CHECKS), "first diagnostics " + codes);
        }
    }

    @Test
    void aSampleElsewhereInTheWorkspaceLinksOnFirstOpen() throws Exception {
        Path aws = Files.createDirectories(dir.resolve("downloads/aws"));
        Files.copy(Fixtures.path("aws/seed-article-cisco-flattened.txt"), aws.resolve("sample.txt"));
        try (LspSession s = new LspSession()) {
            s.initialize(dir, "en", json("{\"diagnostics\": {\"delayMs\": 0}}"));
            String uri = Uris.of(dir.resolve("router.ix"));
            s.open(uri, "nec-ix", 1, Fixtures.read("lsp/e2e/seed-mistakes.ix"));
            Set<RuleCode> codes = codes(first(s.client, uri));
            assertTrue(codes.containsAll(CROSS_CHECKS), "first diagnostics " + codes);
        }
    }

    @Test
    void whenTheLinkChangesEveryViewFollows() throws Exception {
        Path sample = dir.resolve("downloaded.txt");
        Files.copy(Fixtures.path("aws/seed-article-cisco-flattened.txt"), sample);
        try (LspSession s = new LspSession()) {
            s.initialize(dir, "en", json("{\"diagnostics\": {\"delayMs\": 0}}"));
            String uri = Uris.of(dir.resolve("router.ix"));
            s.open(uri, "nec-ix", 1, Fixtures.read("lsp/e2e/seed-mistakes.ix"));
            s.client.awaitDiagnostics(uri, x -> codes(x).containsAll(CROSS_CHECKS));
            TestClient.await("ixls/linksChanged for the config", () -> s.client.linksChanged.stream()
                    .anyMatch(l -> l.uris().equals(List.of(uri))));
            assertEquals(2, get(s.server.getTextDocumentService().codeLens(new CodeLensParams(
                    new TextDocumentIdentifier(uri)))).size(), "a lens per tunnel");
            // The first check's links are no change of lenses: a lens request computes them itself,
            // and a refresh racing with a closing editor keeps LSP4E's server running (Eclipse e2e).
            assertEquals(0, s.client.codeLensRefreshes.get(), "no lens refresh for a config's first check");
            int told = s.client.linksChanged.size();
            int refreshes = s.client.codeLensRefreshes.get();

            // The sample is deleted: the cross-checks go, the lenses go, and the client is told.
            Files.delete(sample);
            s.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(
                    new FileEvent(Uris.of(sample), FileChangeType.Deleted))));
            s.client.awaitDiagnostics(uri, x -> codes(x).stream().noneMatch(CROSS_CHECKS::contains));
            TestClient.await("ixls/linksChanged after the sample went", () -> s.client.linksChanged.size() > told);
            assertEquals(List.of(uri), s.client.linksChanged.get(s.client.linksChanged.size() - 1).uris());
            assertTrue(s.client.codeLensRefreshes.get() > refreshes, "the lenses are asked for again");
            assertEquals(0, get(s.server.getTextDocumentService().codeLens(new CodeLensParams(
                    new TextDocumentIdentifier(uri)))).size());
        }
    }

    @Test
    void aClientThatDidNotAskIsNotSentIxlsOwnNotification() throws Exception {
        Path sample = dir.resolve("downloaded.txt");
        Files.copy(Fixtures.path("aws/seed-article-cisco-flattened.txt"), sample);
        try (LspSession s = new LspSession()) {
            var caps = LspSession.capabilities(true);
            caps.setExperimental(null);
            s.initialize(dir, "en", json("{\"diagnostics\": {\"delayMs\": 0}}"), caps);
            String uri = Uris.of(dir.resolve("router.ix"));
            s.open(uri, "nec-ix", 1, Fixtures.read("lsp/e2e/seed-mistakes.ix"));
            s.client.awaitDiagnostics(uri, x -> codes(x).containsAll(CROSS_CHECKS));
            Files.delete(sample);
            s.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(
                    new FileEvent(Uris.of(sample), FileChangeType.Deleted))));
            s.client.awaitDiagnostics(uri, x -> codes(x).stream().noneMatch(CROSS_CHECKS::contains));
            assertEquals(List.of(), s.client.linksChanged, "LSP4J in Eclipse logs each as an unsupported method");
        }
    }

    @Test
    void aTranscriptReadsAgainstTheSameOpenConfigWhateverTheOpeningOrder() throws Exception {
        // Two open configs share the transcript's peers: the first by URI is chosen, in every session.
        for (int run = 0; run < 4; run++) {
            Path folder = Files.createDirectories(dir.resolve("run" + run));
            try (LspSession s = new LspSession()) {
                s.initialize(null, "en", json("{\"diagnostics\": {\"delayMs\": 0}}"));
                String a = Uris.of(folder.resolve("a-router.ix"));
                String b = Uris.of(folder.resolve("b-router.ix"));
                for (String uri : run % 2 == 0 ? List.of(b, a) : List.of(a, b)) {
                    s.open(uri, "nec-ix", 1, Fixtures.read("show/configs/seed-wrong-key-2.ix"));
                    s.client.awaitDiagnostics(uri, x -> true);
                }
                String transcript = Uris.of(folder.resolve("tunnels.ixlog"));
                s.open(transcript, "nec-ix-show", 1, Fixtures.read("show/psk-mismatch.txt"));
                PublishDiagnosticsParams p = s.client.awaitDiagnostics(transcript, x -> !x.getDiagnostics().isEmpty());
                Set<String> cited = p.getDiagnostics().stream().filter(d -> d.getRelatedInformation() != null)
                        .flatMap(d -> d.getRelatedInformation().stream()).map(r -> r.getLocation().getUri())
                        .collect(Collectors.toSet());
                assertTrue(cited.contains(a) && !cited.contains(b), "run " + run + ": " + cited);
            }
        }
    }
}
