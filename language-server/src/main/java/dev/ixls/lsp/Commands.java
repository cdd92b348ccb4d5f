package dev.ixls.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.ixls.analysis.diagnose.TranscriptDiagnosis;
import dev.ixls.analysis.diagnose.TunnelDiagnosis;
import dev.ixls.aws.AwsSample;
import dev.ixls.aws.AwsSampleReader;
import dev.ixls.aws.SampleFormatException;
import dev.ixls.convert.ConversionException;
import dev.ixls.convert.ConversionOptions;
import dev.ixls.convert.IkeVersion;
import dev.ixls.convert.LocalAsnNeeded;
import dev.ixls.i18n.Language;
import dev.ixls.i18n.Messages;
import dev.ixls.service.CodeActions;
import dev.ixls.service.ConfigAnalysis;
import dev.ixls.service.DocumentKind;
import dev.ixls.service.GenerateConfig;
import dev.ixls.service.TranscriptSummaries;
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
 * per-tunnel status of a config or of a transcript of router output (with the router's live
 * state). What they show comes from the service layer ({@link TunnelSummaries},
 * {@link TranscriptSummaries}, {@link CodeActions}, {@link GenerateConfig}); this class maps it to
 * the protocol.
 */
final class Commands {

    static final String KIND_GENERATE = "source.ixls.generateConfig";
    static final String KIND_UPDATE = "source.ixls.updateFromSample";
    private static final long APPLY_TIMEOUT_SECONDS = 120;

    private final ServerParts parts;

    Commands(ServerParts parts) {
        this.parts = parts;
    }

    Object execute(String command, List<Object> args, CancelChecker cancel) {
        JsonObject arg = argument(args);
        return switch (command) {
            case IxLanguageServer.CMD_GENERATE -> told(() -> generate(arg, cancel));
            case IxLanguageServer.CMD_UPDATE -> told(() -> update(arg, cancel));
            case IxLanguageServer.CMD_STATUS -> status(uriOf(arg));
            case IxLanguageServer.CMD_SHOW_STATUS -> showStatus(uriOf(arg));
            case IxLanguageServer.CMD_DETECT -> detect(arg);
            default -> throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                    "ixls: unknown command " + command, null));
        };
    }

    /**
     * Runs a command the user started; when it fails, a client that does not say it shows command
     * errors is also sent the failure as an error message (LSP4E drops the error of a code
     * action's or code mining's command, and the user would see nothing happen).
     */
    private Object told(java.util.function.Supplier<Object> command) {
        try {
            return command.get();
        } catch (ResponseErrorException e) {
            LanguageClient client = parts.client().client();
            ResponseError error = e.getResponseError();
            if (client != null && !parts.client().features().showsCommandErrors()
                    && error.getCode() != ResponseErrorCode.RequestCancelled.getValue()) {
                client.showMessage(new org.eclipse.lsp4j.MessageParams(MessageType.Error, error.getMessage()));
            }
            throw e;
        }
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

    // --- what a document is ---

    /**
     * {@code ixls.detectDocumentKind {"uri", "text"?}}: the kind of the given text, else of the
     * open document, else of the file, told by the server's own detectors ({@link DocumentKind}).
     */
    private Map<String, Object> detect(JsonObject arg) {
        String text;
        if (arg.has("text") && arg.get("text").isJsonPrimitive()) {
            text = arg.get("text").getAsString();
        } else {
            String uri = uriOf(arg);
            OpenDocument open = parts.documents().get(uri);
            if (open != null) {
                text = open.text;
            } else {
                Path path = Uris.path(uri).orElse(null);
                text = path == null || !Files.isRegularFile(path) ? null : readTextOrNull(path);
            }
        }
        return Map.of("kind", DocumentKind.of(text).wireName());
    }

    private static String readTextOrNull(Path path) {
        try {
            if (Files.size(path) > DocumentKind.MAX_CHARS) {
                return null;
            }
            TextDecoder.Decoded d = TextDecoder.decode(Files.readAllBytes(path));
            return d.encoding() == TextDecoder.Encoding.BINARY ? null : d.text();
        } catch (IOException e) {
            return null;
        }
    }

    // --- Generate IX config ---

    /**
     * "Generate IX config" per IKE version: as a source action (the editor's Source Action menu asks
     * for {@code source}) and as a quick fix (Ctrl+. / Ctrl+1 anywhere in the sample, which asks
     * with no kind or {@code quickfix}), never both for one request.
     */
    static List<Either<Command, CodeAction>> generateActions(OpenDocument doc, AwsSample sample, Language lang,
            List<String> only) {
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        boolean asSource = only != null && !only.isEmpty() && IxTextDocumentService.wants(only, KIND_GENERATE);
        boolean asQuickFix = only == null || only.isEmpty()
                || IxTextDocumentService.wants(only, org.eclipse.lsp4j.CodeActionKind.QuickFix);
        if (!asSource && !asQuickFix) {
            return out;
        }
        for (IkeVersion v : IkeVersion.values()) {
            String title = GenerateConfig.title(sample, v, lang);
            CodeAction action = new CodeAction(title);
            action.setKind(asSource ? KIND_GENERATE : org.eclipse.lsp4j.CodeActionKind.QuickFix);
            action.setCommand(generateCommand(doc, sample, v, title));
            action.setIsPreferred(v == GenerateConfig.defaultVersion(sample) && asQuickFix && !asSource);
            out.add(Either.forRight(action));
        }
        return out;
    }

    private static Command generateCommand(OpenDocument doc, AwsSample sample, IkeVersion v, String title) {
        JsonObject arg = new JsonObject();
        arg.addProperty("uri", doc.uri);
        arg.addProperty("ikeVersion", v == IkeVersion.V1 ? "v1" : "v2");
        if (sample.connectionId() != null) {
            arg.addProperty("connectionId", sample.connectionId());
        }
        return new Command(title, IxLanguageServer.CMD_GENERATE, List.of(arg));
    }

    /** A lens at the top of a sample: "Generate IX config" per connection, in the version it defaults to. */
    static List<CodeLens> sampleLenses(OpenDocument doc, List<AwsSample> samples, Language lang) {
        List<CodeLens> out = new ArrayList<>();
        for (AwsSample sample : samples) {
            IkeVersion v = GenerateConfig.defaultVersion(sample);
            String title = GenerateConfig.title(sample, v, lang);
            out.add(new CodeLens(new Range(new Position(0, 0), new Position(0, 0)),
                    generateCommand(doc, sample, v, title), null));
        }
        return out;
    }

    private Object generate(JsonObject arg, CancelChecker cancel) {
        String uri = uriOf(arg);
        Path samplePath = Uris.path(uri).orElseThrow(() -> IxTextDocumentService.invalidParams(
                "the sample must be a file: a new file is created beside it"));
        OpenDocument open = parts.documents().get(uri);
        String text = open != null ? open.text : readText(samplePath);
        List<AwsSample> all;
        try {
            all = AwsSampleReader.readAll(text);
        } catch (SampleFormatException e) {
            throw failed(e.message(parts.settings().language()));
        }
        AwsSample sample = all.get(0);
        if (arg.has("connectionId") && arg.get("connectionId").isJsonPrimitive()) {
            String id = arg.get("connectionId").getAsString();
            sample = all.stream().filter(s -> id.equals(s.connectionId())).findFirst()
                    .orElseThrow(() -> IxTextDocumentService.invalidParams(
                            Messages.get(parts.settings().language(), "command.noConnection", "id", id)));
        }
        String config;
        ServerSettings.GenerateDefaults defaults = parts.settings().current().generate();
        try {
            ConversionOptions options = GenerateConfig.options(
                    GenerateConfig.withDefaults(arg, sample, defaults.localAsn(), defaults.natTraversal()), sample);
            config = GenerateConfig.convert(sample, options);
        } catch (LocalAsnNeeded e) {
            throw needLocalAsn(e, parts.settings().language());
        } catch (ConversionException e) {
            throw IxTextDocumentService.invalidParams(e.text().get(parts.settings().language()));
        } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
            throw IxTextDocumentService.invalidParams(e.getMessage());
        }
        cancel.checkCanceled();
        Path target = GenerateConfig.target(samplePath, sample,
                p -> Files.exists(p) || parts.documents().get(Uris.of(p)) != null);
        String targetUri = Uris.of(target);
        LanguageClient client = parts.client().client();
        if (client != null && parts.client().features().createFiles()) {
            WorkspaceEdit edit = new WorkspaceEdit();
            List<Either<TextDocumentEdit, ResourceOperation>> changes = new ArrayList<>();
            changes.add(Either.forRight(new CreateFile(targetUri, new CreateFileOptions(false, false))));
            changes.add(Either.forLeft(new TextDocumentEdit(new VersionedTextDocumentIdentifier(targetUri, null),
                    List.of(Either.forLeft(new TextEdit(new Range(new Position(0, 0), new Position(0, 0)), config))))));
            edit.setDocumentChanges(changes);
            apply(client, edit, Messages.get(parts.settings().language(), "command.generateLabel"));
        } else {
            // The editor cannot create files through an edit: write the file here, never over another.
            try {
                Files.writeString(target, config, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw failed(Messages.get(parts.settings().language(), "command.cannotCreate", "file",
                        target.getFileName(), "error", e.getClass().getSimpleName()));
            }
            if (client != null && parts.client().features().showDocument()) {
                client.showDocument(new ShowDocumentParams(targetUri));
            }
        }
        parts.log().info("generated " + target.getFileName() + " from an AWS sample (" + (sample.connectionId() == null
                ? "no connection ID" : sample.connectionId()) + ")");
        return Map.of("uri", targetUri);
    }

    private String readText(Path path) {
        Language lang = parts.settings().language();
        try {
            TextDecoder.Decoded d = TextDecoder.decode(Files.readAllBytes(path));
            if (d.encoding() == TextDecoder.Encoding.BINARY) {
                throw failed(Messages.get(lang, "command.binaryFile", "file", path.getFileName()));
            }
            return d.text();
        } catch (IOException e) {
            throw failed(Messages.get(lang, "command.cannotRead", "file", path.getFileName(), "error",
                    e.getClass().getSimpleName()));
        }
    }

    private void apply(LanguageClient client, WorkspaceEdit edit, String label) {
        Language lang = parts.settings().language();
        ApplyWorkspaceEditResponse response;
        try {
            response = client.applyEdit(new ApplyWorkspaceEditParams(edit, label)).get(APPLY_TIMEOUT_SECONDS,
                    TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(Messages.get(lang, "command.editNotApplied", "error", "InterruptedException"));
        } catch (ExecutionException | TimeoutException e) {
            throw failed(Messages.get(lang, "command.editNotApplied", "error", e.getClass().getSimpleName()));
        }
        if (response == null || !response.isApplied()) {
            String reason = response == null || response.getFailureReason() == null ? "" : response.getFailureReason();
            throw failed(reason.isEmpty() ? Messages.get(lang, "command.editRefused")
                    : Messages.get(lang, "command.editRefusedBecause", "reason", reason));
        }
    }

    /**
     * The sample needs the customer ASN: InvalidParams with {@code data} {@code {"ixls":
     * "needLocalAsn", "placeholder": "YOUR_BGP_ASN"}}, so that an editor can ask for the number
     * and send the command again with {@code localAsn} (docs/editors.md).
     */
    private static ResponseErrorException needLocalAsn(LocalAsnNeeded e, Language lang) {
        JsonObject data = new JsonObject();
        data.addProperty("ixls", "needLocalAsn");
        data.addProperty("placeholder", e.placeholder());
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                "ixls: " + Messages.get(lang, "command.needLocalAsn", "placeholder", e.placeholder()), data));
    }

    private static ResponseErrorException failed(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed, "ixls: " + message, null));
    }

    // --- Update from AWS sample ---

    private Object update(JsonObject arg, CancelChecker cancel) {
        OpenDocument doc = documentOrFile(uriOf(arg));
        if (doc.isSample() || doc.isTranscript()) {
            throw IxTextDocumentService.invalidParams(doc.isSample() ? "the document is an AWS sample, not an IX config"
                    : "the document is router output (show commands), not an IX config");
        }
        ConfigAnalysis analysis = parts.checks().analysis(doc);
        cancel.checkCanceled();
        CodeActions.Update update = CodeActions.updateFromSample(analysis.diagnostics());
        if (!update.isEmpty()) {
            LanguageClient client = parts.client().client();
            if (client == null) {
                throw failed("no editor connected");
            }
            WorkspaceEdit edit = new WorkspaceEdit();
            if (doc.version >= 0 && parts.client().features().documentChanges()) {
                List<Either<TextDocumentEdit, ResourceOperation>> changes = new ArrayList<>();
                changes.add(Either.forLeft(new TextDocumentEdit(new VersionedTextDocumentIdentifier(doc.uri, doc.version),
                        Lsp.documentEdits(update.edits()))));
                edit.setDocumentChanges(changes);
            } else {
                edit.setChanges(Map.of(doc.uri, Lsp.edits(update.edits())));
            }
            apply(client, edit, Messages.get(parts.settings().language(), "command.updateLabel"));
        }
        // The message is worded here, from the catalogs (plural included), so no client words it.
        return Map.of("changed", update.fixed(), "message",
                CodeActions.updatedMessage(update.fixed(), parts.settings().language()));
    }

    /** The open document, or the file read as a config when the editor has not opened it. */
    private OpenDocument documentOrFile(String uri) {
        OpenDocument doc = parts.documents().get(uri);
        if (doc != null) {
            return doc;
        }
        Path path = Uris.path(uri).orElseThrow(() -> IxTextDocumentService.invalidParams("unknown document"));
        return new OpenDocument(uri, OpenDocument.CONFIG_LANGUAGE, -1, readText(path));
    }

    // --- tunnel status ---

    /** A code lens per tunnel interface, showing how it fares against the linked samples. */
    List<CodeLens> codeLenses(OpenDocument doc, ConfigAnalysis analysis) {
        List<CodeLens> out = new ArrayList<>();
        if (analysis.samples().isEmpty()) {
            return out;
        }
        for (TunnelSummaries.Lens lens : TunnelSummaries.lenses(parts.service().tunnels(analysis),
                parts.settings().language())) {
            Command command = new Command(lens.title(), IxLanguageServer.CMD_SHOW_STATUS, List.of(doc.uri));
            out.add(new CodeLens(Lsp.range(lens.range()), command, null));
        }
        return out;
    }

    private List<TunnelSummary> summaries(OpenDocument doc) {
        return doc.isSample() || doc.isTranscript() || doc.tooLarge() ? List.of()
                : parts.service().tunnels(parts.checks().analysis(doc));
    }

    /**
     * The status as JSON for editors' tunnel views: {@code { "samples": [ { connectionId, sampleUri,
     * tunnels: [ { number, awsOutside, interface, checks, live? } ] } ] }}; {@code live} is the
     * router's state from an open transcript ({@code state, summary, message, transcriptUri}). For a
     * transcript, its tunnels with the checks of the config it reads against.
     */
    private Map<String, Object> status(String uri) {
        OpenDocument doc = documentOrFile(uri);
        if (doc.isTranscript()) {
            return transcriptStatus(parts.transcripts().diagnose(doc));
        }
        Language lang = parts.settings().language();
        Map<String, TranscriptSummaries.Live> live = doc.isSample() ? Map.of() : parts.transcripts().liveFor(doc);
        List<Map<String, Object>> samples = new ArrayList<>();
        for (TunnelSummaries.SampleTunnels sample : TunnelSummaries.bySample(summaries(doc))) {
            List<Map<String, Object>> tunnels = new ArrayList<>();
            for (TunnelSummary s : sample.tunnels()) {
                Map<String, Object> tunnel = new LinkedHashMap<>();
                tunnel.put("number", s.number());
                tunnel.put("awsOutside", s.awsOutside());
                tunnel.put("interface", s.interfaceName());
                tunnel.put("checks", checks(s.checks(), lang));
                if (live.containsKey(s.awsOutside())) {
                    tunnel.put("live", live(live.get(s.awsOutside()), lang));
                }
                tunnels.add(tunnel);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("connectionId", sample.connectionId() == null ? "" : sample.connectionId());
            m.put("sampleUri", sample.sampleUri());
            m.put("tunnels", tunnels);
            samples.add(m);
        }
        return Map.of("samples", samples);
    }

    /** Run by the code lens: the status as a message (editors with their own view bind the command themselves). */
    private Object showStatus(String uri) {
        OpenDocument doc = parts.documents().get(uri);
        if (doc != null && doc.isTranscript()) {
            TranscriptDiagnosis d = parts.transcripts().diagnose(doc);
            parts.client().showMessage(MessageType.Info, TranscriptSummaries.statusLine(d,
                    parts.settings().language()));
            return transcriptStatus(d);
        }
        Map<String, Object> status = status(uri);
        String line = doc == null ? "" : TunnelSummaries.statusLine(summaries(doc), parts.settings().language());
        if (!line.isEmpty()) {
            parts.client().showMessage(MessageType.Info, line);
        }
        return status;
    }

    /** {@code ixls.tunnelStatus} for a transcript: its tunnels by sample, with the config's checks and live state. */
    private Map<String, Object> transcriptStatus(TranscriptDiagnosis d) {
        Language lang = parts.settings().language();
        Map<String, List<TunnelSummary.Check>> configChecks = parts.transcripts().configChecks(d);
        List<Map<String, Object>> samples = new ArrayList<>();
        for (TranscriptSummaries.SampleTunnels sample : TranscriptSummaries.bySample(d)) {
            List<Map<String, Object>> tunnels = new ArrayList<>();
            for (TunnelDiagnosis t : sample.tunnels()) {
                Map<String, Object> tunnel = new LinkedHashMap<>();
                tunnel.put("number", t.number());
                tunnel.put("awsOutside", t.peer());
                tunnel.put("interface", t.interfaceName());
                tunnel.put("checks", checks(configChecks.getOrDefault(t.peer(), List.of()), lang));
                tunnel.put("live", live(TranscriptSummaries.live(t, d.transcriptLocation()), lang));
                tunnels.add(tunnel);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("connectionId", sample.connectionId() == null ? "" : sample.connectionId());
            m.put("sampleUri", sample.sampleLocation() == null ? "" : parts.workspace().toUri(sample.sampleLocation()));
            m.put("tunnels", tunnels);
            samples.add(m);
        }
        return Map.of("samples", samples);
    }

    private static List<Map<String, Object>> checks(List<TunnelSummary.Check> checks, Language lang) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TunnelSummary.Check c : checks) {
            Map<String, Object> check = new LinkedHashMap<>();
            check.put("id", c.id());
            check.put("name", c.name().get(lang));
            check.put("ok", c.ok());
            out.add(check);
        }
        return out;
    }

    /** The live state as the tunnel-status view shows it. */
    private static Map<String, Object> live(TranscriptSummaries.Live live, Language lang) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("state", live.state().label());
        out.put("summary", live.summary().get(lang));
        out.put("message", live.message().get(lang));
        out.put("transcriptUri", live.transcriptLocation());
        return out;
    }
}
