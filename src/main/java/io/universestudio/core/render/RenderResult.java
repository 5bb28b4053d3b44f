package io.universestudio.core.render;

/** What a render gives: an app ({@link RenderSuccess}) or the reason there is none ({@link RenderFailure}). */
public sealed interface RenderResult permits RenderSuccess, RenderFailure {

    default boolean succeeded() {
        return this instanceof RenderSuccess;
    }
}
