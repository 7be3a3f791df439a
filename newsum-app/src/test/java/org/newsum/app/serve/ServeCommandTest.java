package org.newsum.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsum.app.NewsumCommand;

import picocli.CommandLine;

/** The {@code serve} and {@code bench serve} commands' option handling (the server itself is tested elsewhere). */
class ServeCommandTest {

    record Run(int code, String out, String err) {
    }

    /** Runs the command through the same entry point as {@code main}, so option ranges are checked. */
    static Run run(String... args) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        CommandLine cli = NewsumCommand.commandLine(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        int code = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        return new Run(code, out.toString(java.nio.charset.StandardCharsets.UTF_8),
                err.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void helpNamesTheSafeDefaults() {
        Run r = run("serve", "--help");

        assertThat(r.code()).isZero();
        assertThat(r.out().replaceAll("\\s+", " ")).contains("--port", "default: 8080", "--host", "default: 127.0.0.1",
                "--allow-private-urls");
    }

    @Test
    void impossibleLimitsAreBadOptions() {
        for (String[] bad : new String[][] {{"--queue", "-1"}, {"--read-timeout", "0"}, {"--max-fetches", "0"}}) {
            Run r = run("serve", bad[0], bad[1]);

            assertThat(r.code()).as(bad[0]).isEqualTo(2);
            assertThat(r.err()).startsWith("newsum: ");
        }
    }

    /** A loopback port this test bound and closed again: nothing listens there (unless another process took it since). */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void benchServeBoundsItsSlowClients(@TempDir Path dir) throws Exception {
        ServeFixtures.writeCluster(dir);
        Run r = run("bench", "serve", "--url", "http://127.0.0.1:" + closedPort(), "--slow-clients", "5000",
                dir.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--slow-clients").contains("2000");
    }

    @Test
    void benchServeSaysWhenThereIsNoServer(@TempDir Path dir) throws Exception {
        ServeFixtures.writeCluster(dir);
        // No server on the port; the benchmark stops at its first request.
        int port = closedPort();
        Run r = run("bench", "serve", "--url", "http://127.0.0.1:" + port, "--seconds", "1", dir.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("newsum: cannot reach http://127.0.0.1:" + port
                + "/api/briefs (connection refused); start 'newsum serve' first\n");
    }

    @Test
    void benchServeRefusesAnAddressThatIsNotAServersAsABadOption(@TempDir Path dir) throws Exception {
        ServeFixtures.writeCluster(dir);
        for (String url : new String[] {"not a url", "ftp://127.0.0.1:8080", "127.0.0.1:8080", "http://127.0.0.1:99999"}) {
            Run r = run("bench", "serve", "--url", url, "--seconds", "1", dir.toString());

            assertThat(r.code()).as(url).isEqualTo(2);
            assertThat(r.err()).isEqualTo("newsum: --url must be the server's address, such as http://127.0.0.1:8080, "
                    + "not '" + url + "'\n");
        }
    }

    @Test
    void aHostThatDoesNotResolveIsNamedInWords() {
        Run r = run("serve", "--host", "no-such-host.invalid", "--port", "0");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("newsum: cannot serve on no-such-host.invalid:0 (no such host)\n");
    }
}
