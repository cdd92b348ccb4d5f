package dev.ixls.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.aws.AwsSample;
import dev.ixls.aws.AwsSampleReader;
import dev.ixls.aws.SampleFormatException;
import dev.ixls.convert.ConversionOptions;
import dev.ixls.convert.IkeVersion;
import dev.ixls.i18n.Language;
import dev.ixls.service.CodeActions;
import dev.ixls.service.ConfigAnalysis;
import dev.ixls.service.GenerateConfig;
import dev.ixls.service.TunnelSummaries;
import dev.ixls.service.TunnelSummary;
import dev.ixls.syntax.TextDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.CreateFileOptions;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The ixls commands ({@code workspace/executeCommand}) and the code actions and lenses that run
 * them: "Generate IX config" on a sample, "Update from AWS sample" on a linked config, and the
 * per-tunnel status.
 */
final class Commands {

    static final String KIND_GENERATE = "source.ixls.generateConfig";
    static final String KIND_UPDATE = "source.ixls.updateFromSample";
    private static final long APPLY_TIMEOUT_SECONDS = 120;

    private Commands() {
    }

    static Object execute(IxLanguageServer server, String command, List<Object> args, CancelChecker cancel) {
        JsonObject arg = argument(args);
        return switch (command) {
            case IxLanguageServer.CMD_GENERATE -> generate(server, arg, cancel);
            case IxLanguageServer.CMD_UPDATE -> update(server, arg, cancel);
            case IxLanguageServer.CMD_STATUS -> status(server, uriOf(arg));
            case IxLanguageServer.CMD_SHOW_STATUS -> showStatus(server, uriOf(arg));
            default -> throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                    "ixls: unknown command " + command, null));
        };
    }

    /** The first argument: an object, or just a URI string (code lenses pass {@code [configUri]}). */
    private static JsonObject argument(List<Object> args) {
        if (args.isEmpty() || args.get(0) == null) {
            throw IxTextDocumentService.invalidParams("the command needs an argument { \"uri\": ... }");
        }
        Object first = args.get(0);
        if (first instanceof JsonObject o) {
            return o;
        }
        if (first instanceof JsonPrimitive p && p.isString()) {
            JsonObject o = new JsonObject();
            o.addProperty("uri", p.getAsString());
            return o;
        }
        if (first instanceof String s) {
            JsonObject o = new JsonObject();
            o.addProperty("uri", s);
            return o;
        }
        if (first instanceof JsonElement e && e.isJsonObject()) {
            return e.getAsJsonObject();
        }
        throw IxTextDocumentService.invalidParams("the command's argument must be an object with a \"uri\"");
    }

    private static String uriOf(JsonObject arg) {
        if (!arg.has("uri") || !arg.get("uri").isJsonPrimitive()) {
            throw IxTextDocumentService.invalidParams("\"uri\" is missing");
        }
        return arg.get("uri").getAsString();
    }

    // --- Generate IX config ---

    static List<Either<Command, CodeAction>> generateActions(OpenDocument doc, AwsSample sample, Language lang) {
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        String vpn = sample.connectionId() == null ? "" : " (" + sample.connectionId() + ")";
        for (IkeVersion v : IkeVersion.values()) {
            String version = v == IkeVersion.V1 ? "IKEv1" : "IKEv2";
            String title = lang == Language.JA ? "IX 設定を生成 (" + version + ")" + vpn
                    : "Generate IX config (" + version + ")" + vpn;
            JsonObject arg = new JsonObject();
            arg.addProperty("uri", doc.uri);
            arg.addProperty("ikeVersion", v == IkeVersion.V1 ? "v1" : "v2");
            if (sample.connectionId() != null) {
                arg.addProperty("connectionId", sample.connectionId());
            }
            CodeAction action = new CodeAction(title);
            action.setKind(KIND_GENERATE);
            action.setCommand(new Command(title, IxLanguageServer.CMD_GENERATE, List.of(arg)));
            out.add(Either.forRight(action));
        }
        return out;
    }

    private static Object generate(IxLanguageServer server, JsonObject arg, CancelChecker cancel) {
        String uri = uriOf(arg);
        Path samplePath = Uris.path(uri).orElseThrow(() -> IxTextDocumentService.invalidParams(
                "the sample must be a file: a new file is created beside it"));
        OpenDocument open = server.document(uri);
        String text = open != null ? open.text : readText(samplePath);
        List<AwsSample> all;
        try {
            all = AwsSampleReader.readAll(text);
        } catch (SampleFormatException e) {
            throw failed(e.getMessage());
        }
        AwsSample sample = all.get(0);
        if (arg.has("connectionId") && arg.get("connectionId").isJsonPrimitive()) {
            String id = arg.get("connectionId").getAsString();
            sample = all.stream().filter(s -> id.equals(s.connectionId())).findFirst()
                    .orElseThrow(() -> IxTextDocumentService.invalidParams("no connection " + id + " in the sample"));
        }
        ConversionOptions options;
        try {
            options = GenerateConfig.options(arg, sample);
        } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
            throw IxTextDocumentService.invalidParams(e.getMessage());
        }
        String config = GenerateConfig.convert(sample, options);
        cancel.checkCanceled();
        Path target = GenerateConfig.target(samplePath, sample,
                p -> Files.exists(p) || server.document(Uris.of(p)) != null);
        String targetUri = Uris.of(target);
        LanguageClient client = server.client();
        if (client != null && canCreateFiles(server)) {
            WorkspaceEdit edit = new WorkspaceEdit();
            List<Either<TextDocumentEdit, ResourceOperation>> changes = new ArrayList<>();
            changes.add(Either.forRight(new CreateFile(targetUri, new CreateFileOptions(false, false))));
            changes.add(Either.forLeft(new TextDocumentEdit(new VersionedTextDocumentIdentifier(targetUri, null),
                    List.of(new TextEdit(new Range(new Position(0, 0), new Position(0, 0)), config)))));
            edit.setDocumentChanges(changes);
            apply(client, edit, server.language() == Language.JA ? "IX 設定を生成" : "Generate IX config");
        } else {
            // The editor cannot create files through an edit: write the file here, never over another.
            try {
                Files.writeString(target, config, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw failed("cannot create " + target.getFileName() + ": " + e.getClass().getSimpleName());
            }
            if (client != null && showDocumentSupport(server)) {
                client.showDocument(new ShowDocumentParams(targetUri));
            }
        }
        server.log.info("generated " + target.getFileName() + " from an AWS sample (" + (sample.connectionId() == null
                ? "no connection ID" : sample.connectionId()) + ")");
        return Map.of("uri", targetUri);
    }

    private static boolean canCreateFiles(IxLanguageServer server) {
        var ws = server.clientCapabilities().getWorkspace();
        if (ws == null || ws.getWorkspaceEdit() == null || !Boolean.TRUE.equals(ws.getApplyEdit())) {
            return false;
        }
        // Resource operations only exist inside documentChanges, so a client that lists "create"
        // takes documentChanges even when it does not say so (Neovim 0.7).
        var edit = ws.getWorkspaceEdit();
        return edit.getResourceOperations() != null && edit.getResourceOperations().contains("create");
    }

    private static boolean showDocumentSupport(IxLanguageServer server) {
        var window = server.clientCapabilities().getWindow();
        return window != null && window.getShowDocument() != null && window.getShowDocument().isSupport();
    }

    private static String readText(Path path) {
        try {
            TextDecoder.Decoded d = TextDecoder.decode(Files.readAllBytes(path));
            if (d.encoding() == TextDecoder.Encoding.BINARY) {
                throw failed(path.getFileName() + " is a binary file");
            }
            return d.text();
        } catch (IOException e) {
            throw failed("cannot read " + path.getFileName() + ": " + e.getClass().getSimpleName());
        }
    }

    private static void apply(LanguageClient client, WorkspaceEdit edit, String label) {
        ApplyWorkspaceEditResponse response;
        try {
            response = client.applyEdit(new ApplyWorkspaceEditParams(edit, label)).get(APPLY_TIMEOUT_SECONDS,
                    TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed("interrupted while the editor applied the edit");
        } catch (ExecutionException | TimeoutException e) {
            throw failed("the editor did not apply the edit (" + e.getClass().getSimpleName() + ")");
        }
        if (response == null || !response.isApplied()) {
            String reason = response == null || response.getFailureReason() == null ? "" : ": "
                    + response.getFailureReason();
            throw failed("the editor refused the edit" + reason);
        }
    }

    private static ResponseErrorException failed(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed, "ixls: " + message, null));
    }

    // --- Update from AWS sample ---

    static String updateTitle(List<LinkedSample> samples, int fixes, Language lang) {
        String vpn = samples.get(0).sample().connectionId() == null ? "" : " " + samples.get(0).sample().connectionId();
        return lang == Language.JA ? "AWS サンプル" + vpn + " から更新（" + fixes + " 件）"
                : "Update from AWS sample" + vpn + " (" + fixes + (fixes == 1 ? " fix)" : " fixes)");
    }

    private static Object update(IxLanguageServer server, JsonObject arg, CancelChecker cancel) {
        String uri = uriOf(arg);
        OpenDocument doc = server.document(uri);
        if (doc == null) {
            Path path = Uris.path(uri).orElseThrow(() -> IxTextDocumentService.invalidParams("unknown document"));
            doc = new OpenDocument(uri, OpenDocument.CONFIG_LANGUAGE, -1, readText(path));
        }
        if (doc.isSample()) {
            throw IxTextDocumentService.invalidParams("the document is an AWS sample, not an IX config");
        }
        ConfigAnalysis analysis = ((IxTextDocumentService) server.getTextDocumentService()).analysis(doc);
        cancel.checkCanceled();
        CodeActions.Update update = CodeActions.updateFromSample(analysis.diagnostics());
        if (!update.isEmpty()) {
            LanguageClient client = server.client();
            if (client == null) {
                throw failed("no editor connected");
            }
            WorkspaceEdit edit = new WorkspaceEdit();
            if (doc.version >= 0 && supportsDocumentChanges(server)) {
                List<Either<TextDocumentEdit, ResourceOperation>> changes = new ArrayList<>();
                changes.add(Either.forLeft(new TextDocumentEdit(new VersionedTextDocumentIdentifier(doc.uri, doc.version),
                        Lsp.edits(update.edits()))));
                edit.setDocumentChanges(changes);
            } else {
                edit.setChanges(Map.of(doc.uri, Lsp.edits(update.edits())));
            }
            apply(client, edit, server.language() == Language.JA ? "AWS サンプルから更新" : "Update from AWS sample");
        }
        return Map.of("changed", update.fixed());
    }

    private static boolean supportsDocumentChanges(IxLanguageServer server) {
        var ws = server.clientCapabilities().getWorkspace();
        return ws != null && ws.getWorkspaceEdit() != null && Boolean.TRUE.equals(ws.getWorkspaceEdit().getDocumentChanges());
    }

    // --- tunnel status ---

    private static List<TunnelSummary> summaries(IxLanguageServer server, OpenDocument doc) {
        if (doc.tooLarge()) {
            return List.of();
        }
        ConfigAnalysis analysis = ((IxTextDocumentService) server.getTextDocumentService()).analysis(doc);
        return TunnelSummaries.of(new AnalysisContext(doc.uri, analysis.config(), analysis.samples(),
                server.service.catalog()));
    }

    static List<CodeLens> codeLenses(IxLanguageServer server, OpenDocument doc, ConfigAnalysis analysis) {
        List<CodeLens> out = new ArrayList<>();
        if (analysis.samples().isEmpty()) {
            return out;
        }
        for (TunnelSummary s : TunnelSummaries.of(new AnalysisContext(doc.uri, analysis.config(), analysis.samples(),
                server.service.catalog()))) {
            if (s.interfaceRange() == null) {
                continue;
            }
            Command command = new Command(TunnelSummaries.lensTitle(s, server.language()),
                    IxLanguageServer.CMD_SHOW_STATUS, List.of(doc.uri));
            out.add(new CodeLens(Lsp.range(s.interfaceRange()), command, null));
        }
        return out;
    }

    private static Map<String, Object> status(IxLanguageServer server, String uri) {
        OpenDocument doc = server.document(uri);
        if (doc == null) {
            Path path = Uris.path(uri).orElseThrow(() -> IxTextDocumentService.invalidParams("unknown document"));
            doc = new OpenDocument(uri, OpenDocument.CONFIG_LANGUAGE, -1, readText(path));
        }
        Language lang = server.language();
        Map<String, Map<String, Object>> bySample = new LinkedHashMap<>();
        if (!doc.isSample()) {
            for (TunnelSummary s : summaries(server, doc)) {
                Map<String, Object> sample = bySample.computeIfAbsent(s.sampleUri() + "\u0000" + s.connectionId(), k -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("connectionId", s.connectionId() == null ? "" : s.connectionId());
                    m.put("sampleUri", s.sampleUri());
                    m.put("tunnels", new ArrayList<Map<String, Object>>());
                    return m;
                });
                List<Map<String, Object>> checks = new ArrayList<>();
                for (TunnelSummary.Check c : s.checks()) {
                    Map<String, Object> check = new LinkedHashMap<>();
                    check.put("id", c.id());
                    check.put("name", c.name().get(lang));
                    check.put("ok", c.ok());
                    checks.add(check);
                }
                Map<String, Object> tunnel = new LinkedHashMap<>();
                tunnel.put("number", s.number());
                tunnel.put("awsOutside", s.awsOutside());
                tunnel.put("interface", s.interfaceName());
                tunnel.put("checks", checks);
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> tunnels = (List<Map<String, Object>>) sample.get("tunnels");
                tunnels.add(tunnel);
            }
        }
        return Map.of("samples", new ArrayList<>(bySample.values()));
    }

    /** Run by the code lens: the status as a message (editors with their own view bind the command themselves). */
    private static Object showStatus(IxLanguageServer server, String uri) {
        Map<String, Object> status = status(server, uri);
        StringBuilder sb = new StringBuilder();
        OpenDocument doc = server.document(uri);
        if (doc != null && !doc.isSample()) {
            for (TunnelSummary s : summaries(server, doc)) {
                if (sb.length() > 0) {
                    sb.append(" | ");
                }
                sb.append(TunnelSummaries.lensTitle(s, server.language()));
                List<String> failing = s.checks().stream().filter(c -> !c.ok()).map(c -> c.name().get(server.language()))
                        .toList();
                if (!failing.isEmpty()) {
                    sb.append(server.language() == Language.JA ? "（NG: " : " (failing: ").append(String.join(", ", failing))
                            .append(server.language() == Language.JA ? "）" : ")");
                }
            }
        }
        if (sb.length() > 0) {
            server.showMessage(MessageType.Info, sb.toString());
        }
        return status;
    }
}
