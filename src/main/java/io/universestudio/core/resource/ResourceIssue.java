package io.universestudio.core.resource;

/** Something to fix in resource.json, at a JSON pointer, in plain words. */
public record ResourceIssue(String pointer, String message) {
}
