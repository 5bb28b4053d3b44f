package io.universestudio.core.validate;

/** How {@link SchemaFindings} words the problems of one file: codes, breadcrumbs, hints per field. */
interface SchemaVocabulary {
    /** Code prefix such as PKG or RES. */
    String prefix();

    /** "Service > CPUs" or "licenses > #1 > url" for a pointer into the document. */
    String breadcrumb(String pointer);

    /** " for packagingVersion 4.0" or "". */
    default String versionSuffix() {
        return "";
    }

    /** A specific code for a failed pattern at this pointer, or null for the generic one. */
    default String patternCode(String pointer) {
        return null;
    }

    /** What the pattern means in words ("must start with http:// or https://"), or null. */
    default String patternMeaning(String pointer) {
        return null;
    }

    /** A message when this field is known but not allowed here (e.g. in this packaging version). */
    default String unexpectedField(String pointer, String field) {
        return null;
    }

    default String fieldHint(String pointer, String fallback) {
        return fallback;
    }
}
