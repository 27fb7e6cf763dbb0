package org.leadline.logic.bench;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One measured figure with its target.
 *
 * @param target   the figure it must reach, as text ("≥ 50000", "≤ 5")
 * @param baseline the figure measured in the same run that a ratio compares against, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BenchResult(String name, double value, String unit, String target, boolean pass, Double baseline) {

    public static BenchResult atLeast(String name, double value, String unit, double target) {
        return new BenchResult(name, round(value), unit, "≥ " + format(target), value >= target, null);
    }

    public static BenchResult atMost(String name, double value, String unit, double target) {
        return new BenchResult(name, round(value), unit, "≤ " + format(target), value <= target, null);
    }

    public BenchResult withBaseline(double baselineValue) {
        return new BenchResult(name, value, unit, target, pass, round(baselineValue));
    }

    /** The row of a figure this machine cannot measure (a tool is missing): it fails, and its name says why. */
    public BenchResult notMeasured(String why) {
        return new BenchResult(name + " (not measured: " + why + ")", 0, unit, target, false, null);
    }

    private static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
