package org.leadline.ui.training;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import org.leadline.logic.exercises.Answer;
import org.leadline.logic.exercises.AnswerTarget;
import org.leadline.ui.common.Messages;

/** How the training windows write answers and build their read-only table columns. */
final class TrainingTexts {
    private TrainingTexts() {
    }

    static String kind(AnswerTarget target) {
        return Messages.get("builder.kind." + target.wireName());
    }

    /** An offer by its fields; a face image by the first digits of its SHA-256, enough to tell images apart. */
    static String shown(Answer answer) {
        if (answer.offer() != null) {
            return answer.offer().describe();
        }
        if (answer.target() == AnswerTarget.FACE_IMAGE) {
            // Before the build the image is not drawn yet: the preview names where it will be.
            return answer.value().length() == 64 ? Messages.get("trainer.image", answer.value().substring(0, 12))
                    : Messages.get("builder.answer.notDrawn");
        }
        return answer.value();
    }

    /** "Phone  +218912345678  (advert 1)": the kind, the value, and where it is when that says more than the value. */
    static String line(Answer answer) {
        String value = shown(answer);
        String hint = answer.hint() == null || answer.hint().isBlank() || answer.hint().equals(value) ? ""
                : Messages.get("builder.answer.where", answer.hint());
        return Messages.get("builder.answer.line", kind(answer.target()), value, hint).strip();
    }

    static <T> TableColumn<T, String> column(String key, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
