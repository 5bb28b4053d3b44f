package io.universestudio.testsupport;

import io.universestudio.ui.common.Prompts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The person's answers, set by a test: every question is recorded ({@code unsavedQuestions} by what would be lost, {@code errors} as "message\ndetails",
 * {@code confirmations} as "id|header|items…|go") and answered with the field the test set. A chooser
 * that was given no answer is cancelled.
 */
public final class ScriptedPrompts implements Prompts {

    public final List<String> unsavedQuestions = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    public Unsaved unsaved = Unsaved.CANCEL;
    public boolean confirm;
    public Path folder;
    public Path file;

    @Override
    public Unsaved askUnsaved(String what) {
        unsavedQuestions.add(what);
        return unsaved;
    }

    @Override
    public void error(String message, String details) {
        errors.add(message + "\n" + details);
    }

    @Override
    public boolean confirm(String id, String header, List<String> items, String go) {
        List<String> parts = new ArrayList<>(List.of(id, header));
        parts.addAll(items);
        parts.add(go);
        confirmations.add(String.join("|", parts));
        return confirm;
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        return Optional.ofNullable(folder);
    }

    @Override
    public Optional<Path> chooseFile(String title, String kind, String... patterns) {
        return Optional.ofNullable(file);
    }
}
