package io.universestudio.core.index;

import com.fasterxml.jackson.databind.node.TextNode;

/**
 * A template's base64 text, made by {@link EntryBuilder}: it holds only base64 characters, so
 * {@link PythonJson} writes it without scanning 1 MB strings for characters to escape.
 */
final class Base64Text extends TextNode {

    private static final long serialVersionUID = 1L;

    Base64Text(String base64) {
        super(base64);
    }
}
