package io.universestudio.ui.publish;

import java.util.Locale;

/**
 * The short sentence shown for a failed publish, picked from what went wrong (the core's full message
 * goes into the expandable details). Matching on the text is enough here: the core's messages carry the
 * transport's words ("not authorized", "rejected", "Connection refused", "No space left on device").
 * Public for the check that every key the interface can ask for exists.
 */
public final class PublishFailures {

    public enum Cause { AUTHENTICATION, REJECTED, UNREACHABLE, DISK_FULL, OTHER }

    private static final java.util.regex.Pattern HTTP_DENIED = java.util.regex.Pattern.compile("\\b40[13]\\b");

    private PublishFailures() {
    }

    static Cause causeOf(String message) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        // 401 and 403 as words: a temporary folder's random name in the message may hold the digits.
        if (m.contains("not authorized") || m.contains("authentication") || HTTP_DENIED.matcher(m).find()
                || m.contains("credentials")) {
            return Cause.AUTHENTICATION;
        }
        if (m.contains("rejected") || m.contains("non-fast-forward") || m.contains("moved on")) {
            return Cause.REJECTED;
        }
        if (m.contains("no space left") || m.contains("disk full") || m.contains("not enough space")) {
            return Cause.DISK_FULL;
        }
        if (m.contains("unknownhost") || m.contains("unknown host") || m.contains("connection refused")
                || m.contains("timed out") || m.contains("unreachable") || m.contains("cannot open git-upload-pack")
                || m.contains("not found") || m.contains("no route") || m.contains("invalid remote")
                || m.startsWith("could not get the repository")) {
            return Cause.UNREACHABLE;
        }
        return Cause.OTHER;
    }

    /** The message key for the cause: {@code publish.failed.authentication} and so on. */
    public static String key(Cause cause) {
        return "publish.failed." + cause.name().toLowerCase(Locale.ROOT).replace("_", "");
    }
}
