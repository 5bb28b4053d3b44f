package io.universestudio.core.serve;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The path of a request as nginx sees it before choosing a location ({@code $uri}): percent-escapes
 * decoded (an escaped slash or dot counts as one), runs of slashes merged, {@code .} and {@code ..}
 * segments resolved. A path that nginx refuses with 400 (a bad escape, an escaped NUL, {@code ..} above
 * the root) gives nothing.
 */
final class NginxUri {

    private NginxUri() {
    }

    static Optional<String> normalize(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        StringBuilder decoded = new StringBuilder(rawPath.length());
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c != '%') {
                decoded.append(c);
                continue;
            }
            if (i + 2 >= rawPath.length()) {
                return Optional.empty();
            }
            int hi = Character.digit(rawPath.charAt(i + 1), 16);
            int lo = Character.digit(rawPath.charAt(i + 2), 16);
            if (hi < 0 || lo < 0 || (hi == 0 && lo == 0)) {
                return Optional.empty();
            }
            decoded.append((char) (hi << 4 | lo));
            i += 2;
        }
        boolean trailingSlash = decoded.charAt(decoded.length() - 1) == '/';
        Deque<String> segments = new ArrayDeque<>();
        String[] parts = decoded.toString().split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String s = parts[i];
            boolean last = i == parts.length - 1;
            switch (s) {
                case "" -> {
                }
                case "." -> trailingSlash |= last;
                case ".." -> {
                    if (segments.isEmpty()) {
                        return Optional.empty();
                    }
                    segments.removeLast();
                    trailingSlash |= last;
                }
                default -> segments.addLast(s);
            }
        }
        StringBuilder out = new StringBuilder();
        for (String s : segments) {
            out.append('/').append(s);
        }
        if (out.length() == 0 || trailingSlash) {
            out.append('/');
        }
        return Optional.of(out.toString());
    }
}
