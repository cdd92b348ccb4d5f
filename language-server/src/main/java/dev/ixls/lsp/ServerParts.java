package dev.ixls.lsp;

import dev.ixls.service.IxLanguageService;

/**
 * The parts of the language server the protocol adapters work with, each with its own job: the
 * features ({@code service}), the document store, the workspace and its samples, the settings,
 * the checks of open documents, the transcripts of router output, the threads, the client and the log.
 */
record ServerParts(IxLanguageService service, OpenDocuments documents, Workspace workspace, SettingsLayers settings,
        DocumentChecks checks, Transcripts transcripts, ServerExecutors executors, ClientChannel client,
        ServerLog log) {
}
