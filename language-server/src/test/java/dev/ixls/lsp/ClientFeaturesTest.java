package dev.ixls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.ShowDocumentCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.junit.jupiter.api.Test;

/** The client's capabilities, read once at {@code initialize} into flags the features ask. */
class ClientFeaturesTest {

    @Test
    void aClientThatSaysNothingGetsMarkdownAndNothingElse() {
        ClientFeatures expected = new ClientFeatures(false, true, true, false, false, false, false, false, false, false, false);
        assertEquals(expected, ClientFeatures.NONE);
        assertEquals(expected, ClientFeatures.of(new ClientCapabilities()));
        assertEquals(expected, ClientFeatures.of(new ClientCapabilities(new WorkspaceClientCapabilities(),
                new TextDocumentClientCapabilities(), new WindowClientCapabilities(), null)));
    }

    @Test
    void aFullFeaturedEditorGetsEverything() {
        ClientCapabilities caps = LspSession.capabilities(true);
        caps.getWindow().setShowDocument(new ShowDocumentCapabilities(true));
        assertEquals(new ClientFeatures(true, true, true, true, true, true, true, true, true, true, true), ClientFeatures.of(caps));
    }

    @Test
    void ixlsOwnNotificationOnlyForAClientThatAsksForIt() {
        for (String experimental : List.of("null", "{}", "{\"ixls\": {}}", "{\"ixls\": {\"linksChanged\": \"yes\"}}",
                "{\"ixls\": {\"linksChanged\": false}}", "{\"ixls\": true}", "[1]")) {
            ClientCapabilities caps = new ClientCapabilities(null, null, null, com.google.gson.JsonParser.parseString(experimental));
            assertEquals(false, ClientFeatures.of(caps).linksChanged(), experimental);
        }
        ClientCapabilities caps = new ClientCapabilities(null, null, null,
                com.google.gson.JsonParser.parseString("{\"ixls\": {\"linksChanged\": true}, \"other\": 1}"));
        assertEquals(true, ClientFeatures.of(caps).linksChanged());
        assertEquals(false, ClientFeatures.of(caps).showsCommandErrors(), "each flag on its own");
    }

    @Test
    void markdownOnlyWhenTheClientListsIt() {
        TextDocumentClientCapabilities td = new TextDocumentClientCapabilities();
        CompletionItemCapabilities item = new CompletionItemCapabilities(false);
        item.setDocumentationFormat(List.of(MarkupKind.PLAINTEXT));
        td.setCompletion(new CompletionCapabilities(item));
        td.setHover(new HoverCapabilities(List.of(MarkupKind.PLAINTEXT), false));
        ClientFeatures plain = ClientFeatures.of(new ClientCapabilities(null, td, null, null));
        assertEquals(List.of(false, false, false), List.of(plain.snippets(), plain.completionMarkdown(),
                plain.hoverMarkdown()));
        item.setDocumentationFormat(List.of(MarkupKind.PLAINTEXT, MarkupKind.MARKDOWN));
        td.setHover(new HoverCapabilities(List.of(MarkupKind.MARKDOWN), false));
        ClientFeatures markdown = ClientFeatures.of(new ClientCapabilities(null, td, null, null));
        assertEquals(List.of(true, true), List.of(markdown.completionMarkdown(), markdown.hoverMarkdown()));
    }

    @Test
    void creatingFilesNeedsApplyEditAndTheCreateOperation() {
        WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
        WorkspaceEditCapabilities edit = new WorkspaceEditCapabilities();
        edit.setResourceOperations(List.of("create")); // Neovim 0.7: create without documentChanges
        ws.setWorkspaceEdit(edit);
        ClientCapabilities caps = new ClientCapabilities(ws, null, null, null);
        assertEquals(false, ClientFeatures.of(caps).createFiles(), "no applyEdit");
        ws.setApplyEdit(true);
        ClientFeatures neovim = ClientFeatures.of(caps);
        assertEquals(List.of(true, false), List.of(neovim.createFiles(), neovim.documentChanges()));
        edit.setResourceOperations(List.of("rename"));
        assertEquals(false, ClientFeatures.of(caps).createFiles(), "create not listed");
    }
}
