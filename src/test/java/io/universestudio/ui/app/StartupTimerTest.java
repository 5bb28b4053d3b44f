package io.universestudio.ui.app;

import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.model.RevisionOrigin;
import io.universestudio.core.validate.ValidationReport;
import io.universestudio.ui.session.EditorSession;
import io.universestudio.ui.session.LiveValidation;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figure and the line that packaging/linux/check-deb.sh reads. That the line is logged when the
 * installed app's window shows is checked by that script (a shown Stage needs Monocle, whose 21.x build
 * does not load on the JDK 17 the tests run on).
 */
class StartupTimerTest {

    @Test
    void millisSinceJvmStartCountsFromTheJvmsCreation() {
        long uptimeBefore = ManagementFactory.getRuntimeMXBean().getUptime();
        long millis = StartupTimer.millisSinceJvmStart();
        long uptimeAfter = ManagementFactory.getRuntimeMXBean().getUptime();

        assertThat(millis).isPositive().isBetween(uptimeBefore, uptimeAfter);
    }

    @Test
    void theCheckTimedIsOfWhatWasOpenedNotOfTheEmptyRevisionTheSessionBeganWith() {
        EditorSession session = new EditorSession(Revision.empty(RevisionOrigin.NEW));
        Predicate<LiveValidation.Result> timed = StudioApplication.ofWhatWasOpened(session);
        Revision empty = session.current();
        assertThat(timed.test(new LiveValidation.Result(1, empty, new ValidationReport(List.of()), 5)))
                .as("the empty revision's check, landing before the package opens").isFalse();

        Revision opened = Revision.empty(RevisionOrigin.NEW).withText(RevisionFile.PACKAGE, "{\"name\": \"demo\"}");
        session.open(opened);
        assertThat(timed.test(new LiveValidation.Result(2, empty, new ValidationReport(List.of()), 5)))
                .as("a late result for the empty revision").isFalse();
        assertThat(timed.test(new LiveValidation.Result(3, opened, new ValidationReport(List.of()), 5))).isTrue();
    }

    @Test
    void theLineNamesTheMillisInTheFormTheCheckScriptParses() {
        assertThat(StartupTimer.message(1234)).isEqualTo("first window shown 1234 ms after JVM start");
    }
}
