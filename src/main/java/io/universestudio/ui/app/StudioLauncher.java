package io.universestudio.ui.app;

import javafx.application.Application;

/** Starts the JavaFX application; kept apart from Main so the command line never loads JavaFX. */
public final class StudioLauncher {

    private StudioLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(StudioApplication.class, args);
    }
}
