package org.leadline.logic.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.leads.SightingSource;
import org.leadline.model.LeadKind;
import org.leadline.model.Operation;

class WorkspaceTest {
    @TempDir
    Path folder;

    @Test
    void createdWorkspaceReopensWithItsPassphraseAndKeepsTheOfficer() {
        String fingerprint;
        try (Workspace workspace = TestWorkspaces.create(folder)) {
            fingerprint = workspace.owner().fingerprint();
            assertThat(fingerprint).matches("[0-9a-f]{64}");
        }
        try (Workspace workspace = TestWorkspaces.open(folder)) {
            assertThat(workspace.owner().fingerprint()).isEqualTo(fingerprint);
            assertThat(workspace.owner().name()).isEqualTo("Claire Martin");
            assertThat(SigningKeys.fingerprint(workspace.owner().publicKey())).isEqualTo(fingerprint);
        }
    }

    @Test
    void wrongPassphraseIsRefusedInOneSentenceAndChangesNothing() throws IOException {
        TestWorkspaces.create(folder).close();
        byte[] keyBefore = Files.readAllBytes(folder.resolve(Workspace.KEY_FILE));
        byte[] dbBefore = Files.readAllBytes(folder.resolve("db/leadline.mv.db"));

        assertThatThrownBy(() -> Workspace.open(folder, "not the passphrase".toCharArray(), Clock.systemUTC()))
                .isInstanceOfSatisfying(WorkspaceException.class, e -> {
                    assertThat(e.reason()).isEqualTo(WorkspaceException.Reason.WRONG_PASSPHRASE);
                    assertThat(e.getMessage()).isEqualTo("The passphrase is wrong for this workspace.");
                });

        assertThat(Files.readAllBytes(folder.resolve(Workspace.KEY_FILE))).isEqualTo(keyBefore);
        assertThat(Files.readAllBytes(folder.resolve("db/leadline.mv.db"))).isEqualTo(dbBefore);
        TestWorkspaces.open(folder).close();
    }

    @Test
    void aSecondOpenOfTheSameWorkspaceIsRefusedAsLocked() {
        try (Workspace first = TestWorkspaces.create(folder)) {
            assertThatThrownBy(() -> TestWorkspaces.open(folder))
                    .isInstanceOfSatisfying(WorkspaceException.class,
                            e -> assertThat(e.reason()).isEqualTo(WorkspaceException.Reason.LOCKED))
                    .hasMessageContaining("already open");
        }
        TestWorkspaces.open(folder).close();
    }

    @Test
    void changingThePassphraseRewrapsTheKeyWithoutRewritingTheDatabase() throws IOException {
        TestWorkspaces.create(folder).close();
        byte[] dbBefore = Files.readAllBytes(folder.resolve("db/leadline.mv.db"));
        Workspace.changePassphrase(folder, TestWorkspaces.PASSPHRASE.toCharArray(), "a brand new passphrase".toCharArray());
        assertThat(Files.readAllBytes(folder.resolve("db/leadline.mv.db"))).isEqualTo(dbBefore);
        assertThatThrownBy(() -> TestWorkspaces.open(folder)).isInstanceOf(WorkspaceException.class);
        try (Workspace workspace = Workspace.open(folder, "a brand new passphrase".toCharArray(), Clock.systemUTC())) {
            assertThat(workspace.owner().name()).isEqualTo("Claire Martin");
        }
    }

    @Test
    void aShortPassphraseIsRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> Workspace.create(folder, "short".toCharArray(), new NewOfficer("A", "B", "FR"), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The passphrase must have at least 10 characters.");
        assertThat(Workspace.exists(folder)).isFalse();
    }

    @Test
    void noLeadValueAppearsInAnyByteOfTheWorkspaceFolder() throws IOException {
        List<String> secrets = List.of("+218912345678", "ahmed_trips_secret", "docs.fast.secret@gmail.com", "Smuggler note xyz");
        try (Workspace workspace = TestWorkspaces.create(folder)) {
            Operation operation = TestWorkspaces.withOperation(workspace);
            LeadService leads = new LeadService(workspace);
            leads.add(operation.id(), secrets.get(0), LeadKind.PHONE, List.of("urgent"), secrets.get(3), SightingSource.NONE);
            leads.add(operation.id(), "telegram:" + secrets.get(1), LeadKind.HANDLE, List.of(), null, SightingSource.NONE);
            leads.add(operation.id(), secrets.get(2), LeadKind.EMAIL, List.of(), null, SightingSource.NONE);
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
                String utf16 = new String(bytes, StandardCharsets.UTF_16BE) + new String(bytes, StandardCharsets.UTF_16LE);
                for (String secret : secrets) {
                    assertThat(latin1).as("%s in %s", secret, file).doesNotContain(secret);
                    assertThat(utf16).as("%s in %s (UTF-16)", secret, file).doesNotContain(secret);
                }
                assertThat(latin1).as("Lead kind names in %s", file).doesNotContain("Cyberprotect");
            }
        }
    }

    @Test
    void keyDerivationMeetsTheMinimumStrength() {
        PassphraseKdf kdf = PassphraseKdf.newDefault(new byte[16]);
        assertThat(kdf.memoryKiB()).isGreaterThanOrEqualTo(19 * 1024);
        assertThat(kdf.iterations()).isGreaterThanOrEqualTo(2);
        assertThat(kdf.algorithm()).isEqualTo("argon2id");
    }
}
