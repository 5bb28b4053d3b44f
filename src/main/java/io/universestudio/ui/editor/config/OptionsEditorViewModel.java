package io.universestudio.ui.editor.config;

import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.schema.ConfigOption;
import io.universestudio.core.schema.ConfigReference;
import io.universestudio.core.schema.ConfigSchema;
import io.universestudio.core.schema.EditResult;
import io.universestudio.core.schema.OptionPath;
import io.universestudio.core.schema.OptionType;
import io.universestudio.core.schema.ServiceBlock;
import io.universestudio.core.template.RenamePreview;
import io.universestudio.core.template.TemplateRename;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.session.Edit;
import io.universestudio.ui.session.EditorSession;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Optional;
import java.util.function.Function;

/**
 * The options editor's state: the config of the session's current revision as a {@link ConfigSchema}, the
 * selected option, and every change as one {@link Edit} on the session. Edits splice config.json's text
 * (ADR 0060), so the Source view shows exactly what changed and undo/redo restore the bytes.
 */
public final class OptionsEditorViewModel {

    private static final System.Logger LOG = System.getLogger(OptionsEditorViewModel.class.getName());

    private final EditorSession session;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<ConfigSchema> schema = new ReadOnlyObjectWrapper<>(this, "schema");
    private final ObjectProperty<OptionPath> selection = new SimpleObjectProperty<>(this, "selection", OptionPath.ROOT);
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private Revision shownRevision;
    /** The session's {@link EditorSession#openings()} when the schema shown was read. */
    private long readIn = -1;

    public OptionsEditorViewModel(EditorSession session, Messages messages) {
        this.session = session;
        this.messages = messages;
        session.currentProperty().addListener((o, a, r) -> refresh(r));
        refresh(session.current());
    }

    private void refresh(Revision revision) {
        if (shownRevision != null && revision.text(RevisionFile.CONFIG).equals(shownRevision.text(RevisionFile.CONFIG))) {
            shownRevision = revision;
            return; // another file changed: keep the schema (and the tree's state)
        }
        shownRevision = revision;
        Optional<ConfigSchema> read = schemaOf(revision);
        readOnly.set(read.isEmpty());
        if (read.isEmpty()) {
            if (readIn != session.openings()) {
                schema.set(null); // opened unreadable: there is no earlier version of this package to show
            }
            return; // else the last version that could be read stays, read-only (the tab's banner says why)
        }
        readIn = session.openings();
        schema.set(read.get());
        if (schema.get() != null && schema.get().option(selection.get()).isEmpty()) {
            OptionPath p = selection.get();
            while (!p.isRoot() && schema.get().option(p).isEmpty()) {
                p = p.parent();
            }
            selection.set(p);
        }
    }

    /** The config of {@code revision}; a blank one when it has no config.json; empty when it does not parse. */
    static Optional<ConfigSchema> schemaOf(Revision revision) {
        return revision.config().map(ConfigSchema::of).orElseGet(() -> Optional.of(ConfigSchema.blank()));
    }

    /**
     * True while config.json does not parse: the schema is then the last one that could be read (or null
     * when none was since the package was opened), and every edit is refused so the text stays as typed.
     */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public boolean isReadOnly() {
        return readOnly.get();
    }

    /** The options of the current revision (the last that could be read while it does not parse), or null. */
    public ReadOnlyObjectProperty<ConfigSchema> schemaProperty() {
        return schema.getReadOnlyProperty();
    }

    public ConfigSchema schema() {
        return schema.get();
    }

    public ObjectProperty<OptionPath> selectionProperty() {
        return selection;
    }

    public Optional<ConfigOption> selected() {
        return schema.get() == null ? Optional.empty() : schema.get().option(selection.get());
    }

    /** Why the last edit was refused ("" after one that worked). */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /**
     * Runs an options edit on the current config and records it as one undoable step. {@code mergeKey}
     * (may be null) joins quick successive edits of one field. Returns whether it was applied.
     */
    public boolean edit(String description, String mergeKey, Function<ConfigSchema, EditResult> change) {
        ConfigSchema current = schema.get();
        if (current == null || readOnly.get()) {
            refusal.set(messages.get("options.unparseable"));
            return false;
        }
        EditResult result = change.apply(current);
        if (!result.applied()) {
            refusal.set(result.refusal().orElse(""));
            return false;
        }
        refusal.set("");
        ConfigSchema next = result.schema();
        session.apply(new Edit(description, mergeKey, r -> next.applyTo(r)));
        selection.set(result.selection());
        return true;
    }

    /** Adds a child of {@code type} to the selected group (or beside the selected leaf), named {@code name}. */
    public boolean add(OptionType type, String name) {
        OptionPath parent = parentForNew();
        return edit(messages.get("edit.addOption", name), null, s -> s.add(parent, name, type));
    }

    /** Where a new option goes: into the selected group, else beside the selected option. */
    public OptionPath parentForNew() {
        Optional<ConfigOption> sel = selected();
        return sel.filter(o -> o.isGroup() || o.path().isRoot()).map(ConfigOption::path)
                .orElse(selection.get().parent());
    }

    /** A name not yet used under {@code parent}: {@code base}, {@code base2}, ... */
    public String freeName(OptionPath parent, String base) {
        ConfigSchema s = schema.get();
        if (s == null) {
            return base;
        }
        String name = base;
        for (int n = 2; s.option(parent.child(name)).isPresent(); n++) {
            name = base + n;
        }
        return name;
    }

    public boolean remove() {
        OptionPath p = selection.get();
        return edit(messages.get("edit.removeOption", p.dotted()), null, s -> s.remove(p));
    }

    public boolean duplicate() {
        OptionPath p = selection.get();
        return edit(messages.get("edit.duplicateOption", p.dotted()), null, s -> s.duplicate(p));
    }

    public boolean move(OptionPath path, OptionPath newParent, int index) {
        return edit(messages.get("edit.moveOption", path.dotted()), null, s -> s.move(path, newParent, index));
    }

    /** The template changes renaming {@code path} to {@code newName} would need (nothing to change without a template). */
    public RenamePreview renamePreview(OptionPath path, String newName) {
        Revision r = session.current();
        String template = r.template().orElse("");
        return TemplateRename.preview(template, schema.get(), r.resource().flatMap(d -> d.tree()).orElse(null),
                path, path.renamed(newName));
    }

    /**
     * Why renaming {@code path} to {@code newName} would be refused (a taken or unusable name), said also in
     * {@link #refusalProperty()}; empty when it would work.
     */
    public Optional<String> renameRefusal(OptionPath path, String newName) {
        ConfigSchema current = schema.get();
        if (current == null) {
            refusal.set(messages.get("options.unparseable"));
            return Optional.of(refusal.get());
        }
        Optional<String> why = current.rename(path, newName).refusal();
        refusal.set(why.orElse(""));
        return why;
    }

    /**
     * Renames an option; with {@code template} (the preview's new text) the template changes in the same
     * step, so one undo restores both.
     */
    public boolean rename(OptionPath path, String newName, RenamePreview template) {
        ConfigSchema current = schema.get();
        if (current == null || readOnly.get()) {
            refusal.set(messages.get("options.unparseable"));
            return false;
        }
        EditResult result = current.rename(path, newName);
        if (!result.applied()) {
            refusal.set(result.refusal().orElse(""));
            return false;
        }
        refusal.set("");
        ConfigSchema next = result.schema();
        boolean withTemplate = template != null && template.changesAnything();
        session.apply(Edit.of(messages.get("edit.renameOption", path.dotted(), newName), r -> {
            Revision renamed = next.applyTo(r);
            return withTemplate ? renamed.withText(RevisionFile.TEMPLATE, template.newText()) : renamed;
        }));
        selection.set(result.selection());
        return true;
    }

    /** Adds the service block; the returned lines are offered for the template. */
    public Optional<ServiceBlock.Added> addServiceBlock() {
        ConfigSchema current = schema.get();
        if (current == null || readOnly.get()) {
            refusal.set(messages.get("options.unparseable"));
            return Optional.empty();
        }
        String name = session.current().name().orElse("my-service");
        ServiceBlock.Added added = ServiceBlock.add(current, name);
        if (!added.edit().applied() || added.addedOptions().isEmpty()) {
            refusal.set(added.edit().refusal().orElse(messages.get("options.serviceComplete")));
            return added.edit().applied() ? Optional.of(added) : Optional.empty();
        }
        edit(messages.get("edit.addServiceBlock"), null, s -> added.edit());
        return Optional.of(added);
    }

    /**
     * Writes the Markdown reference to {@code target} atomically (a temp file moved into place), so a
     * failure never leaves half a file; returns the reason when it could not.
     */
    public Optional<String> exportReference(java.nio.file.Path target) {
        try {
            io.universestudio.core.io.AtomicFiles.writeString(target, referenceMarkdown());
            return Optional.empty();
        } catch (java.io.IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not write the config reference to " + target, e);
            return Optional.of(messages.get("options.exportFailed", target, e.getMessage()));
        }
    }

    /** The Markdown reference of every option. */
    public String referenceMarkdown() {
        return schema.get() == null ? "" : ConfigReference.markdown(schema.get());
    }
}
