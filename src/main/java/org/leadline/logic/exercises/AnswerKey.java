package org.leadline.logic.exercises;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.leadline.logic.selectors.Selector;
import org.leadline.logic.selectors.SelectorNormalizer;
import org.leadline.model.LeadKind;

/**
 * What an exercise expects to be found: its rules and every answer by canonical value, so that {@code +218 91 234 5678}
 * and {@code 00218912345678} are one answer. Built only through {@link #of}, which normalises every value.
 */
public record AnswerKey(Exercise exercise, List<Answer> answers) {
    public AnswerKey {
        answers = List.copyOf(answers);
    }

    /** The key with every lead value in its canonical form; refuses an answer whose category the exercise lacks. */
    public static AnswerKey of(Exercise exercise, List<Answer> answers, String defaultRegion) {
        List<Answer> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Answer answer : answers) {
            if (exercise.category(answer.target()) == null) {
                throw new IllegalArgumentException("The answer " + answer.value() + " is a " + answer.target().wireName()
                        + ", which no category of the exercise scores.");
            }
            Answer normalised = answer.target().leadKind() == null ? answer
                    : new Answer(answer.id(), answer.target(), canonical(answer.target().leadKind(), answer.value(), defaultRegion),
                    null, answer.hint());
            if (answer.target() == AnswerTarget.OFFER && answer.offer() == null) {
                throw new IllegalArgumentException("The offer answer " + answer.value() + " has no type, price or route.");
            }
            // One value is one answer: the same phone written twice in the material is found once.
            if (normalised.target() == AnswerTarget.OFFER || seen.add(normalised.target() + "\u0000" + normalised.value())) {
                out.add(normalised);
            }
        }
        return new AnswerKey(exercise, out);
    }

    /** The canonical value of selectors.md; a value that does not normalise is compared as written, trimmed. */
    public static String canonical(LeadKind kind, String value, String defaultRegion) {
        List<Selector> parsed = SelectorNormalizer.normalize(value, kind, defaultRegion);
        return parsed.stream().filter(s -> s.kind() == kind).map(Selector::canonical).findFirst().orElse(value.strip());
    }

    public List<Answer> answersFor(AnswerTarget target) {
        return answers.stream().filter(a -> a.target() == target).toList();
    }

    public Map<AnswerTarget, Long> countByTarget() {
        return answers.stream().collect(Collectors.groupingBy(Answer::target, java.util.LinkedHashMap::new, Collectors.counting()));
    }

    static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a));
    }
}
