package io.universestudio.core.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.universestudio.core.io.PackageFileReader;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.model.TextEncoding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

/**
 * Turns a revision into its repository entry exactly as the Universe's generator does
 * (universe-format.md 4.2): the package.json fields in file order, then {@code releaseVersion},
 * {@code resource}, {@code marathon} (base64 of the template's raw bytes), {@code config} and
 * {@code command}, each only when present and not empty (Python truthiness).
 */
public final class EntryBuilder {

    private EntryBuilder() {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** The entry of a revision held in memory (e.g. the one being published). */
    public static Result build(Revision revision, int releaseVersion) {
        Map<RevisionFile, byte[]> files = new EnumMap<>(RevisionFile.class);
        for (RevisionFile f : RevisionFile.values()) {
            revision.source(f).ifPresent(src -> files.put(f, src.bytes()));
        }
        return build(files, releaseVersion);
    }

    /**
     * The entry of a revision folder on disk, read without building a full {@link Revision}: each file as
     * {@link PackageFileReader} reads it for validation, so a file validation cannot read (a folder in its
     * place, too large, a link out of {@code boundary}, unreadable) refuses the entry with the same sentence.
     */
    public static Result build(Path revisionDir, Path boundary, int releaseVersion) {
        Map<RevisionFile, byte[]> files = new EnumMap<>(RevisionFile.class);
        PackageFileReader.Folder reader = PackageFileReader.in(revisionDir, boundary);
        for (RevisionFile f : RevisionFile.values()) {
            Path p = revisionDir.resolve(f.fileName());
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            PackageFileReader.Outcome read = reader.read(p, f);
            if (!read.read()) {
                return Result.refused(withoutFinalStop(read.issue().message()));
            }
            files.put(f, read.bytes());
        }
        return build(files, releaseVersion);
    }

    private static String withoutFinalStop(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    /**
     * The entry from the raw bytes of each file present, or a plain reason why none can be built. JSON
     * is read as Python reads it: a repeated key keeps its first place and its last value.
     */
    public static Result build(Map<RevisionFile, byte[]> files, int releaseVersion) {
        if (!files.containsKey(RevisionFile.PACKAGE)) {
            return Result.refused("it has no package.json");
        }
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        for (RevisionFile file : new RevisionFile[]{RevisionFile.PACKAGE, RevisionFile.RESOURCE,
                RevisionFile.TEMPLATE, RevisionFile.CONFIG, RevisionFile.COMMAND}) {
            byte[] bytes = files.get(file);
            if (bytes == null) {
                continue;
            }
            TextEncoding encoding = TextEncoding.of(bytes);
            if (!encoding.isPlainUtf8()) {
                // Jackson would read UTF-16 or skip the mark; the Universe's scripts and Cosmos do not.
                return Result.refused(withoutFinalStop(encoding.problem(file.fileName())));
            }
            if (file == RevisionFile.TEMPLATE) {
                if (bytes.length > 0) {
                    entry.putObject("marathon").set("v2AppMustacheTemplate",
                            new Base64Text(Base64.getEncoder().encodeToString(bytes)));
                }
                continue;
            }
            JsonNode tree;
            try {
                tree = MAPPER.readTree(bytes);
            } catch (IOException e) {
                tree = null;
            }
            if (tree == null || tree.isMissingNode()) {
                return Result.refused("its " + file.fileName() + " is not valid JSON");
            }
            if (file == RevisionFile.PACKAGE) {
                if (!tree.isObject()) {
                    return Result.refused("its package.json is not a JSON object");
                }
                entry.setAll((ObjectNode) tree);
                entry.put("releaseVersion", releaseVersion);
            } else if (truthy(tree)) {
                entry.set(keyOf(file), tree);
            }
        }
        return new Result(entry, null);
    }

    private static String keyOf(RevisionFile file) {
        return switch (file) {
            case RESOURCE -> "resource";
            case CONFIG -> "config";
            case COMMAND -> "command";
            default -> throw new IllegalArgumentException(file.name());
        };
    }

    /** Python's truth value of a parsed JSON value. */
    static boolean truthy(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT, ARRAY -> node.size() > 0;
            case STRING -> !node.textValue().isEmpty();
            case NUMBER -> node.isIntegralNumber() ? node.bigIntegerValue().signum() != 0 : node.doubleValue() != 0;
            case BOOLEAN -> node.booleanValue();
            default -> false;
        };
    }

    /** An entry, or why the revision cannot become one. */
    public record Result(ObjectNode entry, String refusal) {
        static Result refused(String why) {
            return new Result(null, why);
        }

        public boolean built() {
            return entry != null;
        }
    }
}
