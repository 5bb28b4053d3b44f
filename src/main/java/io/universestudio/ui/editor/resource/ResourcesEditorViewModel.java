package io.universestudio.ui.editor.resource;

import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.resource.Asset;
import io.universestudio.core.resource.AssetKind;
import io.universestudio.core.resource.AssetUsages;
import io.universestudio.core.resource.CliBinary;
import io.universestudio.core.resource.ImageSlot;
import io.universestudio.core.resource.ResourceEdit;
import io.universestudio.core.resource.ResourceModel;
import io.universestudio.core.resource.ScaledIcons;
import io.universestudio.core.schema.ConfigSchema;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.session.Edit;
import io.universestudio.ui.session.EditorSession;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The resources editor's state: resource.json of the session's current revision as a {@link ResourceModel},
 * where the template uses each asset, and every change as one {@link Edit} that splices the text.
 */
public final class ResourcesEditorViewModel {

    private final EditorSession session;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<ResourceModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyObjectWrapper<Map<Asset, List<AssetUsages.Usage>>> usages =
            new ReadOnlyObjectWrapper<>(this, "usages", Map.of());
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");
    private Revision shown;

    public ResourcesEditorViewModel(EditorSession session, Messages messages) {
        this.session = session;
        this.messages = messages;
        session.currentProperty().addListener((o, a, r) -> refresh(r));
        refresh(session.current());
    }

    private void refresh(Revision r) {
        boolean sameResource = shown != null && r.text(RevisionFile.RESOURCE).equals(shown.text(RevisionFile.RESOURCE));
        boolean sameUses = sameResource && r.template().equals(shown.template())
                && r.text(RevisionFile.CONFIG).equals(shown.text(RevisionFile.CONFIG));
        shown = r;
        if (!sameResource) {
            model.set(r.resource().map(ResourceModel::of).orElseGet(() -> Optional.of(ResourceModel.blank())).orElse(null));
        }
        if (!sameUses && model.get() != null) {
            ConfigSchema config = r.config().flatMap(ConfigSchema::of).orElseGet(ConfigSchema::blank);
            usages.set(AssetUsages.find(r.template().orElse(""), config, model.get()));
        }
    }

    /** resource.json of the current revision, or null while it does not parse. */
    public ReadOnlyObjectProperty<ResourceModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public ResourceModel model() {
        return model.get();
    }

    /** Where the template uses each asset (1-based lines). */
    public ReadOnlyObjectProperty<Map<Asset, List<AssetUsages.Usage>>> usagesProperty() {
        return usages.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** The lines where the template uses {@code asset}, for the table ("12, 40"), or "" when unused. */
    public String usedAt(Asset asset) {
        List<AssetUsages.Usage> u = usages.get().getOrDefault(asset, List.of());
        return String.join(", ", u.stream().map(x -> Integer.toString(x.line())).toList());
    }

    /** Runs one resource edit as one undoable step; false (with a reason) when refused. */
    public boolean edit(String description, String mergeKey, Function<ResourceModel, ResourceEdit> change) {
        ResourceModel current = model.get();
        if (current == null) {
            refusal.set(messages.get("resources.unparseable"));
            return false;
        }
        ResourceEdit result = change.apply(current);
        if (!result.applied()) {
            refusal.set(result.refusal().orElse(""));
            return false;
        }
        refusal.set("");
        ResourceModel next = result.model();
        if (Objects.equals(next.text(), current.text())) {
            return true;
        }
        session.apply(new Edit(description, mergeKey, r -> next.applyTo(r)));
        return true;
    }

    public boolean setImage(ImageSlot slot, String url) {
        return edit(messages.get("edit.setImage", slot.key()), null, m -> m.withImage(slot, url));
    }

    public boolean setScreenshots(List<String> urls) {
        return edit(messages.get("edit.setScreenshots"), null, m -> m.withScreenshots(urls));
    }

    /** The three icons made from one image, once hosted at {@code baseUrl}. */
    public boolean setIcons(ScaledIcons icons, String baseUrl) {
        return edit(messages.get("edit.setIcons"), null, m -> m.withIcons(icons.urls(baseUrl)));
    }

    public boolean setAsset(AssetKind kind, String alias, String value) {
        return edit(messages.get("edit.setAsset", kind.templatePath(alias)), null, m -> m.withAsset(kind, alias, value));
    }

    public boolean renameAsset(AssetKind kind, String from, String to) {
        return edit(messages.get("edit.renameAsset", kind.templatePath(from), to), null, m -> m.renameAsset(kind, from, to));
    }

    public boolean removeAsset(AssetKind kind, String alias) {
        return edit(messages.get("edit.removeAsset", kind.templatePath(alias)), null, m -> m.withoutAsset(kind, alias));
    }

    /** A new row: an alias not used yet in that table. */
    public boolean addAsset(AssetKind kind) {
        ResourceModel m = model.get();
        if (m == null) {
            return false;
        }
        List<String> aliases = m.assets(kind).stream().map(Asset::alias).toList();
        String alias = kind == AssetKind.DOCKER ? "image" : "uri";
        for (int n = 2; aliases.contains(alias); n++) {
            alias = (kind == AssetKind.DOCKER ? "image" : "uri") + n;
        }
        return setAsset(kind, alias, "");
    }

    public boolean setCliBinary(CliBinary binary) {
        return edit(messages.get("edit.setCli", binary.os().key()), null, m -> m.withCliBinary(binary));
    }

    public boolean removeCliBinary(CliBinary.Os os) {
        return edit(messages.get("edit.removeCli", os.key()), null, m -> m.withoutCliBinary(os));
    }
}
