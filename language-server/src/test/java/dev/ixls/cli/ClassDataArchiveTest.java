package dev.ixls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.ixls.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data archive as the launchers use it, in real JVMs: {@code ixls archive} makes one
 * (also when two first runs race), and whatever archive a start is given (a good one, one the jar
 * has changed under, one of another class path, random bytes) the report on stdout and the LSP
 * stream stay byte for byte what they are without one: the JVM's complaints go to stderr only.
 * The jar is built here from the test class path, as the build's shade step builds ixls.jar.
 */
class ClassDataArchiveTest {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final List<String> CLI = List.of("-Xms32m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    @TempDir
    static Path dir;
    private static Path jar;

    @BeforeAll
    static void buildJar() throws IOException {
        jar = dir.resolve("ixls.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dev.ixls.cli.Main");
        Set<String> written = new HashSet<>();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            written.add("META-INF/MANIFEST.MF");
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                Path p = Path.of(entry);
                String name = p.toString();
                if (Files.isDirectory(p) && !name.contains("test-classes")) {
                    try (Stream<Path> files = Files.walk(p)) {
                        for (Path f : files.filter(Files::isRegularFile).toList()) {
                            copy(out, written, p.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                        }
                    }
                } else if (name.endsWith(".jar") && !name.contains("junit") && !name.contains("opentest4j")
                        && !name.contains("apiguardian") && !name.contains("surefire")) {
                    // The dependencies, the grammars module's jar among them (a folder when run alone).
                    try (JarFile in = new JarFile(p.toFile())) {
                        for (JarEntry e : in.stream().filter(e -> !e.isDirectory()).toList()) {
                            try (InputStream s = in.getInputStream(e)) {
                                copy(out, written, e.getName(), s.readAllBytes());
                            }
                        }
                    }
                }
            }
        }
    }

    private static void copy(JarOutputStream out, Set<String> written, String name, byte[] bytes) throws IOException {
        if (name.startsWith("META-INF/") && (name.endsWith(".SF") || name.endsWith(".RSA") || name.endsWith(".DSA")
                || name.equals("META-INF/MANIFEST.MF")) || name.endsWith("module-info.class") || !written.add(name)) {
            return;
        }
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    /** One JVM run of the jar: exit code, stdout, stderr. */
    private record Run(int code, String out, String err) {
    }

    private static Run run(List<String> jvm, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(jvm);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), String.join(" ", command));
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static List<String> with(Path archive) {
        List<String> options = new ArrayList<>(CLI);
        options.addAll(ClassDataArchive.useOptions(archive));
        return options;
    }

    private static Run check(List<String> jvm) throws IOException, InterruptedException {
        return run(jvm, "check", "--format", "json", "--lang", "en", Fixtures.path("ix/seed-article.ix").toString(),
                "--aws-sample", Fixtures.path("aws/seed-article-cisco-flattened.txt").toString());
    }

    @Test
    void anArchiveIsMadeOnceAndLeavesTheReportAsItIs() throws Exception {
        Path archive = dir.resolve("made/ixls-one.jsa");
        Run made = run(CLI, "archive", archive.toString());
        assertEquals(0, made.code, made.err);
        assertEquals("", made.out, "ixls archive writes nothing on stdout");
        assertTrue(Files.isRegularFile(archive));
        try (Stream<Path> left = Files.list(archive.getParent())) {
            assertEquals(List.of(archive), left.toList(), "no lock or half-made archive is left");
        }
        Run plain = check(CLI);
        Run shared = check(with(archive));
        JsonParser.parseString(plain.out);
        assertEquals(plain.code, shared.code);
        assertEquals(plain.out, shared.out);
        // Asked again, it is there already.
        assertEquals(0, run(CLI, "archive", archive.toString()).code);
    }

    @Test
    void twoFirstRunsAtOnceLeaveOneGoodArchive() throws Exception {
        Path archive = dir.resolve("race/ixls-race.jsa");
        List<Process> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            List<String> command = new ArrayList<>(List.of(JAVA));
            command.addAll(CLI);
            command.addAll(List.of("-jar", jar.toString(), "archive", archive.toString()));
            runs.add(new ProcessBuilder(command).redirectErrorStream(true).start());
        }
        for (Process p : runs) {
            p.getInputStream().readAllBytes();
            assertTrue(p.waitFor(180, TimeUnit.SECONDS));
            assertTrue(p.exitValue() == 0 || p.exitValue() == 1, "exit " + p.exitValue());
        }
        assertTrue(Files.isRegularFile(archive));
        try (Stream<Path> left = Files.list(archive.getParent())) {
            assertEquals(List.of(archive), left.toList());
        }
        assertEquals(check(CLI).out, check(with(archive)).out);
    }

    @Test
    void anArchiveTheJvmRefusesChangesNothingOnStdout() throws Exception {
        Run plain = check(CLI);
        // Made for this jar, then the jar changed (a rebuild): the JVM refuses it.
        Path stale = dir.resolve("stale/ixls-stale.jsa");
        assertEquals(0, run(CLI, "archive", stale.toString()).code);
        Path copy = dir.resolve("stale/ixls.jar");
        Files.copy(jar, copy);
        Path original = jar;
        jar = copy;
        try {
            Files.setLastModifiedTime(copy, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
            assertSame(plain, check(with(stale)));
        } finally {
            jar = original;
        }
        // Random bytes and an empty file.
        Path garbage = dir.resolve("garbage.jsa");
        byte[] bytes = new byte[64 * 1024];
        new Random(15).nextBytes(bytes);
        Files.write(garbage, bytes);
        assertSame(plain, check(with(garbage)));
        Path empty = Files.createFile(dir.resolve("empty.jsa"));
        assertSame(plain, check(with(empty)));
        // Missing.
        assertSame(plain, check(with(dir.resolve("missing.jsa"))));
    }

    private static void assertSame(Run expected, Run actual) {
        assertEquals(expected.code, actual.code, actual.err);
        assertEquals(expected.out, actual.out, "stdout differs; stderr: " + actual.err);
    }

    @Test
    void theLspStreamStaysCleanWithARefusedArchive() throws Exception {
        Path garbage = dir.resolve("lsp-garbage.jsa");
        Files.write(garbage, "not an archive".getBytes(StandardCharsets.US_ASCII));
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(with(garbage));
        command.addAll(List.of("-jar", jar.toString(), "lsp", "--stdio"));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            OutputStream in = p.getOutputStream();
            InputStream out = p.getInputStream();
            send(in, "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"initialize\", \"params\":"
                    + " {\"processId\": null, \"rootUri\": null, \"capabilities\": {}}}");
            // The first bytes on stdout are a frame, and so is everything after them.
            answer(out, 1);
            send(in, "{\"jsonrpc\": \"2.0\", \"id\": 2, \"method\": \"shutdown\"}");
            answer(out, 2);
            send(in, "{\"jsonrpc\": \"2.0\", \"method\": \"exit\"}");
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue());
            // What follows (log messages sent beside the answers) is frames too, to the end.
            java.io.PushbackInputStream rest = new java.io.PushbackInputStream(out);
            for (int b = rest.read(); b >= 0; b = rest.read()) {
                rest.unread(b);
                frame(rest);
            }
        } finally {
            p.destroyForcibly();
        }
    }

    private static void send(OutputStream in, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        in.write(("Content-Length: " + b.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        in.write(b);
        in.flush();
    }

    /** Reads frames (log messages among them) up to the answer with this id. */
    private static void answer(InputStream out, int id) throws IOException {
        while (!frame(out).contains("\"id\":" + id + ",")) {
            // A notification: read on.
        }
    }

    /** One frame: its header must be exactly Content-Length (nothing the JVM printed before it). */
    private static String frame(InputStream out) throws IOException {
        StringBuilder header = new StringBuilder();
        while (!header.toString().endsWith("\r\n\r\n")) {
            int b = out.read();
            assertTrue(b >= 0, "stdout ended inside a header: " + header);
            header.append((char) b);
        }
        assertTrue(header.toString().startsWith("Content-Length: "), "a frame header, not: " + header);
        int length = Integer.parseInt(header.substring(16, header.indexOf("\r\n")).trim());
        String body = new String(out.readNBytes(length), StandardCharsets.UTF_8);
        JsonParser.parseString(body);
        return body.replace(" ", "");
    }

    @Test
    void classesInAFolderMakeNoArchive() {
        // The tests' own JVM runs ixls from target/classes: nothing to archive, and it says so.
        List<dev.ixls.i18n.LocalizedText> said = new ArrayList<>();
        assertFalse(ClassDataArchive.create(dir.resolve("none/ixls-x.jsa"), said::add));
        assertEquals(1, said.size(), said.toString());
        assertEquals("class-data archive: ixls does not run from a jar; none made", said.get(0).en());
        assertTrue(said.get(0).ja().startsWith("クラスデータアーカイブ: "), said.get(0).ja());
        assertFalse(Files.exists(dir.resolve("none/ixls-x.jsa")));
    }
}
