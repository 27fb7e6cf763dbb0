package org.leadline.logic.exercises;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The result of scoring an exercise's submissions: every trainee ranked (the leaderboard), each with their figures per
 * category, what they found (and when, with the evidence they attached), missed and gave wrongly; the submissions
 * refused by verification; and older submissions of a trainee that a newer one replaced.
 */
public record Scoreboard(Exercise exercise, int answers, List<TraineeScore> trainees, List<Refusal> refused,
                         List<Superseded> superseded) {

    /** One trainee's latest submission, scored. Precision and recall are fractions of 1 (0 when undefined). */
    public record TraineeScore(int rank, String name, String agency, String country, String fingerprint, String file,
                               UUID packageId, long sequence, Instant submittedAt, boolean lateSubmission,
                               List<CategoryScore> categories, int points, int found, int missed, int falseAnswers, int duplicates,
                               int late, double precision, double recall, Instant lastFind, List<Find> finds,
                               List<Answer> missedAnswers, List<FalseAnswer> falseAnswerList) {
    }

    /**
     * One category for one trainee.
     *
     * @param late       answers recorded after the exercise's end: shown, never scored
     * @param firstFind  when the trainee's first scoring answer of the category was recorded, or null
     */
    public record CategoryScore(String category, AnswerTarget target, int pointsEach, int answers, int found, int missed,
                                int falseAnswers, int duplicates, int late, int points, double precision, double recall,
                                Instant firstFind) {
    }

    /**
     * An answer of the key that the trainee found: first recorded at {@code at}, by their record, with its evidence.
     *
     * @param withoutPlatform the handle as the trainee gave it ({@code unknown:NAME}) when they gave no platform and the key
     *                        has exactly one handle of that name, which it was counted as; null for an exact match
     */
    public record Find(UUID answerId, AnswerTarget target, String value, String hint, Instant at, long minutesIn, UUID recordId,
                       List<UUID> evidence, String withoutPlatform) {
    }

    /** What a trainee gave that the key does not hold, as they wrote it and as it was compared. */
    public record FalseAnswer(AnswerTarget target, String written, String compared, Instant at) {
    }

    /** A submission that was not scored, with the verifier's or the scorer's sentence. */
    public record Refusal(Path file, String reason) {
    }

    /** An older submission of a trainee, not scored because a later one (higher sequence) was given. */
    public record Superseded(Path file, String name, long sequence, long scoredSequence) {
    }
}
