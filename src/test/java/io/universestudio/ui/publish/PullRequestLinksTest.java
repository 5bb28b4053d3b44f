package io.universestudio.ui.publish;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PullRequestLinksTest {

    @Test
    void knownHostsOverHttpsAndSshGetTheirPullRequestPage() {
        assertThat(PullRequestLinks.forBranch("https://github.com/ada/universe.git", "add-hello"))
                .contains("https://github.com/ada/universe/compare/add-hello?expand=1");
        assertThat(PullRequestLinks.forBranch("git@github.com:ada/universe.git", "feature/x"))
                .contains("https://github.com/ada/universe/compare/feature/x?expand=1");
        assertThat(PullRequestLinks.forBranch("https://user@gitlab.com/group/sub/universe", "b"))
                .contains("https://gitlab.com/group/sub/universe/-/merge_requests/new?merge_request%5Bsource_branch%5D=b");
        assertThat(PullRequestLinks.forBranch("ssh://git@bitbucket.org/team/universe.git", "b"))
                .contains("https://bitbucket.org/team/universe/pull-requests/new?source=b");
    }

    @Test
    void otherHostsAndLocalRemotesGetNoLink() {
        assertThat(PullRequestLinks.forBranch("file:///tmp/remote.git", "b")).isEmpty();
        assertThat(PullRequestLinks.forBranch("https://git.example.com/ada/universe.git", "b")).isEmpty();
        assertThat(PullRequestLinks.forBranch("https://github.com.evil.example/ada/universe", "b")).isEmpty();
        assertThat(PullRequestLinks.forBranch("https://github.com/ada/universe", " ")).isEmpty();
    }
}
