package io.universestudio.core.resource;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks an image against the Universe's guidance: an https URL (DC/OS UI is served over https and a
 * browser blocks http images as mixed content: universe #1001) and the expected size once known.
 */
public final class ImageCheck {

    private ImageCheck() {
    }

    /** Problems with the URL alone (no download needed). */
    public static List<ResourceIssue> url(ImageRef image) {
        List<ResourceIssue> out = new ArrayList<>();
        String what = image.slot() == ImageSlot.SCREENSHOT ? "Screenshot " + (image.index() + 1) : image.slot().key();
        String url = image.url() == null ? "" : image.url().trim();
        if (url.isEmpty()) {
            out.add(new ResourceIssue(image.pointer(), what + " has no URL."));
            return out;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("http")) {
                out.add(new ResourceIssue(image.pointer(), what + " uses http: use https, or DC/OS UI (served over"
                        + " https) will not show it."));
            } else if (!scheme.equals("https")) {
                out.add(new ResourceIssue(image.pointer(), what + " must be an https:// address; it is " + url + "."));
            } else if (uri.getHost() == null) {
                out.add(new ResourceIssue(image.pointer(), what + " has no host name in its URL."));
            }
        } catch (URISyntaxException e) {
            out.add(new ResourceIssue(image.pointer(), what + " is not a valid URL: " + e.getReason() + "."));
        }
        return out;
    }

    /** Problems with the image's measured size (nothing when the size is not known yet). */
    public static List<ResourceIssue> size(ImageRef image, Optional<ImageInfo> info) {
        if (info.isEmpty() || image.slot().fits(info.get())) {
            return List.of();
        }
        String what = image.slot() == ImageSlot.SCREENSHOT ? "Screenshot " + (image.index() + 1) : image.slot().key();
        return List.of(new ResourceIssue(image.pointer(), what + " is " + info.get().width() + "x" + info.get().height()
                + "; the Universe asks for " + image.slot().expected() + "."));
    }
}
