package io.universestudio.ui.main;

import io.universestudio.cli.AppVersion;
import io.universestudio.core.bundle.BundleLimits;
import io.universestudio.core.bundle.PackageForm;
import io.universestudio.core.bundle.PackageLocation;
import io.universestudio.core.bundle.PackageSaver;
import io.universestudio.core.bundle.PackageSources;
import io.universestudio.core.io.RevisionLoadException;
import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.io.RevisionWriter;
import io.universestudio.core.io.Samples;
import io.universestudio.core.io.UniverseRepository;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionOrigin;
import io.universestudio.core.validate.Problem;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.common.Prompts;
import io.universestudio.ui.prefs.PreferencesStore;
import io.universestudio.ui.session.Draft;
import io.universestudio.ui.session.DraftStore;
import io.universestudio.ui.session.EditorSession;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * What the main window does with packages: new from the sample, open a revision or a repository, save,
 * recent files, the unsaved-changes question, restoring a draft, and the status line. Disk work runs on
 * the io thread; results come back on the FX thread.
 */
public final class MainViewModel {

    private static final System.Logger LOG = System.getLogger(MainViewModel.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final EditorSession session;
    private final Prompts prompts;
    private final PreferencesStore preferences;
    private final DraftStore drafts;
    private final Messages messages;
    private final Executor io;
    private final Executor fx;
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    private final ObservableList<String> recentRepositories = FXCollections.observableArrayList();
    private final ObservableList<String> recentPackages = FXCollections.observableArrayList();
    private final ObjectProperty<RepositoryListing> repository = new SimpleObjectProperty<>(this, "repository");
    private final ObjectProperty<Draft> restoredDraft = new SimpleObjectProperty<>(this, "restoredDraft");
    /** Where the revision came from when it is a package.dcos or a build definition; null for a folder or new. */
    private final ObjectProperty<PackageLocation> packageFile = new SimpleObjectProperty<>(this, "packageFile");
    /** Nothing is open: the window shows the start page (first start, File > Close). */
    private final BooleanProperty nothingOpen = new SimpleBooleanProperty(this, "nothingOpen");
    private final StringBinding title;
    /** Told of each revision read from a folder before it is opened, on the io thread (ADR 0150). */
    private Consumer<Revision> onRead = r -> { };

    public MainViewModel(EditorSession session, Prompts prompts, PreferencesStore preferences, DraftStore drafts,
                         Messages messages, Executor io, Executor fx) {
        this.session = session;
        this.prompts = prompts;
        this.preferences = preferences;
        this.drafts = drafts;
        this.messages = messages;
        this.io = io;
        this.fx = fx;
        recent.setAll(preferences.current().recent());
        recent.addListener((javafx.collections.ListChangeListener<String>) c -> sortRecent());
        sortRecent();
        // Whatever opens (a revision, a new package, a restored draft, a repository) replaces the start page.
        session.currentProperty().addListener((o, a, b) -> nothingOpen.set(false));
        repository.addListener((o, a, b) -> nothingOpen.set(false));
        packageFile.addListener((o, a, b) -> drafts.packageFile(b == null ? null : b.path()));
        title = Bindings.createStringBinding(this::makeTitle, session.currentProperty(), session.dirtyProperty(), packageFile);
    }

    private String makeTitle() {
        Revision r = session.current();
        String name = r.name().orElse(messages.get("title.unnamed")) + " " + r.version().orElse("");
        String where = packageFile.get() != null ? packageFile.get().describe()
                : r.origin().folderIfAny().map(Path::toString).orElse(messages.get("title.notSaved"));
        return (session.isDirty() ? "* " : "") + name.strip() + " \u2013 " + where + " \u2013 " + messages.get("app.name");
    }

    /**
     * Lets {@code listener} start work on each revision read from a folder as soon as it is read, on the io
     * thread, before the FX thread opens it (the first check of the package the window starts with).
     */
    public void onRead(Consumer<Revision> listener) {
        this.onRead = listener;
    }

    /**
     * What the window shows first: a draft left by a crash, else the folder given, else the start page (the
     * sample is one click away there; opening it unasked only hid what to do next).
     */
    public void start(Optional<Path> argument) {
        Optional<Draft> draft = drafts.find();
        if (draft.isPresent()) {
            restore(draft.get(), argument);
            return;
        }
        argument.ifPresentOrElse(p -> openPath(p, false), () -> {
            nothingOpen.set(true);
            status.set(messages.get("status.startPage"));
        });
    }

    /** Splits the recent list into repositories and packages for the start page (on the io thread: it looks at the disk). */
    private void sortRecent() {
        List<String> all = List.copyOf(recent);
        CompletableFuture.supplyAsync(() -> all.stream().collect(Collectors.partitioningBy(
                p -> UniverseRepository.isRepository(Path.of(p)))), io).thenAcceptAsync(split -> {
                    recentRepositories.setAll(split.get(true));
                    recentPackages.setAll(split.get(false));
                }, fx);
    }

    /** File > Close: after the unsaved-changes question, nothing is open and the start page shows. */
    public void close() {
        if (!confirmLeave()) {
            return;
        }
        session.open(Revision.empty(RevisionOrigin.NEW));
        packageFile.set(null);
        restoredDraft.set(null);
        drafts.discard();
        nothingOpen.set(true);
        status.set(messages.get("status.startPage"));
    }

    /**
     * Lays the draft over what it was made from: the package.dcos or build definition it came from (so Save
     * writes that form back), else its revision folder, else a new package.
     */
    private void restore(Draft draft, Optional<Path> argument) {
        Optional<PackageSources.Opened> fromFile = draft.packageFileIfAny().filter(Files::isRegularFile).flatMap(p -> {
            try {
                return Optional.of(PackageSources.open(p)).filter(PackageSources.Opened::ok);
            } catch (IOException e) {
                return Optional.empty();
            }
        });
        Revision base = fromFile.map(PackageSources.Opened::revision).or(() -> draft.originIfAny().filter(Files::isDirectory).flatMap(p -> {
            try {
                return Optional.of(RevisionReader.read(p));
            } catch (RevisionLoadException e) {
                return Optional.empty();
            }
        })).orElse(Revision.empty(RevisionOrigin.NEW));
        packageFile.set(fromFile.map(PackageSources.Opened::location).orElse(null));
        session.openWithChanges(base, draft.applyTo(base), messages.get("edit.restoreDraft"));
        restoredDraft.set(draft);
        String when = TIME.format(draft.writtenAt());
        Optional<Path> madeFrom = fromFile.isPresent() ? draft.packageFileIfAny() : draft.originIfAny();
        status.set(argument.filter(a -> !madeFrom.map(o -> o.equals(a.toAbsolutePath().normalize())).orElse(false))
                .map(a -> messages.get("status.restoredInstead", when, a))
                .orElse(messages.get("status.restored", when)));
        argument.filter(UniverseRepository::isRepository).ifPresent(this::listRepository);
    }

    /** Throws the restored draft away and shows the package as it is on disk. */
    public void discardRestoredDraft() {
        restoredDraft.set(null);
        drafts.discard();
        while (session.undo()) {
            // back to the revision on disk
        }
        session.open(session.current());
        status.set(messages.get("status.draftDiscarded"));
    }

    public void newPackage() {
        if (!confirmLeave()) {
            return;
        }
        session.open(Samples.load(Samples.DEFAULT));
        packageFile.set(null);
        restoredDraft.set(null);
        status.set(messages.get("status.newFromSample"));
    }

    /**
     * Opens a revision folder, a repository, a package.dcos or a build definition (asking first about
     * unsaved changes when a package is replaced).
     */
    public void open(Path path) {
        openPath(path, true);
    }

    private void openPath(Path given, boolean ask) {
        if (isPackageFile(given)) {
            openPackageFile(given.toAbsolutePath().normalize(), ask);
            return;
        }
        // A file of a revision (e.g. "universe-studio path/to/package.json", or "Open With") opens its folder.
        Path path = Files.isRegularFile(given) && given.getParent() != null ? given.getParent() : given;
        if (UniverseRepository.isRepository(path)) {
            listRepository(path);
            remember(path);
            status.set(messages.get("status.repositoryOpened", path));
            return;
        }
        if (ask && !confirmLeave()) {
            return;
        }
        status.set(messages.get("status.opening", path));
        CompletableFuture.supplyAsync(() -> {
            try {
                Revision read = RevisionReader.read(path);
                onRead.accept(read);
                return read;
            } catch (RevisionLoadException e) {
                throw new CompletionException(e);
            }
        }, io).whenCompleteAsync((revision, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                status.set(messages.get("status.openFailed", path));
                prompts.error(cause.getMessage(), null);
                forget(path);
                return;
            }
            restoredDraft.set(null);
            packageFile.set(null);
            session.open(revision);
            remember(path);
            status.set(messages.get("status.opened", path));
        }, fx);
    }

    /** A package.dcos or a build definition: a file that is not a revision's own file. */
    private static boolean isPackageFile(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        try {
            return PackageForm.of(path) != PackageForm.REVISION_FOLDER && !isRevisionFile(path);
        } catch (IOException e) {
            return false;
        }
    }

    /** config.json, resource.json and the template open their folder, as before. */
    private static boolean isRevisionFile(Path path) {
        String name = path.getFileName().toString();
        return name.equals("config.json") || name.equals("resource.json") || name.equals("command.json")
                || name.endsWith(".mustache");
    }

    private void openPackageFile(Path file, boolean ask) {
        if (ask && !confirmLeave()) {
            return;
        }
        status.set(messages.get("status.opening", file));
        CompletableFuture.supplyAsync(() -> {
            try {
                return PackageSources.open(file);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, io).whenCompleteAsync((opened, failure) -> {
            if (failure != null || !opened.ok()) {
                String details = failure != null
                        ? (failure instanceof CompletionException ? failure.getCause() : failure).getMessage()
                        : describe(opened.problems());
                status.set(messages.get("status.openFailed", file));
                prompts.error(messages.get("status.openFailed", file), details);
                forget(file);
                return;
            }
            restoredDraft.set(null);
            packageFile.set(opened.location());
            session.open(opened.revision());
            remember(file);
            status.set(messages.get("status.openedPackageFile", opened.location().describe(), opened.problems().size()));
        }, fx);
    }

    private static String describe(List<Problem> problems) {
        return problems.stream().map(Problem::message).collect(Collectors.joining("\n"));
    }

    private void listRepository(Path path) {
        CompletableFuture.supplyAsync(() -> {
            try {
                UniverseRepository repo = UniverseRepository.open(path);
                return RepositoryListing.of(repo.root(), repo.packages());
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, io).whenCompleteAsync((listing, failure) -> {
            if (failure != null) {
                prompts.error(messages.get("status.openFailed", path), failure.getCause() == null ? failure.toString() : failure.getCause().getMessage());
                return;
            }
            repository.set(listing);
            status.set(messages.get("status.repositoryOpened", path));
        }, fx);
    }

    /** Saves; for a new package asks for a folder first. Returns false when nothing was saved. */
    public boolean save() {
        Revision written = session.current();
        if (packageFile.get() != null) {
            return saveInForm(written, packageFile.get());
        }
        Optional<Path> folder = written.origin().folderIfAny();
        if (folder.isEmpty()) {
            return saveAs();
        }
        return writeTo(written, folder.get());
    }

    public boolean saveAs() {
        Optional<Path> chosen = prompts.chooseFolder(messages.get("dialog.saveAs"),
                session.current().origin().folderIfAny().orElse(null));
        if (chosen.isEmpty() || !mayReplace(chosen.get())) {
            return false;
        }
        return writeTo(session.current(), chosen.get());
    }

    /**
     * Save As into a folder that holds another package replaces its files: ask first, naming that package.
     * The package's own folder is not asked about (that is a plain save).
     */
    private boolean mayReplace(Path folder) {
        Path own = session.current().origin().folderIfAny().map(p -> p.toAbsolutePath().normalize()).orElse(null);
        if (folder.toAbsolutePath().normalize().equals(own) || !Files.isRegularFile(folder.resolve("package.json"))) {
            return true;
        }
        String there;
        try {
            Revision existing = RevisionReader.read(folder);
            there = existing.name().orElse(messages.get("title.unnamed")) + existing.version().map(v -> " " + v).orElse("");
        } catch (RevisionLoadException e) {
            there = messages.get("saveAs.unreadablePackage");
        }
        return prompts.confirm("replacePackage", messages.get("saveAs.replace.header", folder, there),
                java.util.List.of(messages.get("saveAs.replace.detail")), messages.get("saveAs.replace.go"));
    }

    /**
     * Writes only the changed files, atomically. Runs on the calling (FX) thread: the user is waiting for
     * it and the next step (closing, opening) depends on it; a package is a few small files.
     */
    private boolean writeTo(Revision written, Path folder) {
        try {
            RevisionWriter.Result result = RevisionWriter.write(written, folder);
            Revision onDisk = RevisionReader.read(folder);
            session.markSaved(written, onDisk);
            packageFile.set(null);
            drafts.discard();
            restoredDraft.set(null);
            remember(folder);
            status.set(messages.get("status.saved", result.written().size(), folder));
            return true;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Saving to " + folder + " failed", e);
            prompts.error(messages.get("error.saveFailed", folder), e.getMessage());
            return false;
        }
    }

    /**
     * Writes a package.dcos (a new bundle beside the old one) or a build definition and its referenced
     * files back. On the FX thread for the reason {@link #writeTo} gives; a package zips in milliseconds.
     */
    private boolean saveInForm(Revision written, PackageLocation at) {
        try {
            PackageSaver.Saved saved = new PackageSaver(AppVersion.current(), BundleLimits.DEFAULT).save(written, at);
            if (!saved.saved()) {
                prompts.error(messages.get("error.saveFailed", at.path()), describe(saved.errors()));
                return false;
            }
            PackageSources.Opened reopened = PackageSources.open(saved.location().path());
            session.markSaved(written, reopened.ok() ? reopened.revision() : written);
            packageFile.set(saved.location());
            drafts.discard();
            restoredDraft.set(null);
            remember(saved.location().path());
            status.set(messages.get("status.savedPackageFile", saved.location().path()));
            return true;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Saving to " + at.path() + " failed", e);
            prompts.error(messages.get("error.saveFailed", at.path()), e.getMessage());
            return false;
        }
    }

    /** Asks what to do with unsaved changes; true when it is fine to go on (saved or discarded). */
    public boolean confirmLeave() {
        if (!session.isDirty()) {
            return true;
        }
        String what = session.current().name().orElse(messages.get("title.unnamed"));
        return switch (prompts.askUnsaved(what)) {
            case SAVE -> save();
            case DISCARD -> {
                drafts.discard();
                yield true;
            }
            case CANCEL -> false;
        };
    }

    private void remember(Path path) {
        String p = path.toAbsolutePath().normalize().toString();
        preferences.update(preferences.current().withRecent(p));
        recent.setAll(preferences.current().recent());
    }

    private void forget(Path path) {
        preferences.update(preferences.current().withoutRecent(path.toAbsolutePath().normalize().toString()));
        recent.setAll(preferences.current().recent());
    }

    /** The package.dcos or build definition the revision was opened from; null for a folder or a new one. */
    public ObjectProperty<PackageLocation> packageFileProperty() {
        return packageFile;
    }

    public StringBinding titleBinding() {
        return title;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObservableList<String> recent() {
        return recent;
    }

    public ObjectProperty<RepositoryListing> repositoryProperty() {
        return repository;
    }

    public ObjectProperty<Draft> restoredDraftProperty() {
        return restoredDraft;
    }

    public EditorSession session() {
        return session;
    }

    /** Recently opened repositories, newest first. */
    public ObservableList<String> recentRepositories() {
        return recentRepositories;
    }

    /** Recently opened revisions, package.dcos files and build definitions, newest first. */
    public ObservableList<String> recentPackages() {
        return recentPackages;
    }

    /** True while nothing is open and the start page shows. */
    public BooleanProperty nothingOpenProperty() {
        return nothingOpen;
    }
}
