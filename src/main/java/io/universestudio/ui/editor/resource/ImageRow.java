package io.universestudio.ui.editor.resource;

import io.universestudio.core.resource.ImageCheck;
import io.universestudio.core.resource.ImageFetch;
import io.universestudio.core.resource.ImageRef;
import io.universestudio.core.resource.ResourceIssue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One image of resource.json: its thumbnail, loaded in the background (a placeholder says why while it is
 * loading or when it cannot be), its URL field, and the https and size checks.
 */
final class ImageRow {

    static final double THUMB = 64;

    private final Function<String, CompletableFuture<ImageFetch>> thumbnails;
    private final TextField url = new TextField();
    private final ImageView thumb = new ImageView();
    private final Label placeholder = new Label();
    private final Label checks = new Label();
    private final HBox root;
    private ImageRef shown;

    /** @param thumbnails loads an image in the background and completes on the FX thread */
    ImageRow(String id, String title, Function<String, CompletableFuture<ImageFetch>> thumbnails, Consumer<String> commit) {
        this.thumbnails = thumbnails;
        url.setId(id);
        thumb.setFitWidth(THUMB);
        thumb.setFitHeight(THUMB);
        thumb.setPreserveRatio(true);
        thumb.setId(id + "-thumb");
        placeholder.getStyleClass().add("help-text");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(THUMB);
        StackPane box = new StackPane(placeholder, thumb);
        box.setMinSize(THUMB, THUMB);
        box.setPrefSize(THUMB, THUMB);
        box.getStyleClass().add("thumbnail");
        checks.setId(id + "-checks");
        checks.getStyleClass().addAll("field-problem", "help-text");
        checks.setWrapText(true);
        Label name = new Label(title);
        name.getStyleClass().add("file-name");
        name.setWrapText(true);
        name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox fields = new VBox(4, name, url, checks);
        HBox.setHgrow(fields, Priority.ALWAYS);
        root = new HBox(10, box, fields);
        root.setAlignment(Pos.TOP_LEFT);
        url.setOnAction(e -> commit.accept(url.getText()));
        url.focusedProperty().addListener((o, was, now) -> {
            if (!now && shown != null && !url.getText().equals(shown.url())) {
                commit.accept(url.getText());
            }
        });
    }

    HBox view() {
        return root;
    }

    /** Focuses the URL field (going to a problem about this image). */
    TextField focus() {
        url.requestFocus();
        url.selectAll();
        return url;
    }

    /** Shows {@code image} (or an empty slot); starts loading the thumbnail when the URL changed. */
    void show(ImageRef image) {
        boolean sameUrl = shown != null && image != null && shown.url().equals(image.url());
        shown = image;
        if (!url.getText().equals(image == null ? "" : image.url())) {
            url.setText(image == null ? "" : image.url());
        }
        if (image == null) {
            thumb.setImage(null);
            placeholder.setText("");
            checks.setText("");
            return;
        }
        if (sameUrl) {
            return;
        }
        thumb.setImage(null);
        placeholder.setText("\u2026");
        setChecks(ImageCheck.url(image));
        thumbnails.apply(image.url()).thenAccept(f -> loaded(image, f));
    }

    private void loaded(ImageRef image, ImageFetch f) {
        if (shown == null || !shown.url().equals(image.url())) {
            return; // the URL changed while it loaded
        }
        List<ResourceIssue> issues = new ArrayList<>(ImageCheck.url(image));
        if (!f.available()) {
            placeholder.setText("\u2716");
            Label reason = placeholder;
            reason.setTooltip(new javafx.scene.control.Tooltip(f.message()));
            if (issues.isEmpty()) {
                // Not being able to load it now (offline, slow) is no fault of the package: a note, not a problem.
                checks.getStyleClass().remove("field-problem");
                checks.setText(f.message());
                return;
            }
            issues.add(new ResourceIssue(image.pointer(), f.message()));
        } else {
            // A large image is decoded at thumbnail size: it costs the FX thread less and keeps no full-size copy.
            boolean large = f.imageInfo().map(i -> Math.max(i.width(), i.height()) > 2 * THUMB).orElse(false);
            Image img = new Image(new ByteArrayInputStream(f.data()), large ? 2 * THUMB : 0, large ? 2 * THUMB : 0, true, true);
            thumb.setImage(img.isError() ? null : img);
            placeholder.setText(img.isError() ? "\u2716" : "");
            issues.addAll(ImageCheck.size(image, f.imageInfo()));
            if (issues.isEmpty()) {
                checks.getStyleClass().remove("field-problem");
                checks.setText(f.imageInfo().map(Object::toString).orElse("") + " \u2713");
                return;
            }
        }
        setChecks(issues);
    }

    private void setChecks(List<ResourceIssue> issues) {
        if (!checks.getStyleClass().contains("field-problem")) {
            checks.getStyleClass().add("field-problem");
        }
        checks.setText(issues.stream().map(ResourceIssue::message).collect(Collectors.joining("\n")));
    }

    Optional<ImageRef> image() {
        return Optional.ofNullable(shown);
    }
}
