package io.universestudio.core.secrets;

import java.util.Arrays;

/**
 * A password or token. It never shows itself by accident: {@link #toString()} hides the value, there is
 * no equals on the value, and {@link #reveal()} is the one, explicit way to read it (for the moment it is
 * handed to git or written into a secret store).
 */
public final class Secret {

    private final char[] value;

    private Secret(char[] value) {
        this.value = value;
    }

    public static Secret of(String value) {
        return new Secret(value.toCharArray());
    }

    public static Secret of(char[] value) {
        return new Secret(value.clone());
    }

    /** The value. Call only where it is used, never to log or show it. */
    public String reveal() {
        return new String(value);
    }

    public char[] revealChars() {
        return value.clone();
    }

    /** The value as UTF-8 bytes, for tools and ciphers; overwrite the array after use. */
    public byte[] revealUtf8() {
        java.nio.ByteBuffer bytes = java.nio.charset.StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(value));
        byte[] out = new byte[bytes.remaining()];
        bytes.get(out);
        if (bytes.hasArray()) {
            Arrays.fill(bytes.array(), (byte) 0);
        }
        return out;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    /** Overwrites the value in memory; the secret is empty afterwards. */
    public void clear() {
        Arrays.fill(value, '\0');
    }

    @Override
    public String toString() {
        return "Secret[hidden]";
    }
}
