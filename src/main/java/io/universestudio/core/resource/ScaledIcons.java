package io.universestudio.core.resource;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The icons made from one large image: where each was written (the model of record for local files,
 * since resource.json itself must hold https URLs: the files have to be hosted, then their URLs set with
 * {@link #urls(String)}), the @2x variants, and notes (e.g. an upscaled small source). When the source
 * could not be read, {@link #problem()} says why and nothing was written.
 */
public record ScaledIcons(Path source, Map<ImageSlot, Path> icons, Map<ImageSlot, Path> retina, List<String> notes,
                          String problemMessage) {

    public ScaledIcons {
        icons = Map.copyOf(icons);
        retina = Map.copyOf(retina);
        notes = List.copyOf(notes);
    }

    public Optional<String> problem() {
        return Optional.ofNullable(problemMessage);
    }

    /** The URLs the icons will have once the folder they were written to is published at {@code baseUrl}. */
    public Map<ImageSlot, String> urls(String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        Map<ImageSlot, String> out = new LinkedHashMap<>();
        icons.forEach((slot, path) -> out.put(slot, base + path.getFileName()));
        return out;
    }
}
