package io.universestudio.ui.editor.raw;

/**
 * The one range where two texts differ: {@code [start, oldEnd)} of the old text becomes {@code replacement}.
 * Found from the common start and the common end, so an edit anywhere in a long text replaces only itself.
 */
record TextDiff(int start, int oldEnd, String replacement) {

    static TextDiff between(String oldText, String newText) {
        int oldLength = oldText.length();
        int newLength = newText.length();
        int max = Math.min(oldLength, newLength);
        int prefix = 0;
        while (prefix < max && oldText.charAt(prefix) == newText.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && oldText.charAt(oldLength - 1 - suffix) == newText.charAt(newLength - 1 - suffix)) {
            suffix++;
        }
        return new TextDiff(prefix, oldLength - suffix, newText.substring(prefix, newLength - suffix));
    }

    /** Where the replacement ends in the new text. */
    int newEnd() {
        return start + replacement.length();
    }

    boolean isEmpty() {
        return start == oldEnd && replacement.isEmpty();
    }

    /**
     * Where a caret at {@code caret} of the old text belongs in the new one: unmoved before the change,
     * shifted by the change's growth after it, at the end of the replacement inside it.
     */
    int caretAfter(int caret) {
        if (caret <= start) {
            return caret;
        }
        if (caret >= oldEnd) {
            return caret + replacement.length() - (oldEnd - start);
        }
        return start + replacement.length();
    }
}
