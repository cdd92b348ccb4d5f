package dev.ixls.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.service.IxLanguageService;
import dev.ixls.syntax.TextDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The field-style corpus ({@code test-fixtures/field/}): configs in the shapes real routers print
 * and people type, every line valid IX syntax. An error on any of them is a false positive. The
 * warnings are not judged here; {@link #writesTheWarningReport} lists them per file in
 * {@code target/field-report.txt} so that the catalog's growth shows from run to run.
 */
class FieldCorpusTest {

    private final IxLanguageService service = new IxLanguageService();

    @TestFactory
    Stream<DynamicTest> noErrorOnAnyFieldConfig() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : corpus()) {
            tests.add(DynamicTest.dynamicTest(name(file), () -> {
                List<String> errors = diagnostics(file).stream().filter(d -> d.severity() == Severity.ERROR)
                        .map(d -> (d.range().start().line() + 1) + " " + d.code() + " " + d.message().en()).toList();
                assertEquals(List.of(), errors);
            }));
        }
        return tests.stream();
    }

    @Test
    void theCorpusCoversEveryFamily() throws IOException {
        List<Path> files = corpus();
        assertTrue(files.size() >= 30, "field configs: " + files.size());
        for (String family : List.of("pppoe", "ikev1", "ikev2", "bgp-gre", "bgp-etherip", "map-e", "ds-lite", "l2tp",
                "dhcpv6-pd", "qos", "bridges", "watch-groups", "console", "vlan", "management", "aws")) {
            assertTrue(files.stream().anyMatch(f -> f.getParent().getFileName().toString().equals(family)), family);
        }
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.contains("field:") && text.toLowerCase(java.util.Locale.ROOT).contains("seen in"),
                    name(file) + " must say where its shape was seen");
        }
    }

    @Test
    void unknownCommandWarningsOnlyWhereTheLineIsNoConfigOrHasAPlaceholder() throws IOException {
        // Every family the corpus covers is in the catalog: IX001 remains only for placeholders left
        // to fill in (`<...>`, `xxx`) and exec commands typed without a prompt (`write memory`).
        List<String> unexpected = new ArrayList<>();
        for (Path file : corpus()) {
            List<String> lines = TextDecoder.decode(Files.readAllBytes(file)).text().lines().toList();
            for (Diagnostic d : diagnostics(file)) {
                String line = lines.get(d.range().start().line());
                if (d.code() == RuleCode.IX001 && !line.contains("<") && !line.contains("xxx")
                        && !line.startsWith("write ")) {
                    unexpected.add(name(file) + ":" + (d.range().start().line() + 1) + " " + d.message().en());
                }
            }
        }
        assertEquals(List.of(), unexpected);
    }

    /** Not a check: the warnings per file, written to target/field-report.txt and printed. */
    @Test
    void writesTheWarningReport() throws IOException {
        StringBuilder report = new StringBuilder("ixls field corpus: warnings per file (errors must be 0)\n\n");
        int totalErrors = 0;
        int totalWarnings = 0;
        for (Path file : corpus()) {
            Map<RuleCode, Integer> byCode = new TreeMap<>();
            int errors = 0;
            int warnings = 0;
            List<String> lines = new ArrayList<>();
            for (Diagnostic d : diagnostics(file)) {
                if (d.severity() == Severity.ERROR) {
                    errors++;
                } else if (d.severity() == Severity.WARNING) {
                    warnings++;
                    byCode.merge(d.code(), 1, Integer::sum);
                    lines.add("    " + (d.range().start().line() + 1) + " " + d.code() + " " + d.message().en());
                }
            }
            totalErrors += errors;
            totalWarnings += warnings;
            report.append(String.format("%-55s errors %d  warnings %d  %s%n", name(file), errors, warnings,
                    byCode.isEmpty() ? "" : byCode));
            lines.forEach(l -> report.append(l).append('\n'));
        }
        report.append(String.format("%nfiles %d  errors %d  warnings %d%n", corpus().size(), totalErrors,
                totalWarnings));
        Path out = Path.of("target", "field-report.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.print(report);
    }

    private List<Diagnostic> diagnostics(Path file) throws IOException {
        String text = TextDecoder.decode(Files.readAllBytes(file)).text();
        return service.analyze(file.toString(), text, List.of(), RuleSettings.defaults()).diagnostics();
    }

    private static List<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.walk(Fixtures.path("field"))) {
            return files.filter(f -> f.toString().endsWith(".ix")).sorted().toList();
        }
    }

    private static String name(Path file) {
        return Fixtures.path("field").relativize(file).toString().replace('\\', '/');
    }
}
