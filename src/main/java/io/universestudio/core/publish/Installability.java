package io.universestudio.core.publish;

import io.universestudio.core.render.RenderFailure;

import java.util.List;
import java.util.Optional;

/**
 * Whether a cluster can install a package as published: its template renders a Marathon app with the
 * package's defaults, or would once the installer gives the options that have no default.
 *
 * @param installable       whether it can be installed (with {@code installerMustGive} given, if any)
 * @param installerMustGive the options without a default that the installer must give, dotted
 *                          ({@code service.license_key}); empty when the defaults alone suffice
 * @param failure           why the defaults alone do not render, when they do not; else null
 */
public record Installability(boolean installable, List<String> installerMustGive, RenderFailure failure) {

    public Installability {
        installerMustGive = List.copyOf(installerMustGive);
    }

    static Installability withDefaults() {
        return new Installability(true, List.of(), null);
    }

    public Optional<RenderFailure> failureIfAny() {
        return Optional.ofNullable(failure);
    }

    /** Why a cluster cannot install it, in words that follow "with its defaults, "; empty when it can. */
    public Optional<String> reason() {
        if (installable || failure == null) {
            return Optional.empty();
        }
        return Optional.of(switch (failure.kind()) {
            case JSON_PARSING_ERROR -> "the template does not render JSON: " + failure.syntaxIfAny()
                    .map(s -> s.message() + (s.hint().isEmpty() ? "" : " (" + lowerFirst(s.hint().replaceAll("\\.$", ""))
                            + ")")).orElse(failure.message());
            case JSON_SCHEMA_MISMATCH -> "the options do not satisfy config.json: " + failure.optionsErrors().stream()
                    .map(e -> (e.instancePointer().isEmpty() ? "" : e.instancePointer() + ": ") + e.message())
                    .findFirst().orElse(failure.message());
            default -> failure.message();
        });
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
