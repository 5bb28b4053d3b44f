package io.universestudio.ui.editor.pkg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.PackageField;
import io.universestudio.core.model.PackagingVersion;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.session.Edit;
import io.universestudio.ui.session.EditorSession;
import io.universestudio.ui.session.JsonEdits;
import io.universestudio.ui.session.Unreadable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The package.json form's state. It shows the last version of package.json that could be read: while
 * the text does not parse, the form says why it is not updating and takes no edits, so nothing typed
 * in the source is overwritten. Each edit changes only its own member of the file.
 */
public final class PackageFormViewModel {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final EditorSession session;
    private final Messages messages;
    private final PackagingMigrations migrations;
    private final ReadOnlyObjectWrapper<ObjectNode> tree = new ReadOnlyObjectWrapper<>(this, "tree", NODES.objectNode());
    private final ReadOnlyStringWrapper notUpdating = new ReadOnlyStringWrapper(this, "notUpdating");
    private boolean fileMissing;
    /** The session's {@link EditorSession#openings()} when the tree shown was read. */
    private long readIn = -1;

    public PackageFormViewModel(EditorSession session, Messages messages, PackagingMigrations migrations) {
        this.session = session;
        this.messages = messages;
        this.migrations = migrations;
        session.currentProperty().addListener((o, a, r) -> refresh(r));
        refresh(session.current());
    }

    private void refresh(Revision revision) {
        Optional<JsonDocument> doc = revision.packageJson();
        fileMissing = doc.isEmpty();
        if (doc.isEmpty()) {
            tree.set(NODES.objectNode());
            notUpdating.set(messages.get("form.noFile", RevisionFile.PACKAGE.fileName()));
            return;
        }
        Optional<ObjectNode> object = doc.get().object();
        if (object.isPresent()) {
            notUpdating.set(null);
            tree.set(object.get());
            readIn = session.openings();
            return;
        }
        if (readIn != session.openings()) {
            tree.set(NODES.objectNode()); // opened unreadable: nothing of the package shown before belongs here
        }
        notUpdating.set(Unreadable.of(revision, RevisionFile.PACKAGE).orElseThrow().describe(messages));
    }

    /** True when the revision has no package.json (the form says so itself; an unreadable one has a banner above). */
    public boolean fileMissing() {
        return fileMissing;
    }

    /** The packagingVersion the form follows; null when missing or unknown (every field is offered). */
    public PackagingVersion packagingVersion() {
        JsonNode v = tree.get().get("packagingVersion");
        return v != null && v.isTextual() ? PackagingVersion.parse(v.asText()).orElse(null) : null;
    }

    /** A field is shown when the version allows it, or when the file has it anyway (so it can be fixed). */
    public boolean shows(PackageField field) {
        return field.allowedIn(packagingVersion()) || tree.get().has(field.key());
    }

    /** The fields this version does not allow (hidden), for the "upgrade" note. */
    public List<PackageField> hidden() {
        return PackageField.ALL.stream().filter(f -> !shows(f)).toList();
    }

    /**
     * The packaging version the hidden fields' note offers: the next real migration (4.0 from 2.0/3.0, 5.0
     * from 4.0), never a bare change of packagingVersion that would leave the package broken.
     */
    public Optional<PackagingVersion> upgradeTarget() {
        return PackagingMigrations.targetOf(session.current());
    }

    /** What the offered migration means, in a sentence or two (for 5.0: what {@code manager} is). */
    public String upgradeHint() {
        return upgradeTarget().map(v -> messages.get(v == PackagingVersion.V5_0 ? "form.upgradeHint5" : "form.upgradeHint4"))
                .orElse("");
    }

    public boolean editable() {
        return notUpdating.get() == null;
    }

    // Reading ------------------------------------------------------------------------------------

    public String text(String key) {
        JsonNode v = tree.get().get(key);
        if (v == null || v.isNull()) {
            return "";
        }
        return v.isTextual() ? v.asText() : v.toString();
    }

    public boolean bool(String key) {
        return tree.get().path(key).asBoolean(false);
    }

    public List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        JsonNode v = tree.get().get(key);
        if (v != null && v.isArray()) {
            v.forEach(n -> out.add(n.isTextual() ? n.asText() : n.toString()));
        }
        return out;
    }

    public List<License> licenses() {
        List<License> out = new ArrayList<>();
        JsonNode v = tree.get().get("licenses");
        if (v != null && v.isArray()) {
            v.forEach(n -> out.add(new License(n.path("name").asText(""), n.path("url").asText(""))));
        }
        return out;
    }

    public String managerField(String key) {
        JsonNode m = tree.get().get("manager");
        return m != null && m.has(key) ? m.get(key).asText() : "";
    }

    // Editing ------------------------------------------------------------------------------------

    /** Sets a text field; an emptied optional field is removed rather than left as "". */
    public void setText(String key, String value) {
        boolean required = PackageField.byKey(key).map(PackageField::required).orElse(false);
        set(key, value.isEmpty() && !required ? null : TextNode.valueOf(value));
    }

    /** Sets a yes/no field; "no" on a field that was never written leaves it out (false is the default). */
    public void setBool(String key, boolean value) {
        set(key, !value && !tree.get().has(key) ? null : BooleanNode.valueOf(value));
    }

    /** Sets a whole-seconds timestamp; text that is not a number is kept as typed (validation says why). */
    public void setTimestamp(String key, String value) {
        String v = value.trim();
        if (v.isEmpty()) {
            set(key, null);
            return;
        }
        try {
            set(key, LongNode.valueOf(Long.parseLong(v)));
        } catch (NumberFormatException e) {
            set(key, TextNode.valueOf(value));
        }
    }

    public void setStrings(String key, List<String> values) {
        boolean required = PackageField.byKey(key).map(PackageField::required).orElse(false);
        if (values.isEmpty() && !required && !tree.get().has(key)) {
            return;
        }
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        set(key, array);
    }

    public void setLicenses(List<License> licenses) {
        if (licenses.isEmpty()) {
            set("licenses", tree.get().has("licenses") ? NODES.arrayNode() : null);
            return;
        }
        ArrayNode array = NODES.arrayNode();
        for (License l : licenses) {
            ObjectNode o = array.addObject();
            o.put("name", l.name());
            o.put("url", l.url());
        }
        set("licenses", array);
    }

    /** Sets one member of {@code manager}, keeping any others it has. */
    public void setManagerField(String key, String value) {
        JsonNode current = tree.get().get("manager");
        ObjectNode manager = current != null && current.isObject() ? ((ObjectNode) current).deepCopy() : NODES.objectNode();
        if (value.isEmpty()) {
            manager.remove(key);
        } else {
            manager.put(key, value);
        }
        set("manager", manager.isEmpty() ? null : manager);
    }

    /** Migrates to {@code version} (one undoable edit, its changes told in the banner) so the hidden fields become available. */
    public boolean upgradeTo(PackagingVersion version) {
        return editable() && migrations.migrate(version);
    }

    private void set(String key, JsonNode value) {
        if (!editable()) {
            return;
        }
        session.apply(new Edit(messages.get("edit.setField", key), "form:" + key,
                r -> JsonEdits.setMember(r, RevisionFile.PACKAGE, key, value)));
    }

    public ReadOnlyObjectProperty<ObjectNode> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notUpdatingProperty() {
        return notUpdating.getReadOnlyProperty();
    }

}
