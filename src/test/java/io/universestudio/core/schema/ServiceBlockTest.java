package io.universestudio.core.schema;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceBlockTest {

    @Test
    void addsTheServiceGroupWithDefaultsAndOffersTemplateLines() {
        ServiceBlock.Added added = ServiceBlock.add(ConfigSchema.blank(), "hello");
        assertThat(added.edit().applied()).isTrue();
        ConfigSchema s = added.edit().schema();
        assertThat(added.addedOptions()).containsExactly("name", "cpus", "mem", "instances", "user", "placement_constraint");
        ConfigOption service = s.option(OptionPath.of("service")).orElseThrow();
        assertThat(service.requiredNames()).containsExactly("name");
        assertThat(s.option(OptionPath.dotted("service.name")).orElseThrow().defaultValue().orElseThrow().asText()).isEqualTo("hello");
        assertThat(s.option(OptionPath.dotted("service.mem")).orElseThrow().defaultValue().orElseThrow().asInt()).isEqualTo(1024);
        assertThat(s.option(OptionPath.dotted("service.placement_constraint")).orElseThrow().media().orElseThrow().kind())
                .isEqualTo(MediaHint.Kind.ZONE_CONSTRAINTS);
        assertThat(s.issues()).isEmpty();
        assertThat(added.templateSnippet()).contains("\"id\": \"{{service.name}}\",", "\"cpus\": {{service.cpus}},",
                "\"constraints\": {{{service.placement_constraint}}},");
        assertThat(InstallForm.of(s).initialValues().problems()).isEmpty();
    }

    @Test
    void onlyMissingOptionsAreAddedToAnExistingService() {
        ConfigSchema s = ConfigSchema.blank().add(OptionPath.ROOT, "service", OptionType.OBJECT).schema()
                .add(OptionPath.of("service"), "name", OptionType.STRING).schema();
        ServiceBlock.Added added = ServiceBlock.add(s, "x");
        assertThat(added.addedOptions()).containsExactly("cpus", "mem", "instances", "user", "placement_constraint");
        assertThat(added.edit().schema().option(OptionPath.dotted("service.name")).orElseThrow().defaultValue()).isEmpty();
        ConfigSchema str = ConfigSchema.blank().add(OptionPath.ROOT, "service", OptionType.STRING).schema();
        assertThat(ServiceBlock.add(str, "x").edit().refusal()).contains("There is already an option \"service\" that is not a group.");
    }
}
