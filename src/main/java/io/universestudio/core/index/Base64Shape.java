package io.universestudio.core.index;

/**
 * A linear check equivalent to the repository schemas' base64String pattern
 * {@code ^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{4}|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2}==)$} under search
 * semantics: standard alphabet, padded, at least 4 characters, no line breaks, except that, like
 * {@code $} in Python and Java, one final {@code \n} is tolerated.
 */
public final class Base64Shape {

    private Base64Shape() {
    }

    public static boolean matches(String s) {
        int n = s.length();
        if (n > 0 && s.charAt(n - 1) == '\n') {
            n--;
        }
        if (n < 4 || n % 4 != 0) {
            return false;
        }
        int padding = s.charAt(n - 1) == '=' ? (s.charAt(n - 2) == '=' ? 2 : 1) : 0;
        for (int i = 0; i < n - padding; i++) {
            if (!alphabet(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static final boolean[] ALPHABET = new boolean[128];

    static {
        for (char c : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray()) {
            ALPHABET[c] = true;
        }
    }

    private static boolean alphabet(char c) {
        return c < 128 && ALPHABET[c];
    }
}
