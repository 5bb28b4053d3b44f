package io.universestudio.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PacketLineOut;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.RefAdvertiser;
import org.eclipse.jgit.transport.UploadPack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.zip.GZIPInputStream;

/**
 * A real git smart-HTTP server for tests (JGit's own UploadPack and ReceivePack on the JDK HTTP server)
 * that requires Basic authentication, on loopback. Same protocol as an https host, without TLS. It lets in
 * only the one user name and password it was made with, and remembers every user name it was sent.
 */
public final class GitHttpTestServer implements AutoCloseable {

    private final HttpServer server;
    private final Repository repository;
    private final String expectedAuthorization;
    private final Set<String> usersSeen = new ConcurrentSkipListSet<>();

    public GitHttpTestServer(Path bareRepository, String user, String password) throws IOException {
        this.repository = new FileRepositoryBuilder().setGitDir(bareRepository.toFile()).setMustExist(true).build();
        this.expectedAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/universe.git/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/universe.git";
    }

    /** The user names clients signed in with, right or wrong (never the passwords). */
    public Set<String> usersSeen() {
        return Set.copyOf(usersSeen);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization != null && authorization.startsWith("Basic ")) {
                String pair = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
                usersSeen.add(pair.substring(0, Math.max(0, pair.indexOf(':'))));
            }
            if (!expectedAuthorization.equals(authorization)) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"git\"");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getQuery();
            if (path.endsWith("/info/refs") && query != null && query.startsWith("service=")) {
                advertise(exchange, query.substring("service=".length()));
            } else if (path.endsWith("/git-upload-pack")) {
                respond(exchange, "git-upload-pack", (in, out) -> {
                    UploadPack up = new UploadPack(repository);
                    up.setBiDirectionalPipe(false);
                    up.uploadWithExceptionPropagation(in, out, null);
                });
            } else if (path.endsWith("/git-receive-pack")) {
                respond(exchange, "git-receive-pack", (in, out) -> {
                    ReceivePack rp = new ReceivePack(repository);
                    rp.setBiDirectionalPipe(false);
                    rp.receive(in, out, null);
                });
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private void advertise(HttpExchange exchange, String service) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/x-" + service + "-advertisement");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            PacketLineOut pck = new PacketLineOut(out);
            pck.writeString("# service=" + service + "\n");
            pck.end();
            RefAdvertiser.PacketLineOutRefAdvertiser adv = new RefAdvertiser.PacketLineOutRefAdvertiser(pck);
            if (service.equals("git-upload-pack")) {
                UploadPack up = new UploadPack(repository);
                up.setBiDirectionalPipe(false);
                up.sendAdvertisedRefs(adv);
            } else {
                ReceivePack rp = new ReceivePack(repository);
                rp.setBiDirectionalPipe(false);
                rp.sendAdvertisedRefs(adv);
            }
        }
    }

    private interface Service {
        void run(InputStream in, OutputStream out) throws IOException;
    }

    private static void respond(HttpExchange exchange, String service, Service body) throws IOException {
        InputStream in = exchange.getRequestBody();
        if ("gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
            in = new GZIPInputStream(in);
        }
        exchange.getResponseHeaders().set("Content-Type", "application/x-" + service + "-result");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            body.run(in, out);
        } catch (IOException clientWentAway) {
            // JGit's client may end a negotiation early; nothing to answer then.
        }
    }

    @Override
    public void close() {
        server.stop(0);
        repository.close();
    }
}
