package io.universestudio.core.secrets;

/** Removes a secret from text that came from outside (a tool's error output) before it is shown or logged. */
final class Redaction {

    static final String MASK = "[hidden]";

    private Redaction() {
    }

    static String redact(String text, Secret secret) {
        if (text == null || secret == null || secret.isEmpty()) {
            return text;
        }
        return text.replace(secret.reveal(), MASK);
    }
}
