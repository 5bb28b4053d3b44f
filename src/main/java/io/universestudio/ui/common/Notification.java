package io.universestudio.ui.common;

/**
 * Something that happened, told in the window's banner: a title, one or two sentences, details shown on
 * request, and at most one next step (a command to copy or a link to open). Plain values, so view models
 * can make them without touching the scene graph.
 *
 * @param command a shell command the person will want to copy (empty when none)
 * @param link    a web address for the next step (empty when none)
 * @param action  a button that takes the next step in the window ("New revision"); null when none
 */
public record Notification(Kind kind, String title, String message, String details, String command, String link,
                           Action action) {

    public enum Kind { SUCCESS, INFO, ERROR }

    /** A next step the window can take itself: the button's label and what it does. */
    public record Action(String label, Runnable run) {
    }

    public Notification {
        title = orEmpty(title);
        message = orEmpty(message);
        details = orEmpty(details);
        command = orEmpty(command);
        link = orEmpty(link);
    }

    public static Notification of(Kind kind, String title, String message) {
        return new Notification(kind, title, message, "", "", "", null);
    }

    public Notification withDetails(String text) {
        return new Notification(kind, title, message, text, command, link, action);
    }

    public Notification withCommand(String text) {
        return new Notification(kind, title, message, details, text, link, action);
    }

    public Notification withLink(String url) {
        return new Notification(kind, title, message, details, command, url, action);
    }

    public Notification withAction(String label, Runnable run) {
        return new Notification(kind, title, message, details, command, link, new Action(label, run));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
