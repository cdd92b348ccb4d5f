package dev.ixls.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The baseline of {@link FleetBenchmark}: walks a folder and reads every file, decoding it as
 * UTF-8 and counting its lines, as {@code ixls check} must at the least. Prints the counts.
 */
public final class ReadFiles {

    private ReadFiles() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        long lines = 0;
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            lines += text.lines().count();
        }
        System.out.println(files.size() + " files, " + lines + " lines");
    }
}
