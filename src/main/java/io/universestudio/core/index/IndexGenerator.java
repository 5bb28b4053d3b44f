package io.universestudio.core.index;

import io.universestudio.core.io.UniverseRepository;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Builds the index files of a Universe repository, as the Universe's {@code gen_universe.py} does but
 * deterministic, re-runnable and checked entry by entry before anything is written.
 */
public final class IndexGenerator {

    private final RepoSchemas schemas;

    public IndexGenerator() {
        this(new RepoSchemas());
    }

    public IndexGenerator(RepoSchemas schemas) {
        this.schemas = schemas;
    }

    /** Reads and checks the repository at {@code repositoryRoot} without writing anything. */
    public RepositoryIndex index(Path repositoryRoot) throws IOException {
        return RepositoryIndex.build(UniverseRepository.open(repositoryRoot), schemas);
    }

    /** Indexes the repository at {@code repositoryRoot} into {@code outDir}. */
    public IndexResult generate(Path repositoryRoot, Path outDir) throws IOException {
        return IndexWriter.write(index(repositoryRoot), outDir);
    }

    public RepoSchemas schemas() {
        return schemas;
    }
}
