package org.leadline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export, verify, import and trust as a team lead runs them, with the exit codes of cli.md. */
class PackageCommandsTest {
    private static final String PASSPHRASE = "correct horse battery staple";
    private static final String OPERATION = "5d2c8a61-3e4f-4b7a-9c1d-2e3f4a5b6c7d";

    @TempDir
    Path dir;
    CliRun officer;
    CliRun teamLead;

    @BeforeEach
    void twoWorkspacesOfOneOperation() {
        officer = new CliRun(dir.resolve("officer"), PASSPHRASE);
        teamLead = new CliRun(dir.resolve("lead"), PASSPHRASE);
        assertThat(officer.run("init", "--name", "Luca Bianchi", "--agency", "SCO", "--country", "IT", "--operation", "Cyberprotect II",
                "--operation-id", OPERATION).code()).isZero();
        assertThat(teamLead.run("init", "--name", "Ana Lopez", "--agency", "CNP", "--country", "ES", "--operation", "Cyberprotect II",
                "--operation-id", OPERATION).code()).isZero();
        assertThat(officer.run("lead", "add", "--value", "+39 312 345 6789", "--tag", "seller").code()).isZero();
        assertThat(officer.run("lead", "add", "--value", "https://t.me/crossing_boss").code()).isZero();
    }

    private String fingerprint(CliRun run) throws Exception {
        JsonNode whoami = new ObjectMapper().readTree(run.run("whoami", "--json").out());
        return whoami.get("fingerprint").asText();
    }

    @Test
    void anUntrustedPackageIsRefusedWithExitCode3UntilItsFingerprintIsAdded() throws Exception {
        Path pack = dir.resolve("it.leadpack");
        CliRun.Result export = officer.run("export", "--out", pack.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).contains("officer package").contains("sequence 1");
        assertThat(Files.exists(pack)).isTrue();

        CliRun.Result refused = teamLead.run("import", pack.toString());
        assertThat(refused.code()).isEqualTo(ExitCode.PACKAGE_REFUSED);
        assertThat(refused.err()).contains("step 3 (trust)").contains("Luca Bianchi");

        String typed = fingerprint(officer).replaceAll("(.{4})", "$1 ").toUpperCase();
        CliRun.Result trust = teamLead.run("trust", "add", typed, "--from", pack.toString());
        assertThat(trust.code()).as(trust.err()).isZero();
        assertThat(teamLead.run("trust", "list").out()).contains("Luca Bianchi");

        CliRun.Result verify = teamLead.run("verify", pack.toString());
        assertThat(verify.code()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("verified").contains("(trusted)").contains("Would add 6").contains("new 3");

        CliRun.Result imported = teamLead.run("import", pack.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Added");
        JsonNode leads = new ObjectMapper().readTree(teamLead.run("lead", "list", "--json").out());
        assertThat(leads).hasSize(3);

        CliRun.Result again = teamLead.run("import", pack.toString());
        assertThat(again.out()).contains("imported before; nothing changed");
    }

    @Test
    void aWrongFingerprintIsNotAddedAndATamperedPackageFailsVerifyWithExitCode3() throws Exception {
        Path pack = dir.resolve("it.leadpack");
        officer.run("export", "--out", pack.toString());
        CliRun.Result wrong = teamLead.run("trust", "add", fingerprint(teamLead), "--from", pack.toString());
        assertThat(wrong.code()).isEqualTo(ExitCode.FAILED);
        assertThat(wrong.err()).contains("does not match the key offered");

        byte[] bytes = Files.readAllBytes(pack);
        bytes[bytes.length / 3] ^= 0x20;
        Path tampered = dir.resolve("tampered.leadpack");
        Files.write(tampered, bytes);
        CliRun.Result verify = teamLead.run("verify", tampered.toString());
        assertThat(verify.code()).isEqualTo(ExitCode.PACKAGE_REFUSED);
        assertThat(verify.err()).startsWith(tampered + ": Refused at step");
    }

    @Test
    void aTeamLeadHandsTheTeamsKeysOnInOneSignedKeyFile() throws Exception {
        Path mine = dir.resolve("officer.leadkeys");
        assertThat(officer.run("trust", "export", "--mine", "--out", mine.toString()).code()).isZero();
        assertThat(teamLead.run("trust", "add", fingerprint(officer), "--key", mine.toString()).code()).isZero();
        Path team = dir.resolve("team.leadkeys");
        assertThat(teamLead.run("trust", "export", "--out", team.toString()).code()).isZero();

        CliRun newcomer = new CliRun(dir.resolve("newcomer"), PASSPHRASE);
        newcomer.run("init", "--name", "Eva Berg", "--agency", "KLPD", "--country", "NL", "--operation-id", OPERATION);
        CliRun.Result untrusted = newcomer.run("trust", "import", team.toString());
        assertThat(untrusted.code()).isEqualTo(ExitCode.FAILED);
        assertThat(untrusted.err()).contains("Ana Lopez").contains("does not trust");
        assertThat(newcomer.run("trust", "add", fingerprint(teamLead), "--key", team.toString()).code()).isZero();
        CliRun.Result imported = newcomer.run("trust", "import", team.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Trusted 1 keys").contains("Luca Bianchi");
    }
}
