package io.universestudio.core.serve;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Answers each request by {@link NginxRules} from the current index folder. Files are sent without
 * holding a thread while the client is slow to take them (Jetty writes as the socket drains; reading
 * the file may block briefly, so requests run on worker threads, not the selector), and the request is
 * logged when the answer is complete or cut off.
 */
final class RepositoryHandler extends Handler.Abstract {

    private static final System.Logger LOG = System.getLogger(RepositoryHandler.class.getName());
    private static final int CHUNK = 64 * 1024;

    private final Supplier<Path> currentIndex;
    private final Consumer<RequestLogEntry> log;
    private final ByteBufferPool.Sized buffers;

    RepositoryHandler(Supplier<Path> currentIndex, Consumer<RequestLogEntry> log, ByteBufferPool pool) {
        this.currentIndex = currentIndex;
        this.log = log;
        this.buffers = new ByteBufferPool.Sized(pool, false, CHUNK);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String method = request.getMethod();
        String path = request.getHttpURI().getPath();
        String accept = request.getHeaders().get(HttpHeader.ACCEPT);
        String userAgent = request.getHeaders().get(HttpHeader.USER_AGENT);
        Path index = currentIndex.get();
        NginxRules.Answer answer = NginxRules.answer(method, path, request.getHttpURI().getQuery(), accept,
                userAgent, new IndexWebRoot(index));
        Logged logged = new Logged(Request.getRemoteAddr(request), method, path, userAgent);
        if (answer instanceof NginxRules.Serve serve) {
            send(request, response, callback, index, serve, logged);
        } else if (answer instanceof NginxRules.Redirect redirect) {
            response.getHeaders().put(HttpHeader.LOCATION, Request.toRedirectURI(request, redirect.location()));
            finish(request, response, callback, 301, logged);
        } else {
            int status = ((NginxRules.Status) answer).code();
            if (status == 405) {
                response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            }
            finish(request, response, callback, status, logged);
        }
        return true;
    }

    private void send(Request request, Response response, Callback callback, Path index, NginxRules.Serve serve,
                      Logged logged) {
        Path file = index.resolve(serve.path().replaceFirst("^/+", ""));
        SeekableByteChannel channel;
        long length;
        try {
            // Opened before the headers go out: an older index folder removed meanwhile stays readable.
            channel = Files.newByteChannel(file);
            length = channel.size();
        } catch (IOException e) {
            finish(request, response, callback, 404, logged);
            return;
        }
        String release = serve.release() == null ? null : serve.release().label();
        String label = serve.label() == null ? null : serve.label().label();
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, serve.contentType());
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, length);
        if (request.getMethod().equals("HEAD")) {
            closeQuietly(channel);
            logged.record(log, 200, release, label, 0);
            callback.succeeded();
            return;
        }
        Content.copy(Content.Source.from(buffers, channel, 0, length), response, new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                closeQuietly(channel);
                logged.record(log, 200, release, label, length);
                super.succeeded();
            }

            @Override
            public void failed(Throwable x) {
                closeQuietly(channel);
                // A client that went away or stopped reading past the idle timeout: nothing to fix here.
                LOG.log(System.Logger.Level.DEBUG, "Sending " + serve.path() + " to " + logged.address
                        + " stopped: " + x);
                logged.record(log, 200, release, label, -1);
                super.failed(x);
            }
        });
    }

    /** An answer without a file: the status and a one-line body (none for HEAD). */
    private void finish(Request request, Response response, Callback callback, int status, Logged logged) {
        response.setStatus(status);
        logged.record(log, status, null, null, 0);
        if (request.getMethod().equals("HEAD")) {
            callback.succeeded();
            return;
        }
        byte[] body = (status + " " + org.eclipse.jetty.http.HttpStatus.getMessage(status) + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private static void closeQuietly(SeekableByteChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Closing an index file failed: " + e.getMessage());
        }
    }

    /** What the log entry of one request needs besides its outcome. */
    private record Logged(String address, String method, String path, String userAgent) {
        void record(Consumer<RequestLogEntry> log, int status, String release, String label, long bytes) {
            log.accept(new RequestLogEntry(Instant.now(), address, method, path, userAgent, release, label, status,
                    bytes));
        }
    }
}
