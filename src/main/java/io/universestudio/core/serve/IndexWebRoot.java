package io.universestudio.core.serve;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of a generated index that the Universe's server image copies into nginx's web root
 * (universe-format.md 4.8): the top-level {@code repo-*.json} files and {@code <release>/package/*.json}.
 * {@code universe.json} and the {@code .content_type} files are in the index folder but not here, and
 * nothing outside the folder can be named (no {@code ..} survives {@link NginxUri}, links are not followed).
 */
record IndexWebRoot(Path folder) implements NginxRules.WebRoot {

    @Override
    public NginxRules.Kind kind(String path) {
        List<String> segments = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                segments.add(s);
            }
        }
        boolean file = switch (segments.size()) {
            case 1 -> segments.get(0).startsWith("repo-") && segments.get(0).endsWith(".json");
            case 3 -> segments.get(1).equals("package") && segments.get(2).endsWith(".json");
            default -> false;
        };
        boolean directory = segments.isEmpty() || segments.size() == 1
                || segments.size() == 2 && segments.get(1).equals("package");
        if (!file && !directory) {
            return NginxRules.Kind.MISSING;
        }
        Path p;
        try {
            p = folder.resolve(String.join("/", segments));
        } catch (InvalidPathException e) {
            return NginxRules.Kind.MISSING;
        }
        if (segments.stream().anyMatch(s -> s.equals(".") || s.equals("..") || s.contains("\\"))) {
            return NginxRules.Kind.MISSING;
        }
        if (file && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            return NginxRules.Kind.FILE;
        }
        if (directory && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                && (segments.size() != 1 || Files.isDirectory(p.resolve("package"), LinkOption.NOFOLLOW_LINKS))) {
            return NginxRules.Kind.DIRECTORY;
        }
        return NginxRules.Kind.MISSING;
    }
}
