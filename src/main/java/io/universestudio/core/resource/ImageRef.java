package io.universestudio.core.resource;

import io.universestudio.core.json.JsonPointers;

/** One image of resource.json: its slot, its index among the screenshots (-1 for icons), and its URL. */
public record ImageRef(ImageSlot slot, int index, String url) {

    public String pointer() {
        String p = JsonPointers.child("/images", slot.key());
        return slot == ImageSlot.SCREENSHOT ? JsonPointers.child(p, index) : p;
    }
}
