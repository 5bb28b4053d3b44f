package io.universestudio.core.publish;

import io.universestudio.core.index.IndexGenerator;
import io.universestudio.core.model.Revision;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The author chosen in the repository settings signs the commit, on a real bare repository. */
class GitPublisherAuthorTest {

    @TempDir
    Path work;

    @Test
    void commitsCarryTheConfiguredAuthorOrTheDefault() throws Exception {
        Path remote = work.resolve("remote.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(remote.toFile()).call().close();
        Revision revision = PublishFixtures.authorPackage(work.resolve("author"));
        GitPublisher plain = new GitPublisher(remote.toUri().toString(), "main", work.resolve("cache"),
                GitCredentials.none(), null, new IndexGenerator().schemas());

        assertThat(plain.withAuthor(" ", "x@example.com")).isSameAs(plain);
        PublishResult result = plain.withAuthor("Ada Lovelace", "ada@example.com").publish(revision, PublishProgress.silent());

        assertThat(result.status()).as(result.message()).isEqualTo(PublishResult.Status.PUBLISHED);
        try (Git bare = Git.open(remote.toFile())) {
            RevCommit head = bare.log().add(bare.getRepository().resolve("refs/heads/main")).setMaxCount(1).call()
                    .iterator().next();
            assertThat(head.getName()).isEqualTo(result.commit());
            assertThat(head.getAuthorIdent().getName()).isEqualTo("Ada Lovelace");
            assertThat(head.getAuthorIdent().getEmailAddress()).isEqualTo("ada@example.com");
            assertThat(head.getCommitterIdent().getName()).isEqualTo("Ada Lovelace");
        }
    }
}
