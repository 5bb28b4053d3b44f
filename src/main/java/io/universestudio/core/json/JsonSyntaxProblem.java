package io.universestudio.core.json;

/** Why a JSON text could not be read, and where. */
public record JsonSyntaxProblem(String message, TextPosition position) {
}
