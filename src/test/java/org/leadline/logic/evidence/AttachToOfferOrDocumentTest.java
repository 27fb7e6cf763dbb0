package org.leadline.logic.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leadline.TestWorkspace;
import org.leadline.logic.documents.DocumentService;
import org.leadline.logic.evidence.EvidenceService.Attached;
import org.leadline.logic.evidence.EvidenceService.Context;
import org.leadline.logic.evidence.EvidenceService.Source;
import org.leadline.logic.evidence.EvidenceService.Target;
import org.leadline.logic.offers.OfferDraft;
import org.leadline.logic.offers.OfferService;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Offer;
import org.leadline.model.OfferStatus;
import org.leadline.model.OfferType;
import org.leadline.model.Operation;
import org.leadline.model.Place;
import org.leadline.model.PriceUnit;
import org.leadline.model.TravelDocument;
import org.leadline.persistence.OfferRepository;

/** Captures attached to an offer or a document record join the list of captures that record names, in one transaction. */
class AttachToOfferOrDocumentTest {
    static final String TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";

    @RegisterExtension
    final TestWorkspace desk = TestWorkspace.empty();
    private Workspace workspace;
    private Operation operation;
    private EvidenceService evidence;
    private OfferService offers;

    @BeforeEach
    void open() {
        workspace = desk.workspace();
        operation = desk.operation();
        evidence = new EvidenceService(workspace);
        offers = new OfferService(workspace);
    }

    private Offer offer() {
        return offers.add(operation.id(), OfferDraft.of(OfferType.TRAVEL, new BigDecimal("1400"), "EUR", Place.parse("FR/Calais"),
                Place.parse("GB/Dover")));
    }

    private List<Attached> attach(List<Target> targets, Source... sources) {
        return evidence.attach(operation.id(), List.of(sources), Context.plain(), targets, Progress.NONE);
    }

    private static Source png(String name, int seed) {
        return Source.bytes(name, TestImages.image("png", 80, 60, seed));
    }

    private long blobFiles() throws Exception {
        try (Stream<Path> walk = Files.walk(desk.folder())) {
            return walk.filter(path -> path.toString().contains("evidence") && Files.isRegularFile(path)).count();
        }
    }

    private int captureRows() {
        return workspace.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM capture").mapTo(Integer.class).one());
    }

    @Test
    void capturesAttachedToAnOwnOfferJoinItsEvidenceOnceEach() {
        Offer offer = offer();
        List<Attached> first = attach(List.of(Target.offer(offer.id())), png("post.png", 1), png("profile.png", 2));
        Offer after = offers.find(offer.id()).orElseThrow();
        assertThat(after.evidenceIds()).containsExactly(first.get(0).captureId(), first.get(1).captureId());
        assertThat(after.version()).isEqualTo(2);

        // The same screenshot again, with a new one: the known one is not named twice.
        List<Attached> second = attach(List.of(Target.offer(offer.id())), png("post-again.png", 1), png("map.png", 3));
        assertThat(second.get(0).alreadyCaptured()).isTrue();
        assertThat(offers.find(offer.id()).orElseThrow().evidenceIds())
                .containsExactly(first.get(0).captureId(), first.get(1).captureId(), second.get(1).captureId());
        assertThat(offers.find(offer.id()).orElseThrow().version()).isEqualTo(3);
        // Nothing new to name: the offer is left at its version.
        attach(List.of(Target.offer(offer.id())), png("post-third.png", 1));
        assertThat(offers.find(offer.id()).orElseThrow().version()).isEqualTo(3);
        // Taken off in the offer itself, not through a capture link it never had.
        assertThatThrownBy(() -> evidence.detach(first.get(0).captureId(), Target.offer(offer.id())))
                .hasMessage("An offer or a document names its captures itself: edit it to take one off.");
    }

    @Test
    void anOfferThatCannotTakeEvidenceIsRefusedAndNothingIsStored() throws Exception {
        Offer colleagues = new Offer(UUID.randomUUID(), operation.id(), OfferType.TRAVEL, null, new BigDecimal("1500.00"), "EUR",
                PriceUnit.PER_PERSON, new BigDecimal("1500.00"), BigDecimal.ONE, LocalDate.of(2026, 11, 1), Place.country("FR"),
                List.of(), Place.country("GB"), null, Instant.now(), null, List.of(), List.of(), OfferStatus.REPORTED, null,
                "f".repeat(64), 1, Instant.now(), Instant.now(), false);
        workspace.jdbi().useTransaction(h -> new OfferRepository(h).insert(colleagues));
        Offer deleted = offer();
        offers.delete(deleted.id());
        Operation other = new OperationService(workspace).create("Other day", null, "FR", null, null);
        Offer elsewhere = offers.add(other.id(), OfferDraft.of(OfferType.TRAVEL, new BigDecimal("900"), "EUR", Place.parse("LY"),
                Place.parse("IT")));
        new OperationService(workspace).open(operation.id());

        assertThatThrownBy(() -> attach(List.of(Target.offer(colleagues.id())), png("a.png", 4)))
                .hasMessage("The offer " + colleagues.id() + " was recorded by another officer: only they can change it.");
        assertThatThrownBy(() -> attach(List.of(Target.offer(deleted.id())), png("a.png", 4)))
                .hasMessage("The offer " + deleted.id() + " was deleted.");
        assertThatThrownBy(() -> attach(List.of(Target.offer(elsewhere.id())), png("a.png", 4)))
                .hasMessage("The offer " + elsewhere.id() + " belongs to another operation.");
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> attach(List.of(Target.offer(unknown)), png("a.png", 4))).hasMessage("There is no offer " + unknown + ".");
        assertThat(captureRows()).isZero();
        assertThat(blobFiles()).isZero();
    }

    @Test
    void aBadFileAmongThemLeavesTheOfferAndTheEvidenceAsTheyWere() throws Exception {
        Offer offer = offer();
        assertThatThrownBy(() -> attach(List.of(Target.offer(offer.id())), png("good.png", 5), Source.bytes("empty.png", new byte[0])))
                .isInstanceOf(EvidenceException.class);
        assertThat(offers.find(offer.id()).orElseThrow().evidenceIds()).isEmpty();
        assertThat(offers.find(offer.id()).orElseThrow().version()).isEqualTo(1);
        assertThat(captureRows()).isZero();
        assertThat(blobFiles()).isZero();
    }

    @Test
    void capturesAttachedToAnOwnDocumentJoinItsImages() {
        DocumentService documents = new DocumentService(workspace);
        UUID front = TestImages.capture(workspace, operation.id());
        TravelDocument made = documents.createFromMrz(operation.id(), TD3, List.of(front), null).document();
        List<Attached> attached = attach(List.of(Target.document(made.id())), png("data-page.png", 6));

        TravelDocument after = documents.get(made.id());
        assertThat(after.imageIds()).containsExactly(front, attached.get(0).captureId());
        assertThat(after.version()).isEqualTo(made.version() + 1);
        attach(List.of(Target.document(made.id())), png("data-page-again.png", 6));
        assertThat(documents.get(made.id()).version()).as("nothing new to name").isEqualTo(after.version());
        documents.delete(made.id());
        assertThatThrownBy(() -> attach(List.of(Target.document(made.id())), png("back.png", 7)))
                .hasMessage("The document " + made.id() + " was deleted.");
    }
}
