package io.universestudio.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The questions the application asks people; view models ask through this, the window answers with dialogs. */
public interface Prompts {

    enum Unsaved { SAVE, DISCARD, CANCEL }

    /** "Save the changes to ...?" before they would be lost. */
    Unsaved askUnsaved(String what);

    /** Tells about something that failed: a short message, details expandable. */
    void error(String message, String details);

    /**
     * Asks before doing something the person may not want: {@code header} says what will happen,
     * {@code items} lists what they should know (one line each), {@code go} labels the button that goes
     * ahead. True only when they press it.
     */
    boolean confirm(String id, String header, List<String> items, String go);

    /** Lets the person pick a folder; empty when they cancel. */
    Optional<Path> chooseFolder(String title, Path initial);

    /** Lets the person pick an existing file of one of {@code patterns} ("*.dcos"); empty when they cancel. */
    Optional<Path> chooseFile(String title, String kind, String... patterns);
}
