import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A broken language server for proving that scripts/e2e-eclipse.sh fails (IXLS_E2E_BREAK=no-diagnostics):
 * the real ixls server (this jar's own classes) in a child process, with every
 * textDocument/publishDiagnostics notification it sends dropped on the way to the editor.
 * Everything else passes through unchanged.
 */
public final class MuteDiagnostics {

    public static void main(String[] args) throws Exception {
        Path self = Path.of(MuteDiagnostics.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String[] command = new String[args.length + 4];
        command[0] = java.toString();
        command[1] = "-cp";
        command[2] = self.toString();
        command[3] = "dev.ixls.cli.Main";
        System.arraycopy(args, 0, command, 4, args.length);
        Process server = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Thread toServer = new Thread(() -> pump(System.in, server.getOutputStream()), "to-server");
        toServer.setDaemon(true);
        toServer.start();
        try {
            filterFrames(server.getInputStream(), System.out);
        } catch (IOException e) {
            // the server's output ended
        }
        System.exit(server.waitFor());
    }

    private static void pump(InputStream in, OutputStream out) {
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                out.flush();
            }
            out.close();
        } catch (IOException e) {
            // either side closed
        }
    }

    private static void filterFrames(InputStream in, OutputStream out) throws IOException {
        while (true) {
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            int length = -1;
            String line;
            while (!(line = readLine(in, header)).isEmpty()) {
                if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                    length = Integer.parseInt(line.substring(15).trim());
                }
            }
            if (length < 0) {
                return;
            }
            byte[] body = in.readNBytes(length);
            if (body.length < length) {
                return;
            }
            if (new String(body, StandardCharsets.UTF_8).contains("\"textDocument/publishDiagnostics\"")) {
                continue;
            }
            header.writeTo(out);
            out.write(body);
            out.flush();
        }
    }

    private static String readLine(InputStream in, ByteArrayOutputStream copy) throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("end of stream");
            }
            copy.write(b);
            if (b == '\n') {
                int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
                return line.substring(0, end);
            }
            line.append((char) b);
        }
    }
}
