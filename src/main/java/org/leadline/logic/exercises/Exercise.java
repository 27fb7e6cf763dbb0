package org.leadline.logic.exercises;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of an exercise, in both copies of its package ({@code records/exercise.jsonl}): the training operation it
 * runs in, its title, the clock and the categories with their points.
 */
public record Exercise(UUID operationId, String title, Instant start, Instant end, List<ExerciseCategory> categories) {
    public Exercise {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("The exercise needs a title.");
        }
        if (start == null || end == null || !end.isAfter(start)) {
            throw new IllegalArgumentException("The exercise must end after it starts.");
        }
        if (categories == null || categories.isEmpty()) {
            throw new IllegalArgumentException("The exercise needs at least one category.");
        }
        Set<AnswerTarget> seen = new HashSet<>();
        for (ExerciseCategory category : categories) {
            if (!seen.add(category.target())) {
                throw new IllegalArgumentException("Two categories score " + category.target().wireName()
                        + " answers; give each kind of answer one category.");
            }
        }
        categories = List.copyOf(categories);
        title = title.strip();
    }

    /** The category scoring this kind of answer, or null when the exercise does not ask for it. */
    public ExerciseCategory category(AnswerTarget target) {
        return categories.stream().filter(c -> c.target() == target).findFirst().orElse(null);
    }

    /** The categories of a usual action-day exercise (issue [7]'s examples). */
    public static List<ExerciseCategory> defaultCategories() {
        return List.of(new ExerciseCategory("Facilitator handles", AnswerTarget.HANDLE, 10),
                new ExerciseCategory("Phone numbers with their country", AnswerTarget.PHONE, 10),
                new ExerciseCategory("Offers with price and route", AnswerTarget.OFFER, 20),
                new ExerciseCategory("Travel documents", AnswerTarget.DOCUMENT, 25),
                new ExerciseCategory("Face images to check", AnswerTarget.FACE_IMAGE, 15),
                new ExerciseCategory("Links", AnswerTarget.URL, 5));
    }
}
