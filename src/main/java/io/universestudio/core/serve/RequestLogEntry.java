package io.universestudio.core.serve;

import java.time.Instant;

/**
 * One request the repository server answered: who asked (address and User-Agent), for which DC/OS
 * release and repository version, and what they got. The fields hold what the client sent; only
 * {@link #summary()} makes them safe to print.
 *
 * @param release     the DC/OS release whose file was chosen (from the User-Agent), or null if none was
 * @param repoVersion the media type version label sent (from Accept), or null if none was
 */
public record RequestLogEntry(Instant time, String remoteAddress, String method, String path, String userAgent,
                              String release, String repoVersion, int status, long bytes) {

    /**
     * One line for logs and the CLI: {@code 127.0.0.1 GET /repo -> 200 (DC/OS 2.0, v5, 1234 bytes)}.
     * What the client sent is escaped ({@link #printable}), so a request cannot drive the terminal.
     */
    public String summary() {
        String served = status != 200 ? "" : " (" + (release == null ? "" : "DC/OS " + release + ", ")
                + (repoVersion == null ? "" : repoVersion + ", ") + bytes + " bytes)";
        return remoteAddress + " " + printable(method) + " " + printable(path) + " -> " + status + served
                + (userAgent == null ? "" : " [" + printable(userAgent) + "]");
    }

    /**
     * The text with control and format characters (ESC, CR, C1 controls such as CSI, bidi overrides)
     * written as {@code \x1b} or {@code \u202e}, and backslashes doubled so the escapes stay unambiguous.
     */
    public static String printable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean escape = c == '\\' || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.isSurrogate(c) && !validPair(text, i);
            if (escape && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out == null) {
                continue;
            }
            if (c == '\\') {
                out.append("\\\\");
            } else if (escape) {
                out.append(c <= 0xFF ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
