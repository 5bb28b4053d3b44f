package io.universestudio.ui.wizard;

import io.universestudio.core.authoring.NewPackageRequest;
import io.universestudio.core.authoring.PackageGenerator;
import io.universestudio.core.io.Samples;
import io.universestudio.core.model.PackagingVersion;
import io.universestudio.core.model.Revision;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.List;

/**
 * The New package wizard: name, packaging version, maintainer and starting sample, with the request's
 * problems live so the Create button stays off until there are none; problems are shown only for the
 * fields the person touched. {@link #create()} makes the
 * unsaved revision; {@link PackageGenerator} guarantees it validates cleanly.
 */
public final class NewPackageViewModel {

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<PackagingVersion> packagingVersion =
            new SimpleObjectProperty<>(this, "packagingVersion", PackagingVersion.V4_0);
    private final StringProperty maintainer = new SimpleStringProperty(this, "maintainer", "");
    private final StringProperty sample = new SimpleStringProperty(this, "sample", Samples.DEFAULT);
    private final BooleanProperty nameTouched = new SimpleBooleanProperty(this, "nameTouched");
    private final BooleanProperty maintainerTouched = new SimpleBooleanProperty(this, "maintainerTouched");
    private final ObjectBinding<List<String>> problems;
    private final ObjectBinding<List<String>> shownProblems;

    public NewPackageViewModel() {
        problems = Bindings.createObjectBinding(() -> request().problems(), name, packagingVersion, maintainer, sample);
        shownProblems = Bindings.createObjectBinding(this::problemsOfTouchedFields, name, maintainer, sample,
                nameTouched, maintainerTouched);
        name.addListener((o, a, b) -> nameTouched.set(true));
        maintainer.addListener((o, a, b) -> maintainerTouched.set(true));
    }

    /**
     * Only fields the person has typed in (or left) are judged: an empty form is not a mistake, so nothing
     * is shown as wrong before anything was typed. Create stays off until {@link #problemsBinding()} is empty.
     */
    private List<String> problemsOfTouchedFields() {
        NewPackageRequest r = request();
        List<String> out = new ArrayList<>();
        if (nameTouched.get()) {
            r.nameProblem().ifPresent(out::add);
        }
        if (maintainerTouched.get()) {
            r.maintainerProblem().ifPresent(out::add);
        }
        r.sampleProblem().ifPresent(out::add);
        return out;
    }

    /** Marks the name as touched (its field lost the focus), so its problem is shown even if nothing was typed. */
    public void touchName() {
        nameTouched.set(true);
    }

    public void touchMaintainer() {
        maintainerTouched.set(true);
    }

    /** The problems to show now: those of the fields the person touched. */
    public ObjectBinding<List<String>> shownProblemsBinding() {
        return shownProblems;
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
