package org.leadline.logic.packages;

import java.util.List;

/**
 * The entries only an exercise package carries besides its material (docs/training.md): the exercise's rules, in both
 * the trainer's and the trainees' copy, and the answer key, in the trainer's copy only. Both are signed with the rest;
 * an import never stores them: the key stays in the trainer's file.
 */
public final class TrainingEntries {
    public static final String EXERCISE = "records/exercise.jsonl";
    public static final String ANSWERS = "records/answers.jsonl";
    public static final List<String> ALL = List.of(EXERCISE, ANSWERS);

    private TrainingEntries() {
    }
}
