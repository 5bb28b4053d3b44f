package io.universestudio.core.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The building block most packages start with: a {@code service} group with name, cpus, mem, instances,
 * user and placement constraints, described the way corpus packages describe them (847 of 1,164 corpus
 * configs have {@code service.name}; "The user that the service will run as." is the commonest user
 * description; placement constraints are a string with the zone-constraints media hint). Options that
 * already exist are left as they are; only the missing ones are added.
 */
public final class ServiceBlock {

    /** The result: the edited schema and the template lines that use the options, to offer the author. */
    public record Added(EditResult edit, List<String> addedOptions, List<String> templateLines) {

        /** The lines joined, ready to paste into marathon.json.mustache. */
        public String templateSnippet() {
            return String.join("\n", templateLines) + "\n";
        }
    }

    private ServiceBlock() {
    }

    /** Adds the service group (or its missing options) with {@code serviceName} as the default name. */
    public static Added add(ConfigSchema schema, String serviceName) {
        OptionPath service = OptionPath.of("service");
        ConfigSchema s = schema;
        if (s.option(service).isEmpty()) {
            ObjectNode group = ConfigSchema.blankOption(OptionType.OBJECT);
            group = Nodes.withKeyword(group, SchemaKeyword.DESCRIPTION, Nodes.NODES.textNode("DC/OS service configuration properties"));
            EditResult r = s.add(OptionPath.ROOT, 0, "service", group);
            if (!r.applied()) {
                return new Added(r, List.of(), List.of());
            }
            s = r.schema();
        } else if (!s.option(service).get().isGroup() && !s.option(service).get().types().isEmpty()) {
            return new Added(EditResult.refused(schema, service, "There is already an option \"service\" that is not a group."),
                    List.of(), List.of());
        }
        List<String> added = new ArrayList<>();
        s = addMissing(s, "name", option("string", "The name of the service instance. It must be unique in the cluster.",
                Nodes.NODES.textNode(serviceName)), added);
        ObjectNode cpus = option("number", "CPU shares to allocate to each service instance.", Nodes.NODES.numberNode(1));
        cpus.put("minimum", 0.01);
        s = addMissing(s, "cpus", cpus, added);
        ObjectNode mem = option("number", "Memory (MB) to allocate to each service instance.", Nodes.NODES.numberNode(1024));
        mem.put("minimum", 32);
        s = addMissing(s, "mem", mem, added);
        ObjectNode instances = option("integer", "Number of instances to run.", Nodes.NODES.numberNode(1));
        instances.put("minimum", 0);
        s = addMissing(s, "instances", instances, added);
        s = addMissing(s, "user", option("string", "The user that the service will run as.",
                Nodes.NODES.textNode("nobody")), added);
        ObjectNode placement = option("string", "Placement constraints for the service's tasks: a JSON array of"
                + " [field, operator, value] rules. Example: [[\"hostname\", \"UNIQUE\"]]", Nodes.NODES.textNode("[]"));
        placement.set("media", MediaHint.ZONE_CONSTRAINTS.toJson());
        s = addMissing(s, "placement_constraint", placement, added);
        if (added.contains("name")) {
            s = s.setRequired(service.child("name"), true).schema();
        }
        List<String> lines = List.of(
                "  \"id\": \"{{service.name}}\",",
                "  \"cpus\": {{service.cpus}},",
                "  \"mem\": {{service.mem}},",
                "  \"instances\": {{service.instances}},",
                "  \"user\": \"{{service.user}}\",",
                "  \"constraints\": {{{service.placement_constraint}}},");
        return new Added(EditResult.done(s, service), added, lines);
    }

    private static ObjectNode option(String type, String description, com.fasterxml.jackson.databind.JsonNode def) {
        ObjectNode o = Nodes.NODES.objectNode();
        o.put("description", description);
        o.put("type", type);
        o.set("default", def);
        return o;
    }

    private static ConfigSchema addMissing(ConfigSchema s, String name, ObjectNode schema, List<String> added) {
        OptionPath service = OptionPath.of("service");
        if (s.option(service.child(name)).isPresent()) {
            return s;
        }
        EditResult r = s.add(service, Integer.MAX_VALUE, name, schema);
        if (r.applied()) {
            added.add(name);
        }
        return r.schema();
    }
}
