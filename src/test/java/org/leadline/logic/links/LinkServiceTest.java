package org.leadline.logic.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.documents.DocumentService;
import org.leadline.logic.evidence.EvidenceService;
import org.leadline.logic.evidence.TestImages;
import org.leadline.logic.leads.AddedLead;
import org.leadline.logic.leads.LeadMerges;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.leads.PasteService;
import org.leadline.logic.leads.SightingSource;
import org.leadline.logic.offers.OfferDraft;
import org.leadline.logic.offers.OfferService;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Category;
import org.leadline.model.LeadKind;
import org.leadline.model.OfferType;
import org.leadline.model.Operation;
import org.leadline.model.Place;
import org.leadline.model.PriceUnit;

/** The link chart of a small operation built through the services, on a real encrypted workspace. */
class LinkServiceTest {
    private static final String MRZ = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";

    @TempDir
    Path folder;
    private Workspace workspace;
    private Operation operation;
    private LeadService leads;

    @BeforeEach
    void open() {
        workspace = TestWorkspaces.create(folder.resolve("ws"));
        operation = TestWorkspaces.withOperation(workspace);
        leads = new LeadService(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void everyKindOfLinkGivesTheEdgeAndReasonsOfWhatTheLeadsShare() {
        PasteService paste = new PasteService(workspace);
        String post = "Boats every night from Zuwara. Call +218 91 234 5678 or write to boats.zuwara@gmail.com";
        List<AddedLead> fromPost = paste.confirm(operation.id(), post, "https://t.me/s/boats",
                paste.preview(operation.id(), post).stream().map(PasteService.Found::selector).toList());
        assertThat(fromPost).hasSize(2);
        UUID phone = entity(fromPost, LeadKind.PHONE);
        UUID email = entity(fromPost, LeadKind.EMAIL);
        // A second post with both: the post reason counts twice.
        String again = "Still boats. +218912345678 boats.zuwara@gmail.com";
        paste.confirm(operation.id(), again, null, paste.preview(operation.id(), again).stream().map(PasteService.Found::selector).toList());

        UUID url = add("https://boats-to-italy.example.com/offer/7");
        UUID tunisian = add("+216 20 123 456");
        UUID alone = add("+33 6 12 34 56 78");
        UUID alias = add("boats.zuwara@gmail.co");

        OfferService offers = new OfferService(workspace);
        offers.add(operation.id(), offer(List.of(phone, url)));
        UUID withdrawn = offers.add(operation.id(), offer(List.of(tunisian, email))).id();
        offers.delete(withdrawn);

        EvidenceService evidence = new EvidenceService(workspace);
        evidence.attach(operation.id(), List.of(EvidenceService.Source.bytes("post.png", TestImages.image("png", 80, 40, 1))),
                EvidenceService.Context.plain(), List.of(EvidenceService.Target.lead(url), EvidenceService.Target.lead(tunisian)),
                Progress.NONE);
        UUID scan = evidence.attach(operation.id(), List.of(EvidenceService.Source.bytes("scan.png", TestImages.image("png", 90, 60, 2))),
                EvidenceService.Context.plain(), List.of(EvidenceService.Target.lead(tunisian)), Progress.NONE).get(0).captureId();
        UUID document = new DocumentService(workspace).createFromMrz(operation.id(), MRZ, List.of(scan), null).lead().entityId();

        new LeadMerges(workspace).merge(email, alias);

        LinkGraph graph = new LinkService(workspace).graph(operation.id());

        assertThat(graph.nodes()).extracting(LinkNode::id).containsExactlyInAnyOrder(phone, email, url, tunisian, alone, alias, document);
        assertThat(reasonsOf(graph)).isEqualTo(new TreeMap<>(Map.of(
                pair(phone, email), "post x2",
                pair(phone, url), "offer",
                pair(url, tunisian), "attachment",
                pair(document, tunisian), "document",
                pair(email, alias), "hand-merge")));
        assertThat(graph.link(phone, email).orElseThrow().weight()).isEqualTo(2);
        assertThat(graph.neighbours(alone)).isEmpty();
        assertThat(graph.clusterOf(alone)).isEqualTo(LinkGraph.NO_CLUSTER);
        assertThat(graph.node(alias).orElseThrow().mergedInto()).isEqualTo(email);
        assertThat(graph.node(tunisian).orElseThrow().region()).isEqualTo("TN");
        assertThat(graph.neighbours(tunisian)).extracting(LinkNode::id).containsExactlyInAnyOrder(url, document);
    }

    @Test
    void undoingAHandMergeAndDeletingALeadTakeTheirLinksAway() {
        UUID first = add("+218 91 234 5678");
        UUID second = add("+218 91 234 5679");
        UUID third = add("+218 91 234 5670");
        LeadMerges merges = new LeadMerges(workspace);
        merges.merge(first, second);
        new OfferService(workspace).add(operation.id(), offer(List.of(first, third)));
        assertThat(new LinkService(workspace).graph(operation.id()).edges()).hasSize(2);

        merges.undo(merges.mergesInto(first).get(0).id());
        leads.delete(third);

        LinkGraph graph = new LinkService(workspace).graph(operation.id());
        assertThat(graph.nodes()).extracting(LinkNode::id).containsExactlyInAnyOrder(first, second);
        assertThat(graph.edges()).isEmpty();
    }

    @Test
    void filteringByKindAndCategoryKeepsTheLinksBetweenTheLeadsKept() {
        UUID phone = add("+218 91 234 5678");
        UUID url = add("https://boats-to-italy.example.com/offer/7");
        UUID other = add("+216 20 123 456");
        leads.setCategory(other, Category.POSSIBLE_FACILITATOR);
        new OfferService(workspace).add(operation.id(), offer(List.of(phone, url, other)));
        LinkGraph graph = new LinkService(workspace).graph(operation.id());
        assertThat(graph.edges()).hasSize(3);

        LinkGraph phones = graph.filter(LinkFilter.ALL.withKinds(java.util.EnumSet.of(LeadKind.PHONE)));
        assertThat(phones.nodes()).extracting(LinkNode::id).containsExactlyInAnyOrder(phone, other);
        assertThat(phones.edges()).hasSize(1);
        assertThat(phones.clusterOf(phone)).isEqualTo(graph.clusterOf(phone));

        LinkGraph facilitators = graph.filter(LinkFilter.ALL.withCategories(java.util.EnumSet.of(Category.POSSIBLE_FACILITATOR)));
        assertThat(facilitators.nodes()).extracting(LinkNode::id).containsExactly(other);
        assertThat(facilitators.edges()).isEmpty();
        assertThat(graph.topNetworks(5)).hasSize(1);
        assertThat(graph.topNetworks(5).get(0).facilitators()).isEqualTo(1);
        assertThat(graph.topNetworks(5).get(0).phoneCountries()).containsOnlyKeys("LY", "TN");
    }

    private UUID add(String value) {
        return leads.add(operation.id(), value, null, List.of(), null, SightingSource.NONE).get(0).entityId();
    }

    private static OfferDraft offer(List<UUID> named) {
        return new OfferDraft(OfferType.TRAVEL, "Boat to Lampedusa", new BigDecimal("3500"), "EUR", PriceUnit.PER_PERSON,
                Place.parse("LY/Zuwara"), List.of(), Place.parse("IT/Lampedusa"), null, Instant.parse("2025-10-15T09:30:00Z"),
                "telegram", named, List.of(), null, null);
    }

    private static UUID entity(List<AddedLead> added, LeadKind kind) {
        return added.stream().filter(lead -> lead.kind() == kind).findFirst().orElseThrow().entityId();
    }

    private static String pair(UUID a, UUID b) {
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }

    private static Map<String, String> reasonsOf(LinkGraph graph) {
        Map<String, String> reasons = new TreeMap<>();
        graph.edges().forEach(edge -> reasons.put(pair(edge.source().id(), edge.target().id()), edge.reasonText()));
        return reasons;
    }
}
