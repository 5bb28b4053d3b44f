package io.universestudio.core.schema;

/** A nested object's heading (DC/OS UI draws H2, H3, ... by depth; level 2 is a tab's direct child). */
public record FormHeading(OptionPath path, int level, String title, String help) implements FormItem {
}
