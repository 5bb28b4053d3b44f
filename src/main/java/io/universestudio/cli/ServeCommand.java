package io.universestudio.cli;

import io.universestudio.core.index.IndexGenerator;
import io.universestudio.core.io.UniverseRepository;
import io.universestudio.core.serve.RepositoryServer;
import io.universestudio.core.validate.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a repository to DC/OS clusters over HTTP, as the Universe server does.",
                "GET /repo answers the index for the DC/OS release in the User-Agent.",
                "The index is rebuilt when the repository changes.",
                "It runs until interrupted (Ctrl+C)."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @CommandLine.Parameters(index = "0", paramLabel = "REPO", description = "The repository folder.")
    private Path repository;

    @CommandLine.Option(names = "--port", paramLabel = "P", defaultValue = "8085",
            description = "The port to listen on (${DEFAULT-VALUE} by default, as the Universe server; 0 picks any free port).")
    private int port;

    @CommandLine.Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "The address to listen on (${DEFAULT-VALUE} by default: only this machine; 0.0.0.0: every"
                    + " IPv4 address of this machine, each printed as a URL).")
    private String bind;

    @CommandLine.Option(names = "--name", paramLabel = "NAME", defaultValue = "universe-studio",
            description = "The repository name in the printed dcos command (${DEFAULT-VALUE} by default).")
    private String name;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!UniverseRepository.isRepository(repository)) {
            err.println(repository + " is not a Universe repository: it has neither packages/ nor repo/packages/.");
            return StudioCommand.COULD_NOT_RUN;
        }
        RepositoryServer server;
        try {
            server = RepositoryServer.create(repository, bind, port, Duration.ofSeconds(2), new IndexGenerator())
                    .start();
        } catch (IOException e) {
            err.println("Could not serve on " + bind + ":" + port + ": " + e.getMessage());
            return StudioCommand.COULD_NOT_RUN;
        }
        // Ctrl+C ends the JVM without unwinding this method: close the server (and its cache) on the way out.
        Thread onExit = new Thread(server::close, "repo-server-shutdown");
        Runtime.getRuntime().addShutdownHook(onExit);
        try (server) {
            for (Problem p : server.lastIndex().problems()) {
                out.println(p.severity() + " " + p.code() + " " + p.where() + ": " + p.message());
            }
            List<URI> urls = server.urls();
            if (urls.size() == 1) {
                out.println("Serving " + repository.toAbsolutePath().normalize() + " at " + urls.get(0));
            } else {
                out.println("Serving " + repository.toAbsolutePath().normalize() + " on every address of this"
                        + " machine:");
                urls.forEach(u -> out.println("  " + u));
            }
            out.println("Add it to a DC/OS cluster with" + (urls.size() == 1 ? ":" : " (an address the cluster can"
                    + " reach):"));
            out.println("  " + server.repoAddCommand(name));
            if (isLoopback(bind)) {
                out.println("Only this machine can reach " + bind + "; use --bind with an address the cluster can"
                        + " reach to serve it to a cluster.");
            }
            out.println("Press Ctrl+C to stop.");
            out.flush();
            server.addRequestListener(entry -> {
                synchronized (out) {
                    out.println(entry.summary());
                    out.flush();
                }
            });
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs anyway.
        }
        out.println("Stopped.");
        return StudioCommand.OK;
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }
}
