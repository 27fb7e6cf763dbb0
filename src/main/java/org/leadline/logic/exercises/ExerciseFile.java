package org.leadline.logic.exercises;

import java.util.List;
import org.leadline.logic.packages.VerifiedPackage;

/**
 * An exercise package that passed the five steps, with its rules and, in the trainer's copy, its answer key.
 *
 * @param answers the key's answers, or null in the trainees' copy
 */
public record ExerciseFile(VerifiedPackage verified, Exercise exercise, List<Answer> answers) {
    public boolean trainersCopy() {
        return answers != null;
    }

    /** The answer key; a clear sentence when this is the trainees' copy. */
    public AnswerKey key() {
        if (answers == null) {
            throw new IllegalArgumentException("The package " + verified.file().getFileName()
                    + " is the trainees' copy of the exercise: the answer key is only in the trainer's copy.");
        }
        return new AnswerKey(exercise, answers);
    }
}
