package org.leadline.logic.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.selectors.Selector;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.LeadKind;
import org.leadline.model.Operation;
import org.leadline.model.Sighting;

class PasteServiceTest {
    private static final String POST = """
            🚤 Trip Libya ➡️ Italy this week, 12000€ all included. Call/WhatsApp +218 91 234 5678
            or t.me/ahmed_trips. More: https://www.facebook.com/profile.php?id=100089012345678&mibextid=ZbWKwL""";

    @TempDir
    Path folder;
    Workspace workspace;
    Operation operation;
    PasteService paste;

    @BeforeEach
    void open() {
        workspace = TestWorkspaces.create(folder);
        operation = TestWorkspaces.withOperation(workspace);
        paste = new PasteService(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void previewFindsEverySelectorAndSaysWhichAreKnown() {
        new LeadService(workspace).add(operation.id(), "+218912345678", LeadKind.PHONE, List.of(), null, SightingSource.NONE);
        List<PasteService.Found> found = paste.preview(operation.id(), POST);
        assertThat(found).extracting(f -> f.selector().kind().wireName() + " " + f.selector().canonical()).containsExactly(
                "phone +218912345678", "url https://t.me/ahmed_trips", "handle telegram:ahmed_trips",
                "url https://facebook.com/profile.php?id=100089012345678", "handle facebook:100089012345678");
        assertThat(found.get(0).timesSeen()).isEqualTo(1);
        assertThat(found.get(1).known()).isEmpty();
    }

    @Test
    void confirmingStoresTheChosenLeadsWithThePostAsTheirSource() {
        List<PasteService.Found> found = paste.preview(operation.id(), POST);
        List<Selector> chosen = List.of(found.get(0).selector(), found.get(2).selector());
        List<AddedLead> added = paste.confirm(operation.id(), POST, "https://t.me/s/boats_channel", chosen);

        assertThat(added).extracting(AddedLead::canonical).containsExactly("+218912345678", "telegram:ahmed_trips");
        LeadDetails phone = new LeadService(workspace).details(added.get(0).entityId());
        Sighting sighting = phone.sightings().get(0);
        assertThat(sighting.sourceUrl()).isEqualTo("https://t.me/s/boats_channel");
        assertThat(sighting.sourcePostId()).isNotNull();
        java.util.Optional<String> post = workspace.jdbi()
                .withHandle(h -> new org.leadline.persistence.SourcePostRepository(h).text(sighting.sourcePostId()));
        assertThat(post).contains(POST);
        assertThat(paste.preview(operation.id(), POST).get(2).timesSeen()).isEqualTo(1);
    }

    @Test
    void aCorrectedValueIsNormalisedAgainAndKeepsItsSpan() {
        Selector phone = paste.preview(operation.id(), POST).get(0).selector();
        Selector corrected = paste.correct(operation.id(), phone, "06 12 34 56 78", LeadKind.PHONE);
        assertThat(corrected.canonical()).isEqualTo("+33612345678");
        assertThat(corrected.start()).isEqualTo(phone.start());
    }

    @Test
    void anEmptyCorrectionIsRefusedInOneSentence() {
        Selector phone = paste.preview(operation.id(), POST).get(0).selector();
        assertThatThrownBy(() -> paste.correct(operation.id(), phone, " ", LeadKind.PHONE)).hasMessage("The corrected value is empty.");
    }

    @Test
    void emptyTextIsRefused() {
        assertThatThrownBy(() -> paste.preview(operation.id(), "  ")).hasMessage("The pasted text is empty.");
    }
}
