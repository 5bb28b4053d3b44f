package io.universestudio.ui.wizard;

import io.universestudio.core.authoring.NewPackageRequest;
import io.universestudio.core.authoring.PackageGenerator;
import io.universestudio.core.io.Samples;
import io.universestudio.core.model.PackagingVersion;
import io.universestudio.core.model.Revision;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/**
 * The New package wizard: name, packaging version, maintainer and starting sample, with the request's
 * problems live so the Create button stays off until there are none. {@link #create()} makes the
 * unsaved revision; {@link PackageGenerator} guarantees it validates cleanly.
 */
public final class NewPackageViewModel {

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<PackagingVersion> packagingVersion =
            new SimpleObjectProperty<>(this, "packagingVersion", PackagingVersion.V4_0);
    private final StringProperty maintainer = new SimpleStringProperty(this, "maintainer", "");
    private final StringProperty sample = new SimpleStringProperty(this, "sample", Samples.DEFAULT);
    private final ObjectBinding<List<String>> problems;

    public NewPackageViewModel() {
        problems = Bindings.createObjectBinding(() -> request().problems(), name, packagingVersion, maintainer, sample);
    }

    public NewPackageRequest request() {
        PackagingVersion pv = packagingVersion.get() == null ? PackagingVersion.V4_0 : packagingVersion.get();
        return new NewPackageRequest(name.get(), pv, maintainer.get(), sample.get());
    }

    /** The new revision, not saved anywhere yet. */
    public Revision create() {
        return PackageGenerator.generate(request());
    }

    public List<String> samples() {
        return Samples.NAMES;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<PackagingVersion> packagingVersionProperty() {
        return packagingVersion;
    }

    public StringProperty maintainerProperty() {
        return maintainer;
    }

    public StringProperty sampleProperty() {
        return sample;
    }

    public ObjectBinding<List<String>> problemsBinding() {
        return problems;
    }
}
