package dev.ixls.eclipse.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Process handling of the provider, with a stand-in process (the handshake with the real server is ServerHandshakeIT). */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class IxlsConnectionProviderTest {

    @TempDir
    Path dir;

    private Path echoJar;
    private Path java;
    private IxlsConnectionProvider provider;

    @BeforeEach
    void setUp() throws IOException {
        echoJar = dir.resolve("echo.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, EchoServerMain.class.getName());
        String entry = EchoServerMain.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(echoJar), manifest);
                InputStream classBytes = EchoServerMain.class.getClassLoader().getResourceAsStream(entry)) {
            jar.putNextEntry(new JarEntry(entry));
            classBytes.transferTo(jar);
            jar.closeEntry();
        }
        java = ServerRuntime.javaLauncher(System.getProperty("java.home"));
    }

    @AfterEach
    void tearDown() {
        if (provider != null) {
            provider.stop();
        }
    }

    private static ServerSettings settings(List<String> vmArgs) {
        return new ServerSettings("en", 0, List.of(), vmArgs);
    }

    private static RuntimeLocator locator(ServerRuntime runtime) {
        return () -> runtime;
    }

    @Test
    void startsTheCommandAndConnectsItsStandardStreams() throws Exception {
        Path log = dir.resolve("logs/server.log");
        provider = new IxlsConnectionProvider(settings(List.of("-Xshare:auto")), locator(new ServerRuntime(java, echoJar, log)));
        assertNull(provider.getInputStream(), "no streams before start");
        provider.start();

        OutputStream toServer = provider.getOutputStream();
        byte[] message = "Content-Length: 2\r\n\r\n{}".getBytes(StandardCharsets.US_ASCII);
        toServer.write(message);
        toServer.flush();
        byte[] echoed = provider.getInputStream().readNBytes(message.length);
        assertArrayEquals(message, echoed);
        assertNull(provider.getErrorStream(), "stderr goes to the log");

        Process process = provider.process();
        assertEquals(process.pid(), provider.getAdapter(ProcessHandle.class).pid());
        assertNull(provider.getAdapter(String.class));
        provider.stop();
        assertNull(provider.getAdapter(ProcessHandle.class), "no process after stop");
        assertTrue(process.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), "closing its input lets the process end by itself");
        String logged = Files.readString(log);
        assertTrue(logged.contains("echo-server args: lsp --stdio"), logged);
    }

    @Test
    void stopDestroysAProcessThatDoesNotEndOnItsOwn() throws Exception {
        provider = new IxlsConnectionProvider(settings(List.of("-Decho.ignoreEof=true")),
                locator(new ServerRuntime(java, echoJar, null)));
        provider.start();
        Process process = provider.process();
        long before = System.nanoTime();
        provider.stop();
        assertFalse(process.isAlive());
        assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - before) < 10);
        assertNull(provider.process());
        provider.stop(); // a second stop does nothing
    }

    @Test
    void anUnexpectedExitIsReportedWithTheLogTail() throws Exception {
        Path log = dir.resolve("server.log");
        CompletableFuture<String> reported = new CompletableFuture<>();
        RuntimeLocator locator = new RuntimeLocator() {
            @Override
            public ServerRuntime locate() {
                return new ServerRuntime(java, echoJar, log);
            }

            @Override
            public void serverExitedUnexpectedly(int exitCode, String stderrTail) {
                reported.complete(exitCode + "|" + stderrTail);
            }
        };
        provider = new IxlsConnectionProvider(settings(List.of("-Decho.exit=3")), locator);
        try {
            provider.start();
        } catch (IOException e) {
            // Exited before start() returned: then start() must say so, with the log.
            assertTrue(e.getMessage().contains("code 3") && e.getMessage().contains("echo-server args"), e.getMessage());
            return;
        }
        String report = reported.get(30, TimeUnit.SECONDS);
        assertTrue(report.startsWith("3|"), report);
        assertTrue(report.contains("echo-server args: lsp --stdio"), report);
    }

    @Test
    void anExitAfterStopIsNotReported() throws Exception {
        CompletableFuture<String> reported = new CompletableFuture<>();
        RuntimeLocator locator = new RuntimeLocator() {
            @Override
            public ServerRuntime locate() {
                return new ServerRuntime(java, echoJar, null);
            }

            @Override
            public void serverExitedUnexpectedly(int exitCode, String stderrTail) {
                reported.complete("reported " + exitCode);
            }
        };
        provider = new IxlsConnectionProvider(settings(List.of()), locator);
        provider.start();
        Process process = provider.process();
        provider.stop();
        process.onExit().get(10, TimeUnit.SECONDS);
        Thread.sleep(200);
        assertFalse(reported.isDone(), () -> reported.join());
    }

    @Test
    void aMissingJarOrJavaIsAClearError() {
        List<String> told = new java.util.ArrayList<>();
        provider = new IxlsConnectionProvider(settings(List.of()), new RuntimeLocator() {
            @Override
            public ServerRuntime locate() {
                return new ServerRuntime(java, dir.resolve("missing.jar"), null);
            }

            @Override
            public void serverFailedToStart(String reason) {
                told.add(reason);
            }
        });
        IOException noJar = assertThrows(IOException.class, provider::start);
        assertTrue(noJar.getMessage().contains("missing.jar"), noJar.getMessage());
        assertEquals(List.of(noJar.getMessage()), told, "the failure is reported, for the Error Log and the user");

        provider = new IxlsConnectionProvider(settings(List.of()),
                locator(new ServerRuntime(dir.resolve("no-jdk/bin/java"), echoJar, null)));
        IOException noJava = assertThrows(IOException.class, provider::start);
        assertTrue(noJava.getMessage().contains("no-jdk"), noJava.getMessage());
    }

    @Test
    void aLargeLogIsMovedAsideBeforeAStart() throws Exception {
        Path log = dir.resolve("server.log");
        byte[] old = new byte[(int) IxlsConnectionProvider.LOG_ROTATE_BYTES + 1];
        Files.write(log, old);
        provider = new IxlsConnectionProvider(settings(List.of()), locator(new ServerRuntime(java, echoJar, log)));
        provider.start();
        provider.stop();
        assertEquals(old.length, Files.size(dir.resolve("server.log.1")));
        assertTrue(Files.size(log) < 1000);
    }

    @Test
    void theLogTailStartsAtALine() throws IOException {
        Path log = dir.resolve("tail.log");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            text.append("line ").append(i).append('\n');
        }
        Files.writeString(log, text);
        String tail = IxlsConnectionProvider.tail(log);
        assertTrue(tail.startsWith("line "), tail.substring(0, 20));
        assertTrue(tail.endsWith("line 999"));
        assertTrue(tail.length() <= 4096);
        assertEquals("", IxlsConnectionProvider.tail(dir.resolve("none.log")));
        assertEquals("", IxlsConnectionProvider.tail(null));
    }

    @Test
    void initializationOptionsComeFromTheSettings() {
        provider = new IxlsConnectionProvider(new ServerSettings("ja", 75, List.of(), List.of()),
                locator(new ServerRuntime(java, echoJar, null)));
        @SuppressWarnings("unchecked")
        Map<String, Object> options = (Map<String, Object>) provider.getInitializationOptions(dir.toUri());
        assertEquals("ja", options.get("locale"));
        assertEquals(Map.of("delayMs", 75), options.get("diagnostics"));
    }

    @Test
    void providersAreEqualWhenTheyWouldStartTheSameServer() {
        RuntimeLocator shared = locator(new ServerRuntime(java, echoJar, null));
        IxlsConnectionProvider a = new IxlsConnectionProvider(settings(List.of("-Xmx1g")), shared);
        IxlsConnectionProvider b = new IxlsConnectionProvider(settings(List.of("-Xmx1g")), shared);
        IxlsConnectionProvider c = new IxlsConnectionProvider(settings(List.of("-Xmx2g")), shared);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
    }
}
