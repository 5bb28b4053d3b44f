package io.universestudio.ui.editor.pkg;

/** One entry of {@code licenses}: a name and the URL of its text. */
public record License(String name, String url) {
}
