package io.universestudio.ui.main;

import io.universestudio.cli.AppVersion;
import io.universestudio.core.bundle.BundleBuilder;
import io.universestudio.core.bundle.BundleLimits;
import io.universestudio.core.bundle.DefinitionWriter;
import io.universestudio.core.model.Revision;
import io.universestudio.core.validate.Problem;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.common.Notification;
import io.universestudio.ui.session.EditorSession;
import javafx.beans.property.ObjectProperty;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * File > Export: the revision being edited as a package.dcos or as a registry build definition, written
 * on the io thread (zipping and copying), the outcome told in the notification bar with the DC/OS command
 * that takes the file next.
 */
public final class ExportViewModel {

    private static final System.Logger LOG = System.getLogger(ExportViewModel.class.getName());

    private final EditorSession session;
    private final ObjectProperty<Notification> notification;
    private final Messages messages;
    private final Executor io;
    private final Executor fx;

    public ExportViewModel(EditorSession session, ObjectProperty<Notification> notification, Messages messages,
                           Executor io, Executor fx) {
        this.session = session;
        this.notification = notification;
        this.messages = messages;
        this.io = io;
        this.fx = fx;
    }

    /** Builds {@code <name>-<version>-<md5>.dcos} in {@code folder}; the future completes once it is told. */
    public CompletableFuture<Path> exportBundle(Path folder) {
        Revision revision = session.current();
        return run(() -> {
            BundleBuilder.Outcome outcome = new BundleBuilder(AppVersion.current(), BundleLimits.DEFAULT).build(revision, folder);
            if (outcome.written()) {
                return new Result(outcome.file(), null);
            }
            if (outcome.identical() != null) {
                return new Result(outcome.identical(), null);
            }
            return new Result(null, outcome.errors());
        }, new Texts("export.bundle.done", "export.bundle.wrote", "export.bundle.failed"), file -> "dcos registry add --dcos-file " + file);
    }

    /** Writes {@code <name>-<version>.json} in {@code folder}, with the files it references beside it unless inline. */
    public CompletableFuture<Path> exportDefinition(Path folder, boolean inline) {
        Revision revision = session.current();
        return run(() -> {
            DefinitionWriter.Outcome outcome = DefinitionWriter.write(revision, folder, inline);
            return outcome.written() ? new Result(outcome.definition(), null) : new Result(null, outcome.errors());
        }, new Texts("export.definition.done", "export.definition.wrote", "export.definition.failed"), file -> "dcos registry build --build-definition-file=" + file
                + " --output-directory=" + file.getParent());
    }

    private record Result(Path file, List<Problem> errors) {
    }

    /** The message keys of one kind of export's outcome. */
    private record Texts(String done, String wrote, String failed) {
    }

    private interface Work {
        Result run() throws IOException;
    }

    private CompletableFuture<Path> run(Work work, Texts texts, Function<Path, String> nextCommand) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.run();
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, io).handleAsync((result, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                LOG.log(System.Logger.Level.WARNING, "Export failed", cause);
                notification.set(Notification.of(Notification.Kind.ERROR, messages.get(texts.failed()), cause.getMessage()));
                return null;
            }
            if (result.file() == null) {
                notification.set(Notification.of(Notification.Kind.ERROR, messages.get(texts.failed()),
                        result.errors().stream().map(Problem::message).collect(Collectors.joining("\n"))));
                return null;
            }
            notification.set(Notification.of(Notification.Kind.SUCCESS, messages.get(texts.done()),
                    messages.get(texts.wrote(), result.file())).withCommand(nextCommand.apply(result.file())));
            return result.file();
        }, fx);
    }
}
