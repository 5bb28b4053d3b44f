package io.universestudio.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The one table of package.json fields, held to the Universe's package schema and to Cosmos's model. */
class PackageFieldTest {

    private static final Set<String> OTHER_PARTS = Set.of("releaseVersion", "marathon", "resource", "config", "command");

    @Test
    void eachVersionAllowsAndRequiresExactlyWhatTheUniversesSchemaBranchDoes() throws Exception {
        JsonNode schema;
        try (InputStream in = PackageFieldTest.class.getResourceAsStream("/io/universestudio/schemas/package/package-schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        for (PackagingVersion v : PackagingVersion.values()) {
            JsonNode branch = schema.at("/definitions/v" + v.text().replace(".", "") + "Package");
            List<String> declared = new ArrayList<>();
            branch.path("properties").fieldNames().forEachRemaining(declared::add);
            List<String> required = new ArrayList<>();
            branch.path("required").forEach(r -> required.add(r.asText()));
            assertThat(PackageField.fieldsOf(v)).as(v.text()).extracting(PackageField::key)
                    .containsExactlyInAnyOrderElementsOf(declared);
            assertThat(PackageField.fieldsOf(v)).as(v.text()).filteredOn(PackageField::required)
                    .extracting(PackageField::key).containsExactlyInAnyOrderElementsOf(required);
            assertThat(branch.path("additionalProperties").asBoolean(true)).isFalse();
        }
    }

    @Test
    void cosmosModelHoldsTheVersionsFieldsAndTheOtherFiles() {
        for (PackagingVersion v : PackagingVersion.values()) {
            List<String> order = PackageField.cosmosOrder(v);
            assertThat(new HashSet<>(order)).as(v.text()).hasSize(order.size());
            assertThat(order).as(v.text()).filteredOn(k -> !OTHER_PARTS.contains(k))
                    .containsExactlyInAnyOrderElementsOf(PackageField.fieldsOf(v).stream().map(PackageField::key).toList());
            assertThat(order.contains("command")).as(v.text()).isEqualTo(v.allowsCommand());
        }
    }

    @Test
    void aFieldOnceAllowedStaysAllowed() {
        assertThat(PackageField.allows(PackagingVersion.V4_0, "upgradesFrom")).isTrue();
        assertThat(PackageField.allows(PackagingVersion.V4_0, "manager")).isFalse();
        assertThat(PackageField.allows(PackagingVersion.V5_0, "unknown")).isFalse();
        assertThat(PackageField.byKey("manager").orElseThrow().allowedIn(null)).isTrue();
        for (PackageField f : PackageField.ALL) {
            for (PackagingVersion v : PackagingVersion.values()) {
                assertThat(f.allowedIn(v)).isEqualTo(v.compareTo(f.since()) >= 0);
            }
        }
    }
}
