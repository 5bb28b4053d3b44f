package io.universestudio.ui.wizard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NewPackageViewModelTest {

    @Test
    void onlyTouchedFieldsShowTheirProblemsWhileCreateWaitsForAll() {
        NewPackageViewModel model = new NewPackageViewModel();
        assertThat(model.shownProblemsBinding().get()).isEmpty();
        assertThat(model.problemsBinding().get()).hasSize(2);

        model.nameProperty().set("x");
        assertThat(model.shownProblemsBinding().get()).singleElement().asString().contains("cannot be a package name");
        model.nameProperty().set("demo");
        assertThat(model.shownProblemsBinding().get()).isEmpty();
        assertThat(model.problemsBinding().get()).singleElement().asString().contains("maintains");

        model.touchMaintainer();
        assertThat(model.shownProblemsBinding().get()).singleElement().asString().contains("maintains");
        model.maintainerProperty().set("me@example.com");
        assertThat(model.shownProblemsBinding().get()).isEmpty();
        assertThat(model.problemsBinding().get()).isEmpty();
    }
}
