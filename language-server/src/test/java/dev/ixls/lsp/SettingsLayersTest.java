package dev.ixls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.i18n.Language;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings layers: .ixls.json below initializationOptions below the client's section; reload says what changed. */
class SettingsLayersTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    private final SettingsLayers settings = new SettingsLayers(new ServerLog(new PrintStream(logBytes, true,
            StandardCharsets.UTF_8)));

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    @Test
    void laterLayersWinAndReloadTellsWhatWasInForceBefore() throws Exception {
        Files.writeString(root.resolve(".ixls.json"), "{\"rules\": {\"IX101\": \"warning\", \"IX103\": \"off\"},"
                + " \"awsSamples\": [\"aws/a.txt\"]}");
        settings.initialize("ja", json("{\"rules\": {\"IX101\": \"hint\"}}"));
        Optional<ServerSettings> before = settings.reload(Optional.of(root));
        assertEquals(Optional.of(ServerSettings.defaults()), before);
        assertEquals(Language.JA, settings.language());
        assertEquals(Optional.of(Severity.HINT), settings.current().rules().severity(RuleCode.IX101, Severity.ERROR));
        assertTrue(settings.current().rules().isOff(RuleCode.IX103));
        assertEquals(List.of(root.resolve("aws/a.txt")), settings.current().awsSamples());

        assertEquals(Optional.empty(), settings.reload(Optional.of(root)), "nothing changed");

        settings.clientSection(json("{\"locale\": \"en\", \"rules\": {\"IX103\": \"error\"}}"));
        ServerSettings ja = settings.current();
        assertEquals(Optional.of(ja), settings.reload(Optional.of(root)));
        assertEquals(Language.EN, settings.language());
        assertEquals(Optional.of(Severity.ERROR), settings.current().rules().severity(RuleCode.IX103, Severity.HINT));
    }

    @Test
    void aBrokenSettingsFileIsReportedAndLeftOut() throws Exception {
        Files.writeString(root.resolve(".ixls.json"), "{\"rules\": ");
        settings.initialize(null, null);
        assertEquals(Optional.empty(), settings.reload(Optional.of(root)));
        assertEquals(ServerSettings.defaults(), settings.current());
        assertTrue(logBytes.toString(StandardCharsets.UTF_8).contains(".ixls.json:1:11: End of input (not valid JSON; ignored)"),
                logBytes.toString(StandardCharsets.UTF_8));
    }
}
