package io.universestudio.ui.editor.resource;

import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.resource.Asset;
import io.universestudio.core.resource.AssetKind;
import io.universestudio.core.resource.AssetUsages;
import io.universestudio.core.resource.CliBinary;
import io.universestudio.core.resource.IconScaler;
import io.universestudio.core.resource.ImageFetch;
import io.universestudio.core.resource.ImageFetcher;
import io.universestudio.core.resource.ImageSlot;
import io.universestudio.core.resource.ResourceEdit;
import io.universestudio.core.resource.ResourceModel;
import io.universestudio.core.resource.ScaledIcons;
import io.universestudio.core.resource.Sha256;
import io.universestudio.core.schema.ConfigSchema;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.session.Edit;
import io.universestudio.ui.session.EditorSession;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The resources editor's state: resource.json of the session's current revision as a {@link ResourceModel},
 * where the template uses each asset, and every change as one {@link Edit} that splices the text. The slow
 * parts (thumbnails from the web, hashing a CLI binary, scaling a dropped image into icons) run off the FX
 * thread and come back to it.
 */
public final class ResourcesEditorViewModel {

    private static final System.Logger LOG = System.getLogger(ResourcesEditorViewModel.class.getName());

    private final EditorSession session;
    private final Messages messages;
    private final ImageFetcher images;
    private final Path iconsRoot;

    private final Executor io;
    /** Numbers the searches for asset usages: only the newest one's answer is shown. */
    private long usageRequests;
    private final Executor fx;
    private final Executor fetched;
    private final Map<CliBinary.Os, ReadOnlyStringWrapper> cliStatus = new EnumMap<>(CliBinary.Os.class);
    private final ReadOnlyObjectWrapper<ResourceModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyObjectWrapper<Map<Asset, List<AssetUsages.Usage>>> usages =
            new ReadOnlyObjectWrapper<>(this, "usages", Map.of());
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");
    private final javafx.beans.property.ReadOnlyBooleanWrapper readOnly =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "readOnly");
    private Revision shown;
    /** The session's {@link EditorSession#openings()} when the model shown was read. */
    private long readIn = -1;

    /**
     * @param iconsRoot where icons made from a dropped image go, a folder per package
     * @param io        where hashing and scaling run
     * @param fx        where their results come back
     * @param fetched   the FX thread for thumbnails, which arrive on the fetcher's own threads
     */
    public ResourcesEditorViewModel(EditorSession session, Messages messages, ImageFetcher images, Path iconsRoot,
                                    Executor io, Executor fx, Executor fetched) {
        this.session = session;
        this.messages = messages;
        this.images = images;
        this.iconsRoot = iconsRoot;
        this.io = io;
        this.fx = fx;
        this.fetched = fetched;
        for (CliBinary.Os os : CliBinary.Os.values()) {
            cliStatus.put(os, new ReadOnlyStringWrapper(this, "cliStatus-" + os.key(), ""));
        }
        session.currentProperty().addListener((o, a, r) -> refresh(r));
        refresh(session.current());
    }

    private void refresh(Revision r) {
        boolean sameResource = shown != null && r.text(RevisionFile.RESOURCE).equals(shown.text(RevisionFile.RESOURCE));
        boolean sameUses = sameResource && r.template().equals(shown.template())
                && r.text(RevisionFile.CONFIG).equals(shown.text(RevisionFile.CONFIG));
        shown = r;
        if (!sameResource) {
            Optional<ResourceModel> read = r.resource().map(ResourceModel::of).orElseGet(() -> Optional.of(ResourceModel.blank()));
            readOnly.set(read.isEmpty());
            if (read.isPresent()) {
                readIn = session.openings();
                model.set(read.get());
            } else if (readIn != session.openings()) {
                model.set(null); // opened unreadable: no earlier version of this package to show
            } // else the last version that could be read stays, read-only
        }
        if (!sameUses && model.get() != null) {
            findUsages(r, model.get());
        }
    }

    /**
     * Finds where the template uses each asset on the io thread (reading dse/700's 148 KB config.json into
     * options took frames at every pause in typing there); the newest request's answer is shown.
     */
    private void findUsages(Revision r, ResourceModel resources) {
        long mine = ++usageRequests;
        CompletableFuture.supplyAsync(() -> AssetUsages.find(r.template().orElse(""),
                r.config().flatMap(ConfigSchema::of).orElseGet(ConfigSchema::blank), resources), io).whenCompleteAsync((found, failure) -> {
            if (failure != null) {
                LOG.log(System.Logger.Level.WARNING, "Finding where the template uses the assets failed", failure);
            } else if (mine == usageRequests) {
                usages.set(found);
            }
        }, fx);
    }

    /** True while resource.json does not parse: the model is the last one read, and edits are refused. */
    public javafx.beans.property.ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** resource.json of the current revision (the last that could be read while it does not parse), or null. */
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
        if (current == null || readOnly.get()) {
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

    /** The image at {@code url} for a thumbnail, loaded in the background (cached on disk); completes on the FX thread. */
    public CompletableFuture<ImageFetch> thumbnail(String url) {
        return images.fetch(url).thenApplyAsync(f -> f, fetched);
    }

    /** What the CLI row of {@code os} says about the file dropped on it: hashing, hashed, or why it failed. */
    public ReadOnlyStringProperty cliStatusProperty(CliBinary.Os os) {
        return cliStatus.get(os).getReadOnlyProperty();
    }

    /**
     * Hashes {@code file} off the FX thread, then sets it as the sha256 of {@code os}'s binary in one edit
     * (keeping its URL, and choosing its kind from the file name when it has none yet).
     */
    public CompletableFuture<Void> hashCliBinary(CliBinary.Os os, Path file) {
        ReadOnlyStringWrapper status = cliStatus.get(os);
        status.set(messages.get("resources.hashing", file.getFileName()));
        return CompletableFuture.supplyAsync(() -> hash(file), io).thenAcceptAsync(hex -> {
            if (hex.isEmpty()) {
                status.set(messages.get("resources.hashFailed", file.getFileName()));
                return;
            }
            status.set(messages.get("resources.hashed", file.getFileName()));
            Optional<CliBinary> was = model.get() == null ? Optional.empty() : model.get().cliBinary(os);
            String kind = was.map(CliBinary::kind).filter(k -> !k.isBlank()).orElse(
                    file.getFileName().toString().endsWith(".zip") ? CliBinary.ZIP : CliBinary.EXECUTABLE);
            setCliBinary(new CliBinary(os, kind, was.map(CliBinary::url).orElse(""), hex.get()));
        }, fx);
    }

    private static Optional<String> hash(Path file) {
        try {
            return Optional.of(Sha256.of(file));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not hash " + file, e);
            return Optional.empty();
        }
    }

    /**
     * Scales {@code image} into the three icons and their @2x in this package's icon folder, off the FX
     * thread; completes on the FX thread with what was written (or why not), for {@link #setIcons}.
     */
    public CompletableFuture<ScaledIcons> makeIcons(Path image) {
        Path folder = iconFolder(session.current().name().orElse(""));
        return CompletableFuture.supplyAsync(() -> IconScaler.scale(image, folder, "icon"), io)
                .thenApplyAsync(scaled -> scaled, fx);
    }

    /** {@code <data>/icons/<package>}; the scaler creates it when it writes. */
    Path iconFolder(String packageName) {
        return iconsRoot.resolve(packageName.isBlank() ? "package" : packageName);
    }
}
