package org.leadline.logic.exercises;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.leadline.logic.exercises.Scoreboard.CategoryScore;
import org.leadline.logic.exercises.Scoreboard.FalseAnswer;
import org.leadline.logic.exercises.Scoreboard.Find;
import org.leadline.model.Offer;

/**
 * Scores the answers of one submission against the key: each submitted record is compared by canonical value (an
 * offer by type, route and price within {@link #PRICE_TOLERANCE}), earliest first, so that the first record of an
 * answer is its find and any later one a duplicate. Records after the exercise's end are counted as late, not scored.
 */
final class SubmissionScorer {
    /** An offer's price matches when it is within 10% of the key's EUR figure (trainees may convert at other rates). */
    static final BigDecimal PRICE_TOLERANCE = new BigDecimal("0.10");
    /** The platform of a handle typed as a bare {@code @name} (selectors.md). */
    static final String UNKNOWN_PLATFORM = "unknown:";

    /** One record a trainee submitted, reduced to what is compared. */
    record Given(AnswerTarget target, String written, String compared, Offer offer, Instant at, UUID recordId, List<UUID> evidence) {
    }

    private final AnswerKey key;
    private final Map<AnswerTarget, Map<String, Answer>> byValue = new HashMap<>();
    private final Map<AnswerTarget, List<Answer>> offers = new HashMap<>();
    private final Map<AnswerTarget, ExerciseCategory> asked = new java.util.EnumMap<>(AnswerTarget.class);
    /** The key's handles by their name alone (after the platform), for handles trainees gave without a platform. */
    private final Map<String, List<Answer>> handlesByName = new HashMap<>();

    SubmissionScorer(AnswerKey key) {
        this.key = key;
        key.exercise().categories().forEach(c -> asked.put(c.target(), c));
        for (Answer answer : key.answers()) {
            if (answer.target() == AnswerTarget.OFFER) {
                offers.computeIfAbsent(answer.target(), t -> new ArrayList<>()).add(answer);
            } else {
                byValue.computeIfAbsent(answer.target(), t -> new HashMap<>()).put(answer.value(), answer);
            }
            if (answer.target() == AnswerTarget.HANDLE && answer.value().indexOf(':') > 0) {
                handlesByName.computeIfAbsent(nameOf(answer.value()), n -> new ArrayList<>()).add(answer);
            }
        }
    }

    /** The figures of one trainee, before ranking (rank 0). */
    Scoreboard.TraineeScore score(List<Given> given, String name, String agency, String country, String fingerprint, String file,
                                  UUID packageId, long sequence, Instant submittedAt) {
        Exercise exercise = key.exercise();
        Map<AnswerTarget, int[]> tallies = new LinkedHashMap<>(); // found, false, duplicates, late
        Map<AnswerTarget, Instant> firstFinds = new HashMap<>();
        Map<UUID, Find> finds = new LinkedHashMap<>();
        List<FalseAnswer> wrong = new ArrayList<>();
        List<Given> ordered = new ArrayList<>(given);
        ordered.sort(Comparator.comparing(Given::at).thenComparing(g -> g.recordId().toString()));
        for (Given g : ordered) {
            if (!asked.containsKey(g.target())) {
                continue; // not asked for: neither right nor wrong
            }
            int[] tally = tallies.computeIfAbsent(g.target(), t -> new int[4]);
            if (g.at().isAfter(exercise.end())) {
                tally[3]++;
                continue;
            }
            Answer match = g.target() == AnswerTarget.OFFER ? matchOffer(g.offer(), finds)
                    : byValue.getOrDefault(g.target(), Map.of()).get(g.compared());
            boolean platformAssumed = false;
            if (match == null && g.target() == AnswerTarget.HANDLE) {
                match = withoutPlatform(g.compared());
                platformAssumed = match != null;
            }
            if (match == null) {
                tally[1]++;
                wrong.add(new FalseAnswer(g.target(), g.written(), g.compared(), g.at()));
            } else if (finds.containsKey(match.id())) {
                tally[2]++;
            } else {
                tally[0]++;
                long minutes = Math.max(0, Duration.between(exercise.start(), g.at()).toMinutes());
                finds.put(match.id(), new Find(match.id(), match.target(), match.value(), match.hint(), g.at(), minutes, g.recordId(),
                        g.evidence(), platformAssumed ? g.compared() : null));
                firstFinds.putIfAbsent(g.target(), g.at());
            }
        }
        List<CategoryScore> categories = new ArrayList<>();
        int points = 0;
        int found = 0;
        int falses = 0;
        int duplicates = 0;
        int late = 0;
        for (ExerciseCategory category : exercise.categories()) {
            int[] t = tallies.getOrDefault(category.target(), new int[4]);
            int answers = key.answersFor(category.target()).size();
            int categoryPoints = t[0] * category.points();
            categories.add(new CategoryScore(category.name(), category.target(), category.points(), answers, t[0], answers - t[0], t[1],
                    t[2], t[3], categoryPoints, ratio(t[0], t[0] + t[1]), ratio(t[0], answers), firstFinds.get(category.target())));
            points += categoryPoints;
            found += t[0];
            falses += t[1];
            duplicates += t[2];
            late += t[3];
        }
        List<Answer> missed = key.answers().stream().filter(a -> !finds.containsKey(a.id())).toList();
        Instant lastFind = finds.values().stream().map(Find::at).max(Comparator.naturalOrder()).orElse(null);
        boolean lateSubmission = submittedAt.isAfter(exercise.end());
        return new Scoreboard.TraineeScore(0, name, agency, country, fingerprint, file, packageId, sequence, submittedAt, lateSubmission,
                categories, points, found, key.answers().size() - found, falses, duplicates, late, ratio(found, found + falses),
                ratio(found, key.answers().size()), lastFind, List.copyOf(finds.values()), missed, wrong);
    }

    /**
     * A handle given without its platform ({@code unknown:NAME}, selectors.md: a bare {@code @name} the officer never gave a
     * platform) answers the key's handle of that name when the key has exactly one, on whatever platform; with two
     * (the same name on Telegram and Instagram) it is ambiguous and answers neither. The values are never merged: the
     * find says it was made this way.
     */
    private Answer withoutPlatform(String compared) {
        if (compared == null || !compared.startsWith(UNKNOWN_PLATFORM)) {
            return null;
        }
        List<Answer> named = handlesByName.getOrDefault(nameOf(compared), List.of());
        return named.size() == 1 ? named.get(0) : null;
    }

    private static String nameOf(String handle) {
        return handle.substring(handle.indexOf(':') + 1);
    }

    /** The key's offer this one answers: same type and countries, price within tolerance; one not found yet if any. */
    private Answer matchOffer(Offer offer, Map<UUID, Find> found) {
        Answer already = null;
        for (Answer answer : offers.getOrDefault(AnswerTarget.OFFER, List.of())) {
            Answer.OfferAnswer wanted = answer.offer();
            if (wanted.type() != offer.type() || !wanted.from().equals(offer.from().country()) || !wanted.to().equals(offer.to().country())
                    || !priceMatches(wanted, offer)) {
                continue;
            }
            if (!found.containsKey(answer.id())) {
                return answer;
            }
            already = answer;
        }
        return already;
    }

    static boolean priceMatches(Answer.OfferAnswer wanted, Offer offer) {
        BigDecimal allowed = wanted.priceEur().multiply(PRICE_TOLERANCE);
        if (offer.priceEur() != null && offer.priceEur().subtract(wanted.priceEur()).abs().compareTo(allowed) <= 0) {
            return true;
        }
        // The advert's own figure in its own currency is right whatever rate the trainee's table has.
        return wanted.currency().equals(offer.currency()) && offer.amount().subtract(wanted.amount()).abs()
                .compareTo(wanted.amount().multiply(PRICE_TOLERANCE)) <= 0;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP).doubleValue();
    }
}
