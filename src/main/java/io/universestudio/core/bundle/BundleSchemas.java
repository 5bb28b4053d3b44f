package io.universestudio.core.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.path.PathType;
import com.networknt.schema.regex.RegularExpression;
import io.universestudio.core.index.Base64Shape;
import io.universestudio.core.json.Draft4;
import io.universestudio.core.model.PackagingVersion;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The project's own draft-04 schemas for {@code metadata.json} and for build definitions
 * ({@code io/universestudio/schemas/bundle/}), compiled once per JVM. Each document is checked against the
 * branch of its own packagingVersion only, so a finding names the field instead of "matches none of the
 * branches". Patterns use search semantics, as the DC/OS CLI's Python validator applied them; the long
 * base64 pattern is checked by {@link Base64Shape} in one pass (a long template would overflow the
 * stack of a backtracking regex).
 */
final class BundleSchemas {

    static final String FOLDER = "io/universestudio/schemas/bundle/";
    static final String METADATA = FOLDER + "metadata-schema.json";
    static final String DEFINITION = FOLDER + "build-definition-schema.json";

    /** The packaging versions a package.dcos and a build definition may have. */
    static final List<PackagingVersion> VERSIONS = List.of(PackagingVersion.V3_0, PackagingVersion.V4_0,
            PackagingVersion.V5_0);

    private static final String BASE64 =
            "^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{4}|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2}==)$";

    private final Map<PackagingVersion, Schema> metadata = new EnumMap<>(PackagingVersion.class);
    private final Map<PackagingVersion, Schema> definition = new EnumMap<>(PackagingVersion.class);

    private BundleSchemas() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(false)
                .pathType(PathType.JSON_POINTER)
                .regularExpressionFactory(BundleSchemas::searchPattern)
                .build();
        SchemaRegistry registry = Draft4.registry(config);
        for (PackagingVersion v : VERSIONS) {
            String suffix = v.text().replace(".", "");
            metadata.put(v, load(registry, METADATA + "#/definitions/v" + suffix + "Metadata"));
            definition.put(v, load(registry, DEFINITION + "#/definitions/v" + suffix + "BuildDefinition"));
        }
    }

    private static Schema load(SchemaRegistry registry, String location) {
        Schema schema = registry.getSchema(SchemaLocation.of("classpath:" + location));
        schema.initializeValidators();
        return schema;
    }

    private static RegularExpression searchPattern(String regex) {
        if (regex.equals(BASE64)) {
            return Base64Shape::matches;
        }
        Pattern p = Pattern.compile(regex);
        return s -> p.matcher(s).find();
    }

    private static final class Holder {
        static final BundleSchemas INSTANCE = new BundleSchemas();
    }

    static BundleSchemas get() {
        return Holder.INSTANCE;
    }

    /** Findings of {@code metadata} against the metadata branch of {@code version} (3.0, 4.0 or 5.0). */
    List<Error> metadataErrors(PackagingVersion version, JsonNode metadata) {
        return branch(this.metadata, version).validate(metadata);
    }

    /** Findings of a build definition against the definition branch of {@code version}. */
    List<Error> definitionErrors(PackagingVersion version, JsonNode definition) {
        return branch(this.definition, version).validate(definition);
    }

    private static Schema branch(Map<PackagingVersion, Schema> schemas, PackagingVersion version) {
        Schema s = schemas.get(version);
        if (s == null) {
            throw new IllegalArgumentException("no bundle schema for packaging version " + version.text());
        }
        return s;
    }
}
