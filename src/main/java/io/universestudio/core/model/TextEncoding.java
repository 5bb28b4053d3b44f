package io.universestudio.core.model;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How a package file's bytes are encoded, told from their first bytes as JSON parsers tell it (a byte
 * order mark, or the zero bytes UTF-16 and UTF-32 put around ASCII). The Universe reads every package file
 * as UTF-8 without a byte order mark, and so must Universe Studio: validation and indexing both decide
 * with {@link #of}, so a file one of them refuses the other refuses too.
 */
public enum TextEncoding {
    UTF_8("UTF-8", StandardCharsets.UTF_8, 0),
    UTF_8_BOM("UTF-8 with a byte order mark", StandardCharsets.UTF_8, 3),
    UTF_16BE("UTF-16 (big-endian)", StandardCharsets.UTF_16BE, 0),
    UTF_16LE("UTF-16 (little-endian)", StandardCharsets.UTF_16LE, 0),
    UTF_16BE_BOM("UTF-16 (big-endian, with a byte order mark)", StandardCharsets.UTF_16BE, 2),
    UTF_16LE_BOM("UTF-16 (little-endian, with a byte order mark)", StandardCharsets.UTF_16LE, 2),
    UTF_32BE("UTF-32 (big-endian)", Charset.forName("UTF-32BE"), 0),
    UTF_32LE("UTF-32 (little-endian)", Charset.forName("UTF-32LE"), 0),
    UTF_32BE_BOM("UTF-32 (big-endian, with a byte order mark)", Charset.forName("UTF-32BE"), 4),
    UTF_32LE_BOM("UTF-32 (little-endian, with a byte order mark)", Charset.forName("UTF-32LE"), 4);

    private final String label;
    private final Charset charset;
    private final int bomLength;

    TextEncoding(String label, Charset charset, int bomLength) {
        this.label = label;
        this.charset = charset;
        this.bomLength = bomLength;
    }

    /** The encoding of {@code b}: UTF-8 unless a byte order mark or the zero-byte pattern says otherwise. */
    public static TextEncoding of(byte[] b) {
        int n = b.length;
        if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff) {
            return UTF_32BE_BOM;
        }
        if (n >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0) {
            return UTF_32LE_BOM;
        }
        if (n >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return UTF_8_BOM;
        }
        if (n >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return UTF_16BE_BOM;
        }
        if (n >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return UTF_16LE_BOM;
        }
        // Without a mark, text starting with an ASCII character (as JSON and templates do) shows its width.
        if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && ascii(b[3])) {
            return UTF_32BE;
        }
        if (n >= 4 && ascii(b[0]) && b[1] == 0 && b[2] == 0 && b[3] == 0) {
            return UTF_32LE;
        }
        if (n >= 2 && b[0] == 0 && ascii(b[1])) {
            return UTF_16BE;
        }
        if (n >= 2 && ascii(b[0]) && b[1] == 0) {
            return UTF_16LE;
        }
        return UTF_8;
    }

    private static boolean ascii(byte b) {
        return b > 0; // 1..127: a signed byte is negative from 128 on
    }

    /** How people name it: "UTF-16 (little-endian, with a byte order mark)". */
    public String label() {
        return label;
    }

    /** True for plain UTF-8 without a byte order mark, the one encoding the Universe reads. */
    public boolean isPlainUtf8() {
        return this == UTF_8;
    }

    /** The text of {@code bytes} in this encoding, without the byte order mark. */
    String decode(byte[] bytes) {
        return new String(bytes, bomLength, bytes.length - bomLength, charset);
    }

    /**
     * Why the Universe cannot read a file in this encoding, as a sentence about {@code fileName}; empty for
     * plain UTF-8.
     */
    public String problem(String fileName) {
        if (isPlainUtf8()) {
            return "";
        }
        return this == UTF_8_BOM
                ? fileName + " starts with a byte order mark; the Universe's scripts and DC/OS read package files as"
                + " UTF-8 without one and fail on it."
                : fileName + " is saved as " + label + "; the Universe's scripts and DC/OS read package files as UTF-8"
                + " only.";
    }
}
