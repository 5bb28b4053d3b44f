package io.universestudio.ui.session;

/** Tells, at each change of the session's revision, whether it is a package opened since the last look. */
final class OpeningWatch {

    private final EditorSession session;
    private long seen;

    OpeningWatch(EditorSession session) {
        this.session = session;
        this.seen = session.openings();
    }

    /** True once for each opening: the change now is (or follows) a package opened since the last call. */
    boolean isNewOpening() {
        long now = session.openings();
        boolean opened = now != seen;
        seen = now;
        return opened;
    }
}
