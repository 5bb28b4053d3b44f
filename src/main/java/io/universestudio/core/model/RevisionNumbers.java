package io.universestudio.core.model;

import java.util.OptionalInt;

/** Revision folder names: decimal integers, as the Universe's scripts read them with {@code int()}. */
public final class RevisionNumbers {

    private RevisionNumbers() {
    }

    public static OptionalInt parse(String folderName) {
        if (folderName == null || folderName.isEmpty() || folderName.length() > 9) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < folderName.length(); i++) {
            if (!Character.isDigit(folderName.charAt(i)) || folderName.charAt(i) > '9') {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(Integer.parseInt(folderName));
    }
}
