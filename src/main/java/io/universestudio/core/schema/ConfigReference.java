package io.universestudio.core.schema;

import io.universestudio.core.json.JsonText;

/**
 * The config reference (universe #581): a Markdown table of every option with its path, type, default
 * and description, in the order DC/OS shows them. Cell text is escaped so that pipes, line breaks, HTML
 * and backticks in descriptions or defaults cannot break the table.
 */
public final class ConfigReference {

    /** Defaults longer than this (base64 YAML, certificates) are cut, saying how long they are. */
    static final int LONGEST_DEFAULT = 120;

    private ConfigReference() {
    }

    public static String markdown(ConfigSchema schema) {
        StringBuilder out = new StringBuilder("| Path | Type | Default | Description |\n|---|---|---|---|\n");
        for (ConfigOption o : schema.allOptions()) {
            String type = o.typeText().isEmpty() ? (o.isGroup() ? "object" : "") : o.typeText();
            out.append("| ").append(code(o.path().dotted()))
                    .append(" | ").append(cell(type)).append(o.required() ? " (required)" : "")
                    .append(" | ").append(o.defaultValue().map(d -> code(shorten(JsonText.compact(d)))).orElse(""))
                    .append(" | ").append(cell(o.description().orElse("")))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String shorten(String text) {
        return text.length() <= LONGEST_DEFAULT ? text
                : text.substring(0, LONGEST_DEFAULT) + "… (" + text.length() + " characters)";
    }

    /** Plain cell text: no raw HTML, no table breaks, line breaks kept as {@code <br>}. */
    static String cell(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\\", "\\\\").replace("|", "\\|")
                .replace("\r\n", "\n").replace("\n", "<br>");
    }

    /**
     * A code span that holds any text: fenced with one more backtick than the longest run inside it, and
     * padded when the text starts or ends with a backtick. Pipes are still escaped (GitHub splits cells
     * before reading code spans); line breaks become spaces, as a code span shows them anyway.
     */
    static String code(String text) {
        String t = text.replace("\r\n", " ").replace('\n', ' ').replace("|", "\\|");
        int longest = 0;
        int run = 0;
        for (int i = 0; i < t.length(); i++) {
            run = t.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = t.startsWith("`") || t.endsWith("`");
        return fence + (pad ? " " : "") + t + (pad ? " " : "") + fence;
    }
}
