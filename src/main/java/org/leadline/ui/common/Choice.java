package org.leadline.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;

/** One entry of a combo box whose "none" entry (All…, Auto) stands for a null value. */
public record Choice<T>(T value, String label) {
    @Override
    public String toString() {
        return label;
    }

    public static <T> ObservableList<Choice<T>> of(String noneLabel, List<T> values, Function<T, String> label) {
        List<Choice<T>> choices = new ArrayList<>();
        choices.add(new Choice<>(null, noneLabel));
        values.forEach(value -> choices.add(new Choice<>(value, label.apply(value))));
        return FXCollections.observableArrayList(choices);
    }

    /** A combo box kept in step with a nullable property, both ways. */
    public static <T> ComboBox<Choice<T>> combo(String id, ObservableList<Choice<T>> choices, ObjectProperty<T> property) {
        ComboBox<Choice<T>> combo = new ComboBox<>(choices);
        combo.setId(id);
        select(combo, property.get());
        combo.valueProperty().addListener((obs, before, after) -> {
            T value = after == null ? null : after.value();
            if (!Objects.equals(value, property.get())) {
                property.set(value);
            }
        });
        property.addListener((obs, before, after) -> select(combo, after));
        return combo;
    }

    public static <T> void select(ComboBox<Choice<T>> combo, T value) {
        for (Choice<T> choice : combo.getItems()) {
            if (Objects.equals(choice.value(), value)) {
                if (combo.getValue() != choice) {
                    combo.setValue(choice);
                }
                return;
            }
        }
        if (!combo.getItems().isEmpty()) {
            combo.setValue(combo.getItems().get(0));
        }
    }
}
