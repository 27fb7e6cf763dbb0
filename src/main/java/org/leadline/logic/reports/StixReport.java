package org.leadline.logic.reports;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.leadline.logic.json.Json;
import org.leadline.logic.tasks.Progress;
import org.leadline.model.Category;
import org.leadline.model.LeadKind;
import org.leadline.model.LeadSummary;
import org.leadline.persistence.ReportRepository;

/**
 * The operation as a STIX 2.1 bundle, written as it is read (a million leads never sit in memory as objects):
 * <ul>
 *   <li>the TLP 2.0 marking definition of the handling label, on every object;</li>
 *   <li>an {@code identity} per agency (the report's author is the agency of the workspace's officer);</li>
 *   <li>observables for every live lead: {@code url} (and the {@code domain-name} of its host), {@code email-addr},
 *       {@code user-account} for platform handles; phone numbers, travel documents, IBANs and crypto addresses, which
 *       STIX has no type for, as new SCO types declared by {@code extension-definition} objects
 *       ({@code leadline-phone-number}, {@code leadline-travel-document}, {@code leadline-bank-account},
 *       {@code leadline-crypto-address}); each with {@code x_leadline_*} properties for category, sightings and dates;</li>
 *   <li>an {@code indicator} with a STIX pattern for every possible facilitator and every incident lead;</li>
 *   <li>a {@code report} naming them all, with the operation, the officers (masked when asked) and the training flag.</li>
 * </ul>
 * Ids are deterministic (UUID v5): observables by STIX's rule for their contributing properties, the rest from the value.
 */
final class StixReport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final String TLP_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
    /** The custom observable types, by lead kind, with the property holding the value. */
    private static final Map<LeadKind, String[]> CUSTOM = Map.of(
            LeadKind.PHONE, new String[] {"leadline-phone-number", "value", "A phone number in E.164 form, with its region."},
            LeadKind.DOCUMENT, new String[] {"leadline-travel-document", "value", "A travel or ID document: type:issuer:number (ICAO 9303 codes)."},
            LeadKind.IBAN, new String[] {"leadline-bank-account", "iban", "A bank account by its IBAN (mod-97 checked)."},
            LeadKind.CRYPTO, new String[] {"leadline-crypto-address", "value", "A cryptocurrency address (Bitcoin, Ethereum, TRON)."});

    private final ReportContent.Metadata meta;
    private final OfficerNames names;
    private final JsonGenerator json;
    private final String marking;
    private final String author;
    private final String now;
    private final List<String> written = new ArrayList<>();

    private StixReport(ReportContent.Metadata meta, OfficerNames names, JsonGenerator json) {
        this.meta = meta;
        this.names = names;
        this.json = json;
        this.marking = "marking-definition--" + meta.label().markingId();
        String ownAgency = meta.agencies().isEmpty() ? "Leadline" : meta.agencies().get(0);
        this.author = StixIds.sdo("identity", ownAgency);
        this.now = TIME.format(meta.generatedAt().truncatedTo(ChronoUnit.MILLIS));
    }

    static void write(Handle handle, ReportContent.Metadata meta, String ownAgency, OfficerNames names, CountryScope scope, OutputStream out,
                      Progress progress) throws IOException {
        try (JsonGenerator json = Json.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            StixReport report = new StixReport(withOwnAgencyFirst(meta, ownAgency), names, json);
            report.bundle(new ReportRepository(handle), scope, progress);
        }
    }

    private static ReportContent.Metadata withOwnAgencyFirst(ReportContent.Metadata meta, String ownAgency) {
        List<String> agencies = new ArrayList<>(meta.agencies());
        if (ownAgency != null) {
            agencies.remove(ownAgency);
            agencies.add(0, ownAgency);
        }
        return new ReportContent.Metadata(meta.operation(), meta.operationId(), meta.generatedAt(), meta.officers(), agencies, meta.label(),
                meta.masked(), meta.training(), meta.country(), meta.toolVersion());
    }

    private void bundle(ReportRepository reports, CountryScope scope, Progress progress) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "bundle");
        json.writeStringField("id", "bundle--" + StixIds.v5(StixIds.LEADLINE_NAMESPACE, meta.operationId() + "\n" + now + "\n"
                + meta.label().text() + "\n" + meta.masked() + "\n" + meta.country()));
        json.writeArrayFieldStart("objects");
        markingDefinition();
        for (String agency : meta.agencies()) {
            identity(agency);
        }
        for (String[] custom : CUSTOM.values()) {
            extensionDefinition(custom);
        }
        Set<String> domains = new LinkedHashSet<>();
        long[] rows = {0};
        try {
            reports.eachLive(meta.operationId(), null, entity -> {
                if (!scope.lead(entity)) {
                    return;
                }
                try {
                    observable(entity, domains);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (++rows[0] % 10_000 == 0) {
                    ReportGatherer.checkCancel(progress);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (String domain : domains) {
            start("domain-name", StixIds.sco("domain-name", Map.of("value", domain)));
            json.writeStringField("value", domain);
            end();
        }
        progress.report(3, 4);
        report();
        json.writeEndArray();
        json.writeEndObject();
    }

    private void markingDefinition() throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "marking-definition");
        json.writeStringField("spec_version", "2.1");
        json.writeStringField("id", marking);
        json.writeStringField("created", "2022-10-01T00:00:00.000Z");
        json.writeStringField("name", meta.label().text());
        json.writeObjectFieldStart("extensions");
        json.writeObjectFieldStart(TLP_EXTENSION);
        json.writeStringField("extension_type", "property-extension");
        json.writeStringField("tlp_2_0", meta.label().level());
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }

    private void identity(String agency) throws IOException {
        String id = StixIds.sdo("identity", agency);
        startSdo("identity", id);
        json.writeStringField("name", names.text(agency));
        json.writeStringField("identity_class", "organization");
        json.writeArrayFieldStart("sectors");
        json.writeString("government-public-services");
        json.writeEndArray();
        end();
    }

    private void extensionDefinition(String[] custom) throws IOException {
        String id = extensionId(custom[0]);
        startSdo("extension-definition", id);
        json.writeStringField("name", custom[0]);
        json.writeStringField("description", custom[2]);
        json.writeStringField("schema", "Leadline's selectors contract: " + custom[0] + " holds the canonical value in '" + custom[1]
                + "', with x_leadline_category, x_leadline_sightings, x_leadline_first_seen and x_leadline_last_seen.");
        json.writeStringField("version", "1.0.0");
        json.writeArrayFieldStart("extension_types");
        json.writeString("new-sco");
        json.writeEndArray();
        end();
    }

    private static String extensionId(String type) {
        return StixIds.sdo("extension-definition", type);
    }

    private void observable(ReportRepository.LiveEntity entity, Set<String> domains) throws IOException {
        LeadSummary lead = entity.lead();
        String value = names.text(lead.canonical());
        String pattern;
        String id;
        String[] custom = CUSTOM.get(lead.kind());
        if (custom != null) {
            id = StixIds.sco(custom[0], Map.of(custom[1], value));
            start(custom[0], id);
            json.writeStringField(custom[1], value);
            if (entity.region() != null) {
                json.writeStringField("x_leadline_region", entity.region());
            }
            json.writeObjectFieldStart("extensions");
            json.writeObjectFieldStart(extensionId(custom[0]));
            json.writeStringField("extension_type", "new-sco");
            json.writeEndObject();
            json.writeEndObject();
            pattern = "[" + custom[0] + ":" + custom[1] + " = " + quote(value) + "]";
        } else if (lead.kind() == LeadKind.URL) {
            id = StixIds.sco("url", Map.of("value", value));
            start("url", id);
            json.writeStringField("value", value);
            pattern = "[url:value = " + quote(value) + "]";
            String host = host(value);
            if (host != null) {
                domains.add(host);
            }
        } else if (lead.kind() == LeadKind.EMAIL) {
            id = StixIds.sco("email-addr", Map.of("value", value));
            start("email-addr", id);
            json.writeStringField("value", value);
            pattern = "[email-addr:value = " + quote(value) + "]";
        } else {
            int colon = value.indexOf(':');
            String platform = colon > 0 ? value.substring(0, colon) : (entity.platform() == null ? "unknown" : entity.platform());
            String login = colon > 0 ? value.substring(colon + 1) : value;
            id = StixIds.sco("user-account", Map.of("account_type", platform, "account_login", login));
            start("user-account", id);
            json.writeStringField("account_type", platform);
            json.writeStringField("account_login", login);
            pattern = "[user-account:account_type = " + quote(platform) + " AND user-account:account_login = " + quote(login) + "]";
        }
        json.writeStringField("x_leadline_category", lead.category().wireName());
        json.writeNumberField("x_leadline_sightings", lead.sightings());
        json.writeNumberField("x_leadline_officers", lead.officers());
        json.writeStringField("x_leadline_first_seen", time(lead.firstSeen()));
        json.writeStringField("x_leadline_last_seen", time(lead.lastSeen()));
        if (!lead.tags().isEmpty()) {
            json.writeArrayFieldStart("x_leadline_tags");
            for (String tag : lead.tags()) {
                json.writeString(names.text(tag));
            }
            json.writeEndArray();
        }
        end();
        if (lead.category() == Category.POSSIBLE_FACILITATOR || lead.category().name().startsWith("INCIDENT_")) {
            indicator(lead, value, pattern);
        }
    }

    private void indicator(LeadSummary lead, String value, String pattern) throws IOException {
        String id = StixIds.sdo("indicator", meta.operationId() + "\n" + lead.kind().wireName() + ":" + lead.canonical());
        json.writeStartObject();
        json.writeStringField("type", "indicator");
        json.writeStringField("spec_version", "2.1");
        json.writeStringField("id", id);
        json.writeStringField("created_by_ref", author);
        json.writeStringField("created", time(lead.firstSeen()));
        json.writeStringField("modified", time(lead.lastSeen().isBefore(lead.firstSeen()) ? lead.firstSeen() : lead.lastSeen()));
        json.writeStringField("name", (lead.category() == Category.POSSIBLE_FACILITATOR ? "Possible facilitator: " : "Incident: ") + value);
        json.writeArrayFieldStart("indicator_types");
        json.writeString("malicious-activity");
        json.writeEndArray();
        json.writeStringField("pattern", pattern);
        json.writeStringField("pattern_type", "stix");
        json.writeStringField("pattern_version", "2.1");
        json.writeStringField("valid_from", time(lead.firstSeen()));
        json.writeStringField("x_leadline_category", lead.category().wireName());
        markings();
        json.writeEndObject();
        written.add(id);
    }

    private void report() throws IOException {
        String id = StixIds.sdo("report", meta.operationId() + "\n" + now + "\n" + meta.country());
        startSdo("report", id);
        json.writeStringField("name", names.text("Operation report: " + meta.operation()) + (meta.training() ? " (TRAINING)" : ""));
        json.writeStringField("description", names.text(meta.operation()) + ", " + meta.label().text() + ". " + meta.label().meaning()
                + (meta.training() ? " TRAINING: a training operation; nothing in it is real intelligence." : "")
                + (meta.country() == null ? "" : " Only what concerns " + CountryCodes.name(meta.country()) + "."));
        json.writeArrayFieldStart("report_types");
        json.writeString("threat-actor");
        json.writeEndArray();
        json.writeStringField("published", now);
        json.writeArrayFieldStart("object_refs");
        for (String ref : written) {
            json.writeString(ref);
        }
        json.writeEndArray();
        json.writeStringField("x_leadline_operation", names.text(meta.operation()));
        json.writeStringField("x_leadline_operation_id", meta.operationId().toString());
        json.writeStringField("x_leadline_handling", meta.label().text());
        json.writeBooleanField("x_leadline_training", meta.training());
        json.writeBooleanField("x_leadline_officers_masked", meta.masked());
        if (meta.country() != null) {
            json.writeStringField("x_leadline_country", meta.country());
        }
        json.writeArrayFieldStart("x_leadline_officers");
        for (ReportContent.OfficerLine officer : meta.officers()) {
            json.writeStartObject();
            json.writeStringField("name", officer.name());
            json.writeStringField("agency", officer.agency());
            json.writeStringField("country", officer.country());
            json.writeEndObject();
        }
        json.writeEndArray();
        end();
    }

    private void start(String type, String id) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", type);
        json.writeStringField("spec_version", "2.1");
        json.writeStringField("id", id);
        if (!type.equals("report")) {
            written.add(id);
        }
    }

    private void startSdo(String type, String id) throws IOException {
        start(type, id);
        json.writeStringField("created_by_ref", author);
        json.writeStringField("created", now);
        json.writeStringField("modified", now);
    }

    private void end() throws IOException {
        markings();
        json.writeEndObject();
    }

    private void markings() throws IOException {
        json.writeArrayFieldStart("object_marking_refs");
        json.writeString(marking);
        json.writeEndArray();
    }

    private static String time(Instant instant) {
        return TIME.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** A STIX pattern string literal: single quotes, with quotes and backslashes escaped. */
    static String quote(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null || host.isBlank() ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
