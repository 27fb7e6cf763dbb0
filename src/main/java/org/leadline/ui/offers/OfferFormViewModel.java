package org.leadline.ui.offers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leadline.logic.evidence.EvidenceService;
import org.leadline.logic.offers.CurrencyRates;
import org.leadline.logic.offers.OfferDraft;
import org.leadline.logic.offers.OfferService;
import org.leadline.logic.places.Country;
import org.leadline.logic.places.Gazetteer;
import org.leadline.logic.places.GazetteerPlace;
import org.leadline.logic.places.PlaceNames;
import org.leadline.logic.tasks.Progress;
import org.leadline.model.CurrencyRate;
import org.leadline.model.Offer;
import org.leadline.model.OfferStatus;
import org.leadline.model.OfferType;
import org.leadline.model.Place;
import org.leadline.model.PriceUnit;
import org.leadline.model.Transport;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.Session;

/**
 * The offer form's state: every field as typed, the EUR price computed live from the operation's rates, and one
 * error line per field. A refusal of {@link OfferService} names its field in its sentence; {@link #fieldOf} maps it
 * back so the message shows under the field it is about. Nothing is saved until the service accepts the draft.
 */
public final class OfferFormViewModel {
    /** The form's fields, as the error lines are keyed. */
    public static final List<String> FIELDS = List.of("type", "text", "amount", "currency", "unit", "from", "via", "to",
            "transport", "platform", "seen", "leads", "note");
    static final DateTimeFormatter SEEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** What the form does with an accepted draft: store it (new or edit), or hand it back unsaved (a suggestion). */
    public enum Mode { ADD, EDIT, DRAFT }

    private final Session session;
    private final OfferService offers;
    private final UUID operationId;
    private final Mode mode;
    private final UUID offerId;

    final ObjectProperty<OfferType> type = new SimpleObjectProperty<>(OfferType.TRAVEL);
    final StringProperty text = new SimpleStringProperty("");
    final StringProperty amount = new SimpleStringProperty("");
    final StringProperty currency = new SimpleStringProperty("EUR");
    final ObjectProperty<PriceUnit> unit = new SimpleObjectProperty<>(PriceUnit.PER_PERSON);
    final StringProperty from = new SimpleStringProperty("");
    final StringProperty via = new SimpleStringProperty("");
    final StringProperty to = new SimpleStringProperty("");
    final ObjectProperty<Transport> transport = new SimpleObjectProperty<>();
    final StringProperty platform = new SimpleStringProperty("");
    final StringProperty seen = new SimpleStringProperty("");
    final StringProperty note = new SimpleStringProperty("");
    final ObjectProperty<OfferStatus> status = new SimpleObjectProperty<>(OfferStatus.REPORTED);
    final ObservableList<UUID> leads = FXCollections.observableArrayList();
    final ObservableList<String> currencies = FXCollections.observableArrayList();
    final StringProperty eur = new SimpleStringProperty("");
    final BooleanProperty saving = new SimpleBooleanProperty(false);
    /** An error that names no field (the lead, the operation), shown above the buttons. */
    final StringProperty error = new SimpleStringProperty("");
    private final Map<String, StringProperty> fieldErrors = new LinkedHashMap<>();
    private final Map<String, CurrencyRate> rates = new LinkedHashMap<>();
    /** The captures the offer names, in order, and their names as the form shows them. */
    final ObservableList<UUID> evidence = FXCollections.observableArrayList();
    final javafx.collections.ObservableMap<UUID, String> evidenceNames = FXCollections.observableHashMap();
    /** Files being captured for the offer: saving waits for them. */
    final BooleanProperty attaching = new SimpleBooleanProperty(false);

    OfferFormViewModel(Session session, Mode mode, UUID offerId, OfferDraft initial) {
        this.session = session;
        this.offers = new OfferService(session.workspace());
        this.operationId = session.operationId();
        this.mode = mode;
        this.offerId = offerId;
        for (String field : FIELDS) {
            fieldErrors.put(field, new SimpleStringProperty(""));
        }
        if (initial != null) {
            fill(initial);
        }
        amount.addListener((obs, a, b) -> recompute());
        currency.addListener((obs, a, b) -> recompute());
        for (String field : FIELDS) {
            javafx.beans.value.ObservableValue<?> value = property(field);
            if (value != null) {
                value.addListener((obs, a, b) -> fieldErrors.get(field).set(""));
            }
        }
    }

    Mode mode() {
        return mode;
    }

    private javafx.beans.value.ObservableValue<?> property(String field) {
        return switch (field) {
            case "type" -> type;
            case "text" -> text;
            case "amount" -> amount;
            case "currency" -> currency;
            case "unit" -> unit;
            case "from" -> from;
            case "via" -> via;
            case "to" -> to;
            case "transport" -> transport;
            case "platform" -> platform;
            case "seen" -> seen;
            case "note" -> note;
            default -> null;
        };
    }

    StringProperty errorOf(String field) {
        return fieldErrors.get(field);
    }

    /** Loads the operation's rate table for the currency list and the live EUR figure (off the FX thread). */
    void load() {
        if (operationId == null) {
            error.set(Messages.get("quickAdd.error.noOperation"));
            return;
        }
        List<UUID> named = List.copyOf(evidence);
        if (!named.isEmpty()) {
            Background.run(() -> new EvidenceService(session.workspace()).summaries(named), found ->
                    found.forEach((id, capture) -> evidenceNames.put(id, capture.originalName())),
                    failure -> error.set(Errors.sentence(failure)));
        }
        Background.run(() -> new CurrencyRates(session.workspace()).table(operationId), table -> {
            rates.clear();
            rates.putAll(table);
            List<String> codes = new ArrayList<>(table.keySet());
            if (!currency.get().isBlank() && !codes.contains(currency.get())) {
                codes.add(0, currency.get());
            }
            currencies.setAll(codes);
            recompute();
        }, failure -> error.set(Errors.sentence(failure)));
    }

    private void fill(OfferDraft draft) {
        type.set(draft.type() == null ? OfferType.TRAVEL : draft.type());
        text.set(draft.offeredText() == null ? "" : draft.offeredText());
        amount.set(draft.amount() == null ? "" : draft.amount().stripTrailingZeros().toPlainString());
        currency.set(draft.currency() == null ? "" : draft.currency());
        unit.set(draft.unit() == null ? PriceUnit.UNKNOWN : draft.unit());
        from.set(written(draft.from()));
        via.set(String.join(", ", draft.via().stream().map(OfferFormViewModel::written).toList()));
        to.set(written(draft.to()));
        transport.set(draft.transport());
        platform.set(draft.platform() == null ? "" : draft.platform());
        seen.set(draft.seenAt() == null ? "" : SEEN.format(draft.seenAt()));
        leads.setAll(draft.leads());
        evidence.setAll(draft.evidence());
        status.set(draft.status() == null ? OfferStatus.REPORTED : draft.status());
        note.set(draft.note() == null ? "" : draft.note());
    }

    /** A route point as the field shows it: "LY/Zuwara" for a place, "LY · Libya" for a country. */
    static String written(Place place) {
        if (place == null || place.country() == null) {
            return "";
        }
        if (place.hasName()) {
            return place.country() + "/" + place.name();
        }
        return Gazetteer.get().country(place.country()).map(c -> c.alpha2() + " · " + c.english()).orElse(place.country());
    }

    /** What the place fields complete to: every country and every gazetteer place, in the fields' own form. */
    static List<String> completions() {
        List<String> out = new ArrayList<>();
        for (Country country : Gazetteer.get().countries()) {
            out.add(country.alpha2() + " · " + country.english());
        }
        for (GazetteerPlace place : Gazetteer.get().places()) {
            out.add(place.country() + "/" + place.name());
        }
        return out;
    }

    /** Completions of what was typed: code, English name or place name starting with it, then containing it. */
    static List<String> complete(List<String> all, String typed) {
        String wanted = typed == null ? "" : PlaceNames.normalize(typed);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<String> starts = new ArrayList<>();
        List<String> contains = new ArrayList<>();
        for (String each : all) {
            String normal = PlaceNames.normalize(each);
            String name = PlaceNames.normalize(each.replaceFirst("^[A-Z]{2}( · |/)", ""));
            if (normal.startsWith(wanted) || name.startsWith(wanted)) {
                starts.add(each);
            } else if (wanted.length() > 2 && normal.contains(wanted)) {
                contains.add(each);
            }
        }
        starts.addAll(contains);
        return starts.subList(0, Math.min(12, starts.size()));
    }

    /** A route point from what was typed: "LY", "LY · Libya", "LY/Zuwara", "Libya", "Zuwara"; unknown names stay as typed. */
    static Place parsePlace(String typed) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            return null;
        }
        int dot = value.indexOf(" · ");
        if (dot > 0) {
            return Place.country(value.substring(0, dot).strip());
        }
        if (value.contains("/")) {
            return Place.parse(value);
        }
        Optional<Country> country = Gazetteer.get().country(value);
        if (country.isPresent()) {
            return Place.country(country.get().alpha2());
        }
        Optional<Gazetteer.Entry> entry = Gazetteer.get().lookup(PlaceNames.normalize(value));
        if (entry.isPresent()) {
            return entry.get().asPlace();
        }
        return new Place(value, null);
    }

    private static List<Place> parseVia(String typed) {
        List<Place> out = new ArrayList<>();
        if (typed == null) {
            return out;
        }
        for (String part : typed.split("[,;→>]")) {
            Place place = parsePlace(part);
            if (place != null) {
                out.add(place);
            }
        }
        return out;
    }

    private void recompute() {
        eur.set(preview(amount.get(), currency.get()));
    }

    /** "= 12,000.00 EUR at 1 LYD = 0.19 EUR (rates of 2026-11-01)", or why there is no figure yet. */
    String preview(String typedAmount, String typedCurrency) {
        BigDecimal value = parseAmount(typedAmount);
        String code = typedCurrency == null ? "" : typedCurrency.strip().toUpperCase(Locale.ROOT);
        if (value == null || code.isEmpty()) {
            return "";
        }
        CurrencyRate rate = rates.get(code);
        if (rate == null) {
            return rates.isEmpty() ? "" : Messages.get("offer.eur.noRate", code);
        }
        BigDecimal inEur = value.multiply(rate.eurPerUnit()).setScale(2, RoundingMode.HALF_EVEN);
        return Messages.get("offer.eur.preview", money(inEur), code, rate.eurPerUnit().stripTrailingZeros().toPlainString(),
                rate.ratesOn().toString());
    }

    static String money(BigDecimal eur) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(eur);
    }

    /** A typed amount: "12000", "12,000", "12 000", "1400.50"; null when it is not a number. */
    static BigDecimal parseAmount(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String plain = typed.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (plain.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            plain = plain.replace(",", "");
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The field a refusal of the service is about (one of {@link #FIELDS}), or null when it names none of them. */
    public static String fieldOfMessage(String message) {
        return fieldOf(message);
    }

    /** The field a refusal of the service is about, from its one sentence; null when it names none of the form's. */
    static String fieldOf(String message) {
        if (message == null) {
            return null;
        }
        String m = message;
        if (m.contains(" in from ") || m.contains(" in from.") || m.startsWith("The from of the route")) {
            return "from";
        }
        if (m.contains(" in via ") || m.contains(" in via.") || m.startsWith("The via of the route")) {
            return "via";
        }
        if (m.contains(" in to ") || m.contains(" in to.") || m.startsWith("The to of the route") || m.contains("to itself")) {
            return "to";
        }
        if (m.startsWith("The currency")) {
            return "currency";
        }
        if (m.startsWith("The price") || m.startsWith("The offer has no price")) {
            return "amount";
        }
        if (m.startsWith("The offer has no type")) {
            return "type";
        }
        if (m.startsWith("The unit")) {
            return "unit";
        }
        if (m.startsWith("The platform")) {
            return "platform";
        }
        if (m.startsWith("The offered text")) {
            return "text";
        }
        if (m.startsWith("The note")) {
            return "note";
        }
        if (m.startsWith("The lead")) {
            return "leads";
        }
        return null;
    }

    private void clearErrors() {
        fieldErrors.values().forEach(p -> p.set(""));
        error.set("");
    }

    private void show(String message) {
        String field = fieldOf(message);
        if (field == null) {
            error.set(message);
        } else {
            fieldErrors.get(field).set(message);
        }
    }

    /** The first field with an error, for the cursor; null when none. */
    String firstError() {
        return fieldErrors.entrySet().stream().filter(e -> !e.getValue().get().isEmpty()).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** The draft the fields make, or null with the errors of the fields the form itself can tell are wrong. */
    OfferDraft draft() {
        boolean ok = true;
        BigDecimal value = parseAmount(amount.get());
        if (amount.get() == null || amount.get().isBlank()) {
            fieldErrors.get("amount").set(Messages.get("offer.error.noAmount"));
            ok = false;
        } else if (value == null) {
            fieldErrors.get("amount").set(Messages.get("offer.error.amount", amount.get().strip()));
            ok = false;
        }
        Instant seenAt = null;
        if (seen.get() != null && !seen.get().isBlank()) {
            try {
                seenAt = LocalDateTime.parse(seen.get().strip(), SEEN).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                fieldErrors.get("seen").set(Messages.get("offer.error.seen", seen.get().strip()));
                ok = false;
            }
        }
        Place fromPlace = parsePlace(from.get());
        Place toPlace = parsePlace(to.get());
        if (fromPlace == null) {
            fieldErrors.get("from").set(Messages.get("offer.error.noFrom"));
            ok = false;
        }
        if (toPlace == null) {
            fieldErrors.get("to").set(Messages.get("offer.error.noTo"));
            ok = false;
        }
        if (!ok) {
            return null;
        }
        return new OfferDraft(type.get(), text.get(), value, currency.get(), unit.get(), fromPlace, parseVia(via.get()), toPlace,
                transport.get(), seenAt, platform.get(), List.copyOf(leads), List.copyOf(evidence), status.get(), note.get());
    }

    /**
     * Captures files for the offer now (hashed and stored as every capture is, all of them or none); the offer names
     * them when it is saved. A capture stays in the operation's evidence if the form is then cancelled.
     */
    void attach(List<Path> files) {
        if (files.isEmpty() || attaching.get() || operationId == null) {
            return;
        }
        error.set("");
        attaching.set(true);
        String seenOn = platform.get() == null || platform.get().isBlank() ? null : platform.get().strip();
        EvidenceService.Context context = new EvidenceService.Context(null, seenOn, null, java.time.ZoneId.systemDefault(), false);
        Background.run(() -> new EvidenceService(session.workspace()).attach(operationId,
                files.stream().map(EvidenceService.Source::file).toList(), context, List.of(), Progress.NONE), attached -> {
            attaching.set(false);
            for (EvidenceService.Attached one : attached) {
                evidenceNames.putIfAbsent(one.captureId(), one.name());
                if (!evidence.contains(one.captureId())) {
                    evidence.add(one.captureId());
                }
            }
        }, failure -> {
            attaching.set(false);
            error.set(Errors.sentence(failure));
        });
    }

    /** The offer no longer names the capture (which stays in the operation's evidence). */
    void detach(UUID captureId) {
        evidence.remove(captureId);
    }

    /**
     * Checks the draft and, unless the form holds a suggestion, stores it; onDone gets the draft (and the offer when
     * stored). Errors go to their fields and nothing is stored.
     */
    void save(Consumer<Result> onDone) {
        if (saving.get() || attaching.get()) {
            return;
        }
        clearErrors();
        OfferDraft draft = draft();
        if (draft == null) {
            return;
        }
        if (operationId == null) {
            error.set(Messages.get("quickAdd.error.noOperation"));
            return;
        }
        saving.set(true);
        Background.run(() -> switch (mode) {
            case ADD -> new Result(draft, offers.add(operationId, draft));
            case EDIT -> new Result(draft, offers.edit(offerId, draft));
            case DRAFT -> {
                offers.check(operationId, draft);
                yield new Result(draft, null);
            }
        }, result -> {
            saving.set(false);
            if (result.offer() != null) {
                session.changed();
            }
            onDone.accept(result);
        }, failure -> {
            saving.set(false);
            show(Errors.sentence(failure));
        });
    }

    /** The accepted draft and, when stored, the offer. */
    public record Result(OfferDraft draft, Offer offer) {
    }
}
