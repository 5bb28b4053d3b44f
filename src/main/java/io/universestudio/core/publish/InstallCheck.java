package io.universestudio.core.publish;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.Revision;
import io.universestudio.core.render.RenderFailure;
import io.universestudio.core.render.RenderRequest;
import io.universestudio.core.render.RenderResult;
import io.universestudio.core.render.RenderSuccess;
import io.universestudio.core.render.Renderer;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders the package as a cluster would with its defaults. When that fails, the failure is excused only
 * if the options that have no default are its whole cause: with a stand-in value for each, the package
 * renders. Those the render really needs (every required one, and the others it cannot do without) are
 * what the installer must give (ADR 0115).
 */
final class InstallCheck {

    /** Beyond this many optional inputs, each is not tried alone: all of them are named. */
    private static final int MAX_TRIED = 24;

    private final Renderer renderer;

    InstallCheck(Renderer renderer) {
        this.renderer = renderer;
    }

    Installability check(Revision revision) {
        if (revision.template().map(String::isEmpty).orElse(true)) {
            return Installability.withDefaults(); // a CLI-only package: nothing to install on Marathon
        }
        RenderResult defaults = renderer.render(revision, RenderRequest.defaults());
        if (!(defaults instanceof RenderFailure f)) {
            return Installability.withDefaults();
        }
        Installability refused = new Installability(false, List.of(), f);
        switch (f.kind()) {
            case JSON_SCHEMA_MISMATCH, JSON_PARSING_ERROR, OPTIONS_NOT_ALLOWED -> {
            }
            case SERVICE_MARATHON_TEMPLATE_NOT_FOUND -> {
                return Installability.withDefaults();
            }
            default -> {
                return refused;
            }
        }
        ObjectNode config = revision.config().flatMap(JsonDocument::object).orElse(null);
        List<InstallerInputs.Input> inputs = config == null ? List.of()
                : InstallerInputs.of(config).stream().filter(i -> i.standIn() != null).toList();
        if (inputs.isEmpty() || !renders(revision, inputs)) {
            return refused;
        }
        List<InstallerInputs.Input> needed = new ArrayList<>(inputs);
        List<InstallerInputs.Input> optional = inputs.stream().filter(i -> !i.required()).toList();
        if (optional.size() <= MAX_TRIED) {
            for (InstallerInputs.Input candidate : optional) {
                List<InstallerInputs.Input> without = new ArrayList<>(needed);
                without.remove(candidate);
                if (renders(revision, without)) {
                    needed = without;
                }
            }
        }
        return new Installability(true, needed.stream().map(InstallerInputs.Input::path).toList(), f);
    }

    private boolean renders(Revision revision, List<InstallerInputs.Input> inputs) {
        return renderer.render(revision, RenderRequest.defaults().withOptions(InstallerInputs.options(inputs)))
                instanceof RenderSuccess;
    }
}
