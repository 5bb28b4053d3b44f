package io.universestudio.core.settings;

import java.util.regex.Pattern;

/** URL helpers that keep credentials out of what is shown and logged. */
final class Urls {

    private static final Pattern USER_INFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@");

    private Urls() {
    }

    /** {@code https://user:token@host/x} becomes {@code https://host/x}. */
    static String withoutUserInfo(String url) {
        return url == null ? "" : USER_INFO.matcher(url).replaceFirst("$1");
    }
}
