package io.universestudio.core.resource;

import java.util.Optional;

/**
 * The outcome of fetching one image: loaded from the network, loaded from the cache, or unavailable with
 * a plain reason (offline, timed out, HTTP 404, not an image). Unavailable is a result, not an error: the
 * editor shows a placeholder.
 */
public record ImageFetch(String url, Status status, byte[] bytes, ImageInfo info, String message) {

    public enum Status { LOADED, CACHED, UNAVAILABLE }

    static ImageFetch unavailable(String url, String message) {
        return new ImageFetch(url, Status.UNAVAILABLE, null, null, message);
    }

    public boolean available() {
        return status != Status.UNAVAILABLE;
    }

    public Optional<ImageInfo> imageInfo() {
        return Optional.ofNullable(info);
    }

    /** A copy of the image bytes (empty when unavailable). */
    public byte[] data() {
        return bytes == null ? new byte[0] : bytes.clone();
    }
}
