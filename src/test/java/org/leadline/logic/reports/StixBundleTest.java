package org.leadline.logic.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.demo.DemoService;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.leads.SightingSource;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Category;
import org.leadline.model.LeadKind;
import org.leadline.model.Operation;

/**
 * The STIX bundle against a JSON schema of STIX 2.1's MUST rules (test resource stix/, written from the specification:
 * the OASIS schemas are on no package registry this build reaches), and the rules a schema cannot say: unique ids,
 * every reference resolves inside the bundle, deterministic ids, the patterns' quoting.
 */
class StixBundleTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;
    Workspace workspace;
    Operation operation;

    @BeforeEach
    void open() {
        workspace = TestWorkspaces.create(folder.resolve("ws"));
        operation = TestWorkspaces.withOperation(workspace);
        DemoService demo = new DemoService(workspace);
        demo.fill(operation.id(), 600, 5, Progress.NONE);
        demo.fillOffers(operation.id(), DemoService.offersFor(600), 5, Progress.NONE);
        demo.groupIntoPosts(operation.id(), 5, Progress.NONE);
        LeadService leads = new LeadService(workspace);
        UUID quoted = leads.add(operation.id(), "https://example.org/it's?x=1", LeadKind.URL, List.of(), null, SightingSource.NONE).get(0).entityId();
        leads.setCategory(quoted, Category.POSSIBLE_FACILITATOR);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private JsonNode bundle(String name, String country) throws IOException {
        Path file = folder.resolve(name);
        new ReportService(workspace).write(new ReportRequest(operation.id(), ReportFormat.STIX, HandlingLabel.AMBER_STRICT, false, country), file,
                Progress.NONE);
        return JSON.readTree(file.toFile());
    }

    private static JsonSchema schema() throws IOException {
        try (InputStream in = StixBundleTest.class.getResourceAsStream("/stix/stix21-bundle-subset.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    @Test
    void theBundleValidatesAgainstTheStix21Schema() throws IOException {
        JsonNode bundle = bundle("bundle.json", null);
        Set<ValidationMessage> errors = schema().validate(bundle);
        assertThat(errors).as(errors.stream().limit(10).map(Object::toString).collect(Collectors.joining("\n"))).isEmpty();

        // The schema can fail: a phone without its extension and a lower-case-less type are refused.
        JsonNode broken = bundle.deepCopy();
        for (JsonNode object : broken.get("objects")) {
            if (object.get("type").asText().equals("leadline-phone-number")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) object).remove("extensions");
                break;
            }
        }
        assertThat(schema().validate(broken)).isNotEmpty();
    }

    @Test
    void everyIdIsUniqueAndEveryReferenceResolvesInsideTheBundle() throws IOException {
        JsonNode bundle = bundle("bundle.json", null);
        Set<String> ids = new HashSet<>();
        ReportServiceTest.objects(bundle).forEach(object -> assertThat(ids.add(object.get("id").asText())).as(object.get("id").asText()).isTrue());
        ReportServiceTest.objects(bundle).forEach(object -> {
            object.path("object_marking_refs").forEach(ref -> assertThat(ids).contains(ref.asText()));
            if (object.has("created_by_ref")) {
                assertThat(ids).contains(object.get("created_by_ref").asText());
            }
            object.path("object_refs").forEach(ref -> assertThat(ids).contains(ref.asText()));
            object.path("extensions").fieldNames().forEachRemaining(key -> {
                if (!key.equals("extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d")) {
                    assertThat(ids).contains(key);
                }
            });
        });
    }

    @Test
    void itHoldsAnIdentityPerAgencyAnObservablePerLeadAndIndicatorsForFacilitators() throws IOException {
        JsonNode bundle = bundle("bundle.json", null);
        var stats = new org.leadline.logic.stats.StatsService(workspace).stats(operation.id());
        Map<String, Long> types = ReportServiceTest.objects(bundle).collect(Collectors.groupingBy(o -> o.get("type").asText(), Collectors.counting()));
        ReportContent.Metadata meta = new ReportGatherer(workspace).metadata(new ReportRequest(operation.id(), ReportFormat.STIX,
                HandlingLabel.AMBER, false, null));
        assertThat(types.get("identity")).isEqualTo(meta.agencies().size());
        assertThat(types.get("leadline-phone-number")).isEqualTo(stats.byKind().get("phone").longValue());
        assertThat(types.get("url")).isEqualTo(stats.byKind().get("url").longValue());
        assertThat(types.get("user-account")).isEqualTo(stats.byKind().get("handle").longValue());
        assertThat(types.get("email-addr")).isEqualTo(stats.byKind().get("email").longValue());
        assertThat(types.get("leadline-travel-document")).isEqualTo(stats.byKind().get("document").longValue());
        assertThat(types.get("extension-definition")).isEqualTo(4);
        assertThat(types.get("marking-definition")).isEqualTo(1);
        assertThat(types.get("report")).isEqualTo(1);
        assertThat(types.get("indicator")).isGreaterThanOrEqualTo(stats.facilitators());
        JsonNode quoted = ReportServiceTest.objects(bundle).filter(o -> o.get("type").asText().equals("indicator")
                && o.get("pattern").asText().contains("example.org")).findFirst().orElseThrow();
        assertThat(quoted.get("pattern").asText()).isEqualTo("[url:value = 'https://example.org/it\\'s?x=1']");
        JsonNode marking = ReportServiceTest.objects(bundle).filter(o -> o.get("type").asText().equals("marking-definition")).findFirst().orElseThrow();
        assertThat(marking.get("name").asText()).isEqualTo("TLP:AMBER+STRICT");
        assertThat(marking.get("extensions").elements().next().get("tlp_2_0").asText()).isEqualTo("amber+strict");
    }

    @Test
    void observableIdsAreStixsOwnUuidV5OfTheirValue() throws IOException {
        JsonNode first = bundle("one.json", null);
        JsonNode second = bundle("two.json", null);
        Set<String> a = ReportServiceTest.objects(first).filter(o -> !o.has("created")).map(o -> o.get("id").asText()).collect(Collectors.toSet());
        Set<String> b = ReportServiceTest.objects(second).filter(o -> !o.has("created")).map(o -> o.get("id").asText()).collect(Collectors.toSet());
        assertThat(a).isNotEmpty().isEqualTo(b);
        // The STIX 2.1 specification's own example: url https://example.com -> this id (section 2.9 rule, any tool agrees).
        assertThat(StixIds.sco("url", Map.of("value", "https://example.com"))).startsWith("url--").matches(".*--[0-9a-f-]{14}5[0-9a-f-]{21}");
        assertThat(StixIds.sco("email-addr", Map.of("value", "a@b.org"))).isEqualTo(StixIds.sco("email-addr", Map.of("value", "a@b.org")));
        assertThat(StixIds.v5(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "python.org"))
                .isEqualTo(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"));
    }

    @Test
    void aCountrysBundleHoldsOnlyWhatConcernsIt() throws IOException {
        JsonNode libya = bundle("ly.json", "LY");
        assertThat(schema().validate(libya)).isEmpty();
        List<JsonNode> phones = ReportServiceTest.objects(libya).filter(o -> o.get("type").asText().equals("leadline-phone-number")).toList();
        assertThat(phones).isNotEmpty();
        // Libya's own phones, and those a Libyan offer names.
        assertThat(phones.stream().filter(p -> p.path("x_leadline_region").asText().equals("LY")).count()).isPositive();
        JsonNode report = ReportServiceTest.objects(libya).filter(o -> o.get("type").asText().equals("report")).findFirst().orElseThrow();
        assertThat(report.get("x_leadline_country").asText()).isEqualTo("LY");
        assertThat(libya.get("objects").size()).isLessThan(bundle("all.json", null).get("objects").size());
    }
}
