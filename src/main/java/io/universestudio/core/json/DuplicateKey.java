package io.universestudio.core.json;

/**
 * A key that appears twice in one object. The reader keeps the last value, as Python's json module and
 * Cosmos do; this record lets validation warn about the first one being ignored.
 *
 * @param pointer JSON pointer of the member (the object's pointer plus the key)
 * @param first where the ignored occurrence's key starts
 * @param duplicate where the winning occurrence's key starts
 */
public record DuplicateKey(String pointer, String key, TextPosition first, TextPosition duplicate) {
}
