package io.universestudio.ui.publish;

import org.junit.jupiter.api.Test;

import static io.universestudio.ui.publish.PublishFailures.Cause;
import static io.universestudio.ui.publish.PublishFailures.causeOf;
import static org.assertj.core.api.Assertions.assertThat;

class PublishFailuresTest {

    @Test
    void theTransportsWordsPickTheShortMessage() {
        assertThat(causeOf("Publishing to https://h/x failed: https://h/x: not authorized.")).isEqualTo(Cause.AUTHENTICATION);
        assertThat(causeOf("The push was rejected: the remote branch moved on.")).isEqualTo(Cause.REJECTED);
        assertThat(causeOf("Could not get the repository: Connection refused. Nothing was changed.")).isEqualTo(Cause.UNREACHABLE);
        assertThat(causeOf("Writing failed: No space left on device")).isEqualTo(Cause.DISK_FULL);
        assertThat(causeOf("Could not get the repository file:///x: Invalid remote: origin.")).isEqualTo(Cause.UNREACHABLE);
        assertThat(causeOf("Something else")).isEqualTo(Cause.OTHER);
        assertThat(causeOf("https://h/x: 401 Unauthorized")).isEqualTo(Cause.AUTHENTICATION);
        // The digits inside a temporary folder's name are not an HTTP status.
        assertThat(causeOf("Could not get the repository file:///tmp/junit-16356544015708911782/r.git: Invalid remote:"
                + " origin.")).isEqualTo(Cause.UNREACHABLE);
        assertThat(PublishFailures.key(Cause.DISK_FULL)).isEqualTo("publish.failed.diskfull");
    }
}
