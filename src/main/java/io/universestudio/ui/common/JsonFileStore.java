package io.universestudio.ui.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.universestudio.core.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * One JSON file the application owns (preferences, a draft). Written atomically; a file that cannot be
 * read is moved aside (never deleted) so the user can still look at it, and the caller falls back.
 */
public final class JsonFileStore {

    private static final System.Logger LOG = System.getLogger(JsonFileStore.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path file;
    private final ObjectMapper mapper;
    private final Clock clock;

    public JsonFileStore(Path file, ObjectMapper mapper, Clock clock) {
        this.file = file;
        this.mapper = mapper;
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /** The file's tree; empty when there is no file, or when it was corrupt (it is then kept aside). */
    public Optional<JsonNode> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode tree = mapper.readTree(Files.readAllBytes(file));
            if (tree == null || !tree.isObject()) {
                throw new IOException("the file does not hold a JSON object");
            }
            return Optional.of(tree);
        } catch (IOException e) {
            keepAside(e);
            return Optional.empty();
        }
    }

    /** Moves a file that could not be used out of the way, keeping it for the user to inspect. */
    public Optional<Path> keepAside(Exception why) {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + STAMP.format(clock.instant()));
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            LOG.log(System.Logger.Level.WARNING, "{0} could not be read ({1}); kept it as {2} and used defaults",
                    file, why.getMessage(), aside);
            return Optional.of(aside);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "{0} could not be read nor moved aside: {1}", file, e.getMessage());
            return Optional.empty();
        }
    }

    public void write(Object value) throws IOException {
        AtomicFiles.write(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(value));
    }

    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }
}
