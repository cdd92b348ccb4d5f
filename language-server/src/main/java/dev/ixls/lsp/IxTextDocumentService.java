package dev.ixls.lsp;

import dev.ixls.analysis.LinkedSample;
import dev.ixls.aws.AwsSample;
import dev.ixls.i18n.Language;
import dev.ixls.model.IxConfig;
import dev.ixls.service.CodeActions;
import dev.ixls.service.Completion;
import dev.ixls.service.CompletionProposal;
import dev.ixls.service.ConfigAnalysis;
import dev.ixls.service.DocumentSymbols;
import dev.ixls.service.Folding;
import dev.ixls.service.IxLanguageService;
import dev.ixls.service.Formatter;
import dev.ixls.service.Navigation;
import dev.ixls.service.SampleIndex;
import dev.ixls.service.SemanticTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * {@code textDocument/*}: document sync and every editing feature. Notifications record the new
 * text and schedule a check; requests run on the server's executor and honour cancellation.
 */
final class IxTextDocumentService implements TextDocumentService {

    private final ServerParts parts;
    private final ServerEvents events;
    private final DiagnosticsScheduler diagnostics;
    private final Commands commands;
    private final IxLanguageService service;
    private final OpenDocuments documents;

    IxTextDocumentService(ServerParts parts, ServerEvents events, DiagnosticsScheduler diagnostics, Commands commands) {
        this.parts = parts;
        this.events = events;
        this.diagnostics = diagnostics;
        this.commands = commands;
        this.service = parts.service();
        this.documents = parts.documents();
    }

    // --- sync ---

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        if (!ready("didOpen") || params == null || params.getTextDocument() == null
                || params.getTextDocument().getUri() == null) {
            return;
        }
        var td = params.getTextDocument();
        OpenDocument doc = new OpenDocument(td.getUri(), td.getLanguageId(), td.getVersion(), td.getText());
        documents.put(doc);
        events.documentChanged(doc);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        if (!ready("didChange") || params == null || params.getTextDocument() == null) {
            return;
        }
        OpenDocument doc = documents.get(params.getTextDocument().getUri());
        if (doc == null) {
            parts.log().warn("didChange for a document that is not open; ignored");
            return;
        }
        Integer version = params.getTextDocument().getVersion();
        OpenDocument next = doc.apply(params.getContentChanges() == null ? List.of() : params.getContentChanges(),
                version == null ? doc.version + 1 : version);
        documents.put(next);
        events.documentChanged(next);
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        if (!ready("didClose") || params == null || params.getTextDocument() == null) {
            return;
        }
        OpenDocument doc = documents.remove(params.getTextDocument().getUri());
        if (doc == null) {
            return;
        }
        diagnostics.clear(doc);
        parts.checks().closed(doc);
        SampleIndex samples = parts.workspace().samples();
        if (samples.closeOpen(doc.key)) {
            // The disk's version of the sample counts again.
            parts.executors().workspace(() -> {
                Uris.path(doc.key).ifPresent(p -> samples.updateFile(doc.key, p));
                events.samplesChanged(java.util.Set.of(doc.key));
            });
        }
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // The text is already known from didChange.
    }

    private boolean ready(String what) {
        if (!events.isInitialized()) {
            parts.log().warn(what + " before initialize; ignored");
            return false;
        }
        return true;
    }

    // --- requests ---

    private <T> CompletableFuture<T> request(Function<CancelChecker, T> body) {
        return parts.executors().request(body);
    }

    /** The open config a request is about, or null (a sample, or a document the client never opened). */
    private OpenDocument config(TextDocumentIdentifier id) {
        if (id == null) {
            throw invalidParams("textDocument is missing");
        }
        OpenDocument doc = documents.get(id.getUri());
        return doc == null || doc.tooLarge() || doc.isSample() || doc.isTranscript() ? null : doc;
    }

    /**
     * A request about one open config: missing params are invalid; a sample or a document the client
     * never opened gets {@code none}; otherwise {@code body} answers.
     */
    private <P, T> CompletableFuture<T> onConfig(P params, Function<P, TextDocumentIdentifier> document, T none,
            BiFunction<OpenDocument, CancelChecker, T> body) {
        return request(cancel -> {
            require(params, "params");
            OpenDocument doc = config(document.apply(params));
            return doc == null ? none : body.apply(doc, cancel);
        });
    }

    /** A refused rename, as the error the client shows the user. */
    private ResponseErrorException refused(Navigation.RenameRefused e) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed,
                e.reason().get(parts.settings().language()), null));
    }

    static ResponseErrorException invalidParams(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, "ixls: " + message, null));
    }

    private static <T> T require(T value, String what) {
        if (value == null) {
            throw invalidParams(what + " is missing");
        }
        return value;
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return onConfig(params, CompletionParams::getTextDocument, Either.forRight(new CompletionList(false, List.of())),
                (doc, cancel) -> {
            IxConfig model = doc.model(service);
            cancel.checkCanceled();
            List<LinkedSample> linked = parts.workspace().linkedTo(model);
            ClientFeatures features = parts.client().features();
            List<CompletionProposal> proposals = service.completion().complete(model, linked,
                    parts.workspace().samples().all(), Lsp.position(require(params.getPosition(), "position")),
                    new Completion.Options(parts.settings().language(), features.snippets()));
            List<CompletionItem> items = new ArrayList<>(proposals.size());
            boolean markdown = features.completionMarkdown();
            for (CompletionProposal p : proposals) {
                items.add(item(p, markdown));
            }
            return Either.forRight(new CompletionList(false, items));
        });
    }

    private static CompletionItem item(CompletionProposal p, boolean markdown) {
        CompletionItem item = new CompletionItem(p.label());
        item.setKind(switch (p.kind()) {
            case KEYWORD -> CompletionItemKind.Keyword;
            case VALUE -> CompletionItemKind.EnumMember;
            case REFERENCE -> CompletionItemKind.Reference;
            case ADDRESS, NUMBER -> CompletionItemKind.Value;
            case SNIPPET -> CompletionItemKind.Snippet;
        });
        item.setDetail(p.detail());
        if (p.documentation() != null) {
            item.setDocumentation(new MarkupContent(markdown ? MarkupKind.MARKDOWN : MarkupKind.PLAINTEXT,
                    p.documentation()));
        }
        item.setSortText(p.sortText());
        item.setFilterText(p.kind() == CompletionProposal.Kind.SNIPPET ? p.label() : p.insertText());
        item.setInsertTextFormat(p.snippet() ? InsertTextFormat.Snippet : InsertTextFormat.PlainText);
        item.setTextEdit(Either.forLeft(new TextEdit(Lsp.range(p.replace()), p.insertText())));
        return item;
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return onConfig(params, HoverParams::getTextDocument, null, (doc, cancel) -> {
            IxConfig model = doc.model(service);
            cancel.checkCanceled();
            return service.hover().hover(model, parts.workspace().linkedTo(model),
                    Lsp.position(require(params.getPosition(), "position")), parts.settings().language())
                    .map(h -> new Hover(new MarkupContent(parts.client().features().hoverMarkdown()
                            ? MarkupKind.MARKDOWN : MarkupKind.PLAINTEXT,
                            h.markdown()), Lsp.range(h.range())))
                    .orElse(null);
        });
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
            DocumentSymbolParams params) {
        return onConfig(params, DocumentSymbolParams::getTextDocument, List.of(), (doc, cancel) -> {
            List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
            for (DocumentSymbols.OutlineSymbol s : service.documentSymbols()
                    .of(doc.model(service).parsed(), parts.settings().language())) {
                out.add(Either.forRight(symbol(s)));
            }
            return out;
        });
    }

    private static DocumentSymbol symbol(DocumentSymbols.OutlineSymbol s) {
        SymbolKind kind = switch (s.kind()) {
            case INTERFACE -> SymbolKind.Interface;
            case STRUCT -> SymbolKind.Struct;
            case NAMESPACE -> SymbolKind.Namespace;
        };
        List<DocumentSymbol> children = new ArrayList<>();
        for (DocumentSymbols.OutlineSymbol c : s.children()) {
            children.add(symbol(c));
        }
        return new DocumentSymbol(s.name(), kind, Lsp.range(s.range()), Lsp.range(s.selectionRange()), s.detail(),
                children);
    }

    @Override
    public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
        return onConfig(params, FoldingRangeRequestParams::getTextDocument, List.of(), (doc, cancel) -> {
            List<FoldingRange> out = new ArrayList<>();
            for (Folding.Fold f : Folding.of(doc.model(service).parsed())) {
                FoldingRange r = new FoldingRange(f.startLine(), f.endLine());
                r.setKind(f.kind() == Folding.Kind.COMMENT ? FoldingRangeKind.Comment : FoldingRangeKind.Region);
                out.add(r);
            }
            return out;
        });
    }

    @Override
    public CompletableFuture<List<? extends DocumentHighlight>> documentHighlight(DocumentHighlightParams params) {
        return onConfig(params, DocumentHighlightParams::getTextDocument, List.of(), (doc, cancel) -> {
            List<DocumentHighlight> out = new ArrayList<>();
            for (Navigation.Highlight h : service.navigation().highlights(doc.model(service),
                    Lsp.position(require(params.getPosition(), "position")))) {
                out.add(new DocumentHighlight(Lsp.range(h.range()), switch (h.kind()) {
                    case TEXT -> DocumentHighlightKind.Text;
                    case READ -> DocumentHighlightKind.Read;
                    case WRITE -> DocumentHighlightKind.Write;
                }));
            }
            return out;
        });
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        return onConfig(params, DefinitionParams::getTextDocument, Either.forLeft(List.of()), (doc, cancel) -> {
            List<Location> out = new ArrayList<>();
            for (dev.ixls.syntax.Range r : service.navigation().definition(doc.model(service),
                    Lsp.position(require(params.getPosition(), "position")))) {
                out.add(new Location(doc.uri, Lsp.range(r)));
            }
            return Either.forLeft(out);
        });
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        return onConfig(params, ReferenceParams::getTextDocument, List.of(), (doc, cancel) -> {
            List<Location> out = new ArrayList<>();
            boolean declarations = params.getContext() == null || params.getContext().isIncludeDeclaration();
            for (dev.ixls.syntax.Range r : service.navigation().references(doc.model(service),
                    Lsp.position(require(params.getPosition(), "position")), declarations)) {
                out.add(new Location(doc.uri, Lsp.range(r)));
            }
            return out;
        });
    }

    @Override
    public CompletableFuture<Either3<org.eclipse.lsp4j.Range, PrepareRenameResult, PrepareRenameDefaultBehavior>>
            prepareRename(PrepareRenameParams params) {
        return onConfig(params, PrepareRenameParams::getTextDocument, null, (doc, cancel) -> {
            IxConfig model = doc.model(service);
            try {
                dev.ixls.syntax.Range r = service.navigation().prepareRename(model,
                        Lsp.position(require(params.getPosition(), "position")));
                String placeholder = Navigation.symbolAt(model, r.start()).map(Navigation.Symbol::name).orElse("");
                return Either3.forSecond(new PrepareRenameResult(Lsp.range(r), placeholder));
            } catch (Navigation.RenameRefused e) {
                throw refused(e);
            }
        });
    }

    @Override
    public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
        return onConfig(params, RenameParams::getTextDocument, null, (doc, cancel) -> {
            try {
                List<dev.ixls.analysis.TextEdit> edits = service.navigation().rename(doc.model(service),
                        Lsp.position(require(params.getPosition(), "position")), params.getNewName());
                return new WorkspaceEdit(Map.of(doc.uri, Lsp.edits(edits)));
            } catch (Navigation.RenameRefused e) {
                throw refused(e);
            }
        });
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        return onConfig(params, DocumentFormattingParams::getTextDocument, List.of(),
                (doc, cancel) -> Lsp.edits(Formatter.format(doc.model(service).parsed())));
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> rangeFormatting(DocumentRangeFormattingParams params) {
        return onConfig(params, DocumentRangeFormattingParams::getTextDocument, List.of(), (doc, cancel) -> {
            dev.ixls.syntax.Range r = Lsp.range(require(params.getRange(), "range"));
            int last = r.end().character() == 0 && r.end().line() > r.start().line() ? r.end().line() - 1
                    : r.end().line();
            return Lsp.edits(Formatter.format(doc.model(service).parsed(), r.start().line(), last));
        });
    }

    @Override
    public CompletableFuture<org.eclipse.lsp4j.SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
        return onConfig(params, SemanticTokensParams::getTextDocument, new org.eclipse.lsp4j.SemanticTokens(List.of()),
                (doc, cancel) -> tokens(service.semanticTokens().tokens(doc.model(service).parsed())));
    }

    @Override
    public CompletableFuture<org.eclipse.lsp4j.SemanticTokens> semanticTokensRange(SemanticTokensRangeParams params) {
        return onConfig(params, SemanticTokensRangeParams::getTextDocument,
                new org.eclipse.lsp4j.SemanticTokens(List.of()), (doc, cancel) -> {
            dev.ixls.syntax.Range r = Lsp.range(require(params.getRange(), "range"));
            return tokens(service.semanticTokens().tokens(doc.model(service).parsed(), r.start().line(),
                    r.end().line()));
        });
    }

    private static org.eclipse.lsp4j.SemanticTokens tokens(List<SemanticTokens.Token> tokens) {
        int[] data = SemanticTokens.encode(tokens);
        List<Integer> list = new ArrayList<>(data.length);
        for (int v : data) {
            list.add(v);
        }
        return new org.eclipse.lsp4j.SemanticTokens(list);
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return request(cancel -> {
            require(params, "params");
            require(params.getTextDocument(), "textDocument");
            OpenDocument doc = documents.get(params.getTextDocument().getUri());
            List<Either<Command, CodeAction>> out = new ArrayList<>();
            if (doc == null || doc.tooLarge()) {
                return out;
            }
            List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
            Language lang = parts.settings().language();
            if (doc.isTranscript()) {
                return out; // router output: nothing to fix in it
            }
            if (doc.isSample()) {
                for (AwsSample s : doc.sample().map(SampleIndex.Entry::samples).orElse(List.of())) {
                    out.addAll(Commands.generateActions(doc, s, lang, only));
                }
                return out;
            }
            ConfigAnalysis analysis = parts.checks().analysis(doc);
            cancel.checkCanceled();
            if (wants(only, CodeActionKind.QuickFix)) {
                Function<String, String> toUri = parts.workspace().uriMapper();
                for (CodeActions.QuickFix fix : CodeActions.quickFixes(analysis.diagnostics(),
                        Lsp.range(require(params.getRange(), "range")), lang)) {
                    CodeAction action = new CodeAction(fix.title());
                    action.setKind(CodeActionKind.QuickFix);
                    action.setDiagnostics(List.of(Lsp.diagnostic(fix.diagnostic(), doc.uri, lang, toUri)));
                    action.setEdit(new WorkspaceEdit(Map.of(doc.uri, Lsp.edits(fix.edits()))));
                    action.setIsPreferred(fix.preferred());
                    out.add(Either.forRight(action));
                }
            }
            if (wants(only, Commands.KIND_UPDATE) && !analysis.samples().isEmpty()) {
                CodeActions.Update update = CodeActions.updateFromSample(analysis.diagnostics());
                if (!update.isEmpty()) {
                    CodeAction action = new CodeAction(CodeActions.updateTitle(analysis.samples(), update.fixed(),
                            lang));
                    action.setKind(Commands.KIND_UPDATE);
                    action.setEdit(new WorkspaceEdit(Map.of(doc.uri, Lsp.edits(update.edits()))));
                    out.add(Either.forRight(action));
                }
            }
            return out;
        });
    }

    /** Whether the client's {@code only} filter lets a kind through (a parent kind covers its children). */
    static boolean wants(List<String> only, String kind) {
        if (only == null || only.isEmpty()) {
            return true;
        }
        for (String o : only) {
            if (kind.equals(o) || kind.startsWith(o + ".")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
        return request(cancel -> {
            OpenDocument doc = require(params, "params").getTextDocument() == null ? null
                    : documents.get(params.getTextDocument().getUri());
            if (doc != null && doc.isTranscript()) {
                return parts.transcripts().codeLenses(doc);
            }
            if (doc != null && !doc.tooLarge() && doc.isSample()) {
                return Commands.sampleLenses(doc, doc.sample().map(SampleIndex.Entry::samples).orElse(List.of()),
                        parts.settings().language());
            }
            OpenDocument config = config(params.getTextDocument());
            return config == null ? List.of() : commands.codeLenses(config, parts.checks().analysis(config));
        });
    }
}
