package org.leadline.logic.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.logic.bench.Bench.Group;

/** The bench's temporary folder is removed after a run unless {@code leadline.bench.keep} asks to profile it again. */
class BenchFolderTest {
    private static Path folderOf(List<String> log) {
        return log.stream().filter(line -> line.startsWith("Kept the bench's workspaces and packages in "))
                .map(line -> Path.of(line.substring("Kept the bench's workspaces and packages in ".length())))
                .findFirst().orElseThrow();
    }

    @Test
    void theFolderIsKeptOnlyWhenAskedFor() throws Exception {
        List<String> log = new ArrayList<>();
        System.setProperty("leadline.bench.keep", "true");
        try {
            new Bench(true, EnumSet.noneOf(Group.class), log::add).run();
        } finally {
            System.clearProperty("leadline.bench.keep");
        }
        Path kept = folderOf(log);
        assertThat(kept).isDirectory();
        Files.delete(kept);

        List<String> quiet = new ArrayList<>();
        Path before = kept.getParent();
        long benchFolders;
        try (var listed = Files.list(before)) {
            benchFolders = listed.filter(path -> path.getFileName().toString().startsWith("leadline-bench")).count();
        }
        new Bench(true, EnumSet.noneOf(Group.class), quiet::add).run();
        assertThat(quiet).noneMatch(line -> line.startsWith("Kept"));
        try (var listed = Files.list(before)) {
            assertThat(listed.filter(path -> path.getFileName().toString().startsWith("leadline-bench")).count()).isEqualTo(benchFolders);
        }
    }

    @Test
    void aGroupsWorkspaceIsKeptWithTheFolder(@TempDir Path temp) throws Exception {
        Path group = Files.createDirectories(temp.resolve("evidence-bench").resolve("evidence"));
        Files.writeString(group.resolve("blob"), "x");
        System.setProperty("leadline.bench.keep", "true");
        try {
            Bench.finishGroup(temp.resolve("evidence-bench"));
        } finally {
            System.clearProperty("leadline.bench.keep");
        }
        assertThat(group.resolve("blob")).exists();

        Bench.finishGroup(temp.resolve("evidence-bench"));
        assertThat(temp.resolve("evidence-bench")).doesNotExist();
    }
}
