package dev.ixls.lsp;

import java.util.List;
import org.eclipse.lsp4j.jsonrpc.services.JsonNotification;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The client as ixls calls it: LSP's client, and the one notification of ixls's own
 * (docs/editors.md). Clients that do not know it ignore it, as JSON-RPC lets them.
 */
interface IxLanguageClient extends LanguageClient {

    /**
     * {@code ixls/linksChanged}: the AWS samples linked to these configs changed (a sample was
     * found, opened, edited, deleted or named in the settings); clients refresh what shows the links
     * (a status bar, a tunnel-status view) by asking {@code ixls.tunnelStatus} again.
     */
    @JsonNotification("ixls/linksChanged")
    void linksChanged(LinksChanged params);

    /**
     * The parameters of {@code ixls/linksChanged}.
     *
     * @param uris the configs whose linked samples changed; empty means every open config
     */
    record LinksChanged(List<String> uris) {
    }
}
