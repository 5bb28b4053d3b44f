package io.universestudio.core.model;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * The text of one file, with the bytes it was read from. Writing an unedited file gives back exactly
 * those bytes, even when they were not valid UTF-8, so opening and saving never alters what was not
 * touched. A file in another encoding than plain UTF-8 (a byte order mark, UTF-16) is decoded in it, so it
 * reads right, and remembers its {@link TextEncoding} for validation to report; saving an edit writes UTF-8.
 */
public final class SourceText {

    private static final char REPLACEMENT = '\uFFFD';

    private final String text;
    private final byte[] originalBytes;
    private final int malformedByteOffset;
    private final TextEncoding encoding;

    private SourceText(String text, byte[] originalBytes, int malformedByteOffset, TextEncoding encoding) {
        this.text = text;
        this.originalBytes = originalBytes;
        this.malformedByteOffset = malformedByteOffset;
        this.encoding = encoding;
    }

    private SourceText(String text, byte[] originalBytes, int malformedByteOffset) {
        this(text, originalBytes, malformedByteOffset, TextEncoding.UTF_8);
    }

    /** Text made in the application (not read from disk). */
    public static SourceText of(String text) {
        return new SourceText(text, null, -1);
    }

    /**
     * Decodes bytes read from disk: as UTF-8, whose invalid sequences become U+FFFD and are remembered, or
     * in the other encoding {@link TextEncoding#of} finds.
     */
    public static SourceText decode(byte[] bytes) {
        TextEncoding encoding = TextEncoding.of(bytes);
        if (!encoding.isPlainUtf8()) {
            return new SourceText(encoding.decode(bytes), bytes.clone(), -1, encoding);
        }
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf(REPLACEMENT) < 0) {
            // Every invalid sequence decodes to U+FFFD, so without one the bytes are valid UTF-8 and this is
            // the strict decoder's text, made without its char buffer and the copy out of it.
            return new SourceText(lenient, bytes.clone(), -1);
        }
        // Invalid bytes, or a U+FFFD written in the file itself: the strict decoder tells which.
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = strict.decode(ByteBuffer.wrap(bytes));
            return new SourceText(chars.toString(), bytes.clone(), -1);
        } catch (CharacterCodingException e) {
            return new SourceText(new String(bytes, StandardCharsets.UTF_8), bytes.clone(),
                    firstMalformedOffset(bytes));
        }
    }

    private static int firstMalformedOffset(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    public String text() {
        return text;
    }

    /** The bytes to write: the original ones if the text was not edited, else its UTF-8 encoding. */
    public byte[] bytes() {
        return originalBytes != null ? originalBytes.clone() : text.getBytes(StandardCharsets.UTF_8);
    }

    /** True when the file was read from disk (rather than typed or generated). */
    public boolean fromDisk() {
        return originalBytes != null;
    }

    /** The encoding the bytes were read in ({@link TextEncoding#UTF_8} for text made in the application). */
    public TextEncoding encoding() {
        return encoding;
    }

    /** Where the first byte that is not valid UTF-8 sits, if any. */
    public OptionalInt malformedByteOffset() {
        return malformedByteOffset < 0 ? OptionalInt.empty() : OptionalInt.of(malformedByteOffset);
    }

    /** The same file with new text; if the text is unchanged, this instance (so the bytes are kept). */
    public SourceText withText(String newText) {
        return newText.equals(text) ? this : of(newText);
    }

    public boolean sameContentAs(SourceText other) {
        return other != null && Arrays.equals(bytes(), other.bytes());
    }
}
