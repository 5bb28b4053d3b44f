package io.universestudio.core.resource;

import java.util.Optional;

/** What an edit of resource.json gave: the new model, or the unchanged one and a plain reason. */
public record ResourceEdit(ResourceModel model, String refusalMessage) {

    static ResourceEdit done(ResourceModel model) {
        return new ResourceEdit(model, null);
    }

    static ResourceEdit refused(ResourceModel unchanged, String message) {
        return new ResourceEdit(unchanged, message);
    }

    public boolean applied() {
        return refusalMessage == null;
    }

    public Optional<String> refusal() {
        return Optional.ofNullable(refusalMessage);
    }
}
