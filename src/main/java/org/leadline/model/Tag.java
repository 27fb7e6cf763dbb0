package org.leadline.model;

/** A free tag of an operation with the colour it is shown in (#rrggbb). */
public record Tag(String name, String color) {
}
