package dev.ixls.bench;

import dev.ixls.analysis.RuleSettings;
import dev.ixls.service.IxLanguageService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse-and-check of a generated config, beside a baseline that only reads the same file and
 * splits it into lines. Both start from the file's bytes, so the ratio is what checking costs
 * on top of merely reading.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class CheckBenchmark {

    @Param({"1000", "10000", "100000"})
    int lines;

    private Path file;
    private IxLanguageService service;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile("ixls-bench-", ".ix");
        Files.writeString(file, GeneratedConfig.ofLines(lines), StandardCharsets.UTF_8);
        service = new IxLanguageService();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public int baselineReadAndSplit() throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        return text.split("\r\n|\r|\n", -1).length;
    }

    @Benchmark
    public int parseAndCheck() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return service.analyze(file.toString(), bytes, config -> List.of(), RuleSettings.defaults()).diagnostics().size();
    }
}
