package org.leadline.logic.exercises;

/**
 * One category of an exercise: what it asks for and what each answer found in it scores.
 *
 * @param name   what the trainees read ("Facilitator handles")
 * @param target the records that answer it; an exercise has at most one category per target
 */
public record ExerciseCategory(String name, AnswerTarget target, int points) {
    public ExerciseCategory {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A category needs a name.");
        }
        if (target == null) {
            throw new IllegalArgumentException("The category " + name + " names no kind of answer.");
        }
        if (points < 0 || points > 1000) {
            throw new IllegalArgumentException("The category " + name + " scores " + points + " points; give 0 to 1000.");
        }
        name = name.strip();
    }
}
