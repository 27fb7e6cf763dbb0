package org.leadline.logic.exercises;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.leadline.logic.exercises.Scoreboard.CategoryScore;
import org.leadline.logic.exercises.Scoreboard.Find;
import org.leadline.logic.exercises.Scoreboard.TraineeScore;
import org.leadline.logic.reports.HandlingLabel;
import org.leadline.logic.reports.ReportDocument;

/**
 * The debrief of an exercise on issue [6]'s report template (PDF or HTML, TRAINING watermark): the leaderboard, then
 * per trainee their figures per category, what they found (when, and the evidence they attached), what they gave
 * wrongly and what they missed. Written to a temporary sibling and renamed when complete.
 */
public final class DebriefReport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private DebriefReport() {
    }

    /** Writes the debrief; the format follows the file's extension ({@code .pdf}, else HTML). */
    public static Path write(Scoreboard board, Path target) {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean pdf = name.endsWith(".pdf");
        if (!pdf && !name.endsWith(".html") && !name.endsWith(".htm")) {
            throw new IllegalArgumentException("The debrief is written as .pdf or .html, not " + target.getFileName() + ".");
        }
        String xhtml = html(board);
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                if (pdf) {
                    ReportDocument.pdf(xhtml, out);
                } else {
                    out.write(xhtml.getBytes(StandardCharsets.UTF_8));
                }
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("The debrief " + target.getFileName() + " could not be written: " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // A leftover .part file names itself as unfinished.
                }
            }
        }
    }

    static String html(Scoreboard board) {
        Exercise exercise = board.exercise();
        StringBuilder body = new StringBuilder();
        body.append("<h1>Exercise debrief: ").append(esc(exercise.title())).append("</h1>\n");
        body.append("<p><b>TRAINING.</b> This is a training exercise; nothing in it is real intelligence.</p>\n");
        body.append("<table class=\"meta\">");
        meta(body, "Exercise", esc(exercise.title()) + " <span class=\"muted\">(" + exercise.operationId() + ")</span>");
        meta(body, "Clock", esc(TIME.format(exercise.start()) + " to " + TIME.format(exercise.end())));
        meta(body, "Answer key", board.answers() + " answers in " + exercise.categories().size() + " categories");
        meta(body, "Submissions", board.trainees().size() + " scored, " + board.refused().size() + " refused, "
                + board.superseded().size() + " replaced by a later one");
        body.append("</table>\n");

        body.append("<h2>Leaderboard</h2>\n<table class=\"data\"><tr><th class=\"num\">#</th><th>Trainee</th><th>Agency</th>"
                + "<th class=\"num\">Points</th><th class=\"num\">Found</th><th class=\"num\">Missed</th><th class=\"num\">False</th>"
                + "<th class=\"num\">Dup.</th><th class=\"num\">Precision</th><th class=\"num\">Recall</th><th>Late</th></tr>\n");
        for (TraineeScore t : board.trainees()) {
            body.append("<tr><td class=\"num\">").append(t.rank()).append("</td><td>").append(esc(t.name() + " (" + t.country() + ")"))
                    .append("</td><td>").append(esc(t.agency())).append("</td>").append(num(t.points())).append(num(t.found()))
                    .append(num(t.missed())).append(num(t.falseAnswers())).append(num(t.duplicates()))
                    .append("<td class=\"num\">").append(percent(t.precision())).append("</td><td class=\"num\">").append(percent(t.recall()))
                    .append("</td><td>").append(t.lateSubmission() ? "submitted after the end" : t.late() > 0 ? t.late() + " late answers" : "")
                    .append("</td></tr>\n");
        }
        body.append("</table>\n");
        if (!board.refused().isEmpty()) {
            body.append("<h3>Not scored</h3>\n<ul>");
            board.refused().forEach(r -> body.append("<li>").append(esc(r.file().getFileName() + ": " + r.reason())).append("</li>"));
            body.append("</ul>\n");
        }
        for (TraineeScore t : board.trainees()) {
            trainee(body, exercise, t);
        }
        String header = exercise.title() + " · exercise debrief · " + TIME.format(Instant.now());
        return ReportDocument.page("Exercise debrief: " + exercise.title(), header, exercise.title() + " · TRAINING debrief",
                HandlingLabel.DEFAULT, true, body.toString());
    }

    private static void trainee(StringBuilder body, Exercise exercise, TraineeScore t) {
        body.append("<h2>").append(t.rank()).append(". ").append(esc(t.name() + ", " + t.agency() + " (" + t.country() + ")"))
                .append(": ").append(t.points()).append(" points</h2>\n");
        body.append("<p class=\"muted\">Submission sequence ").append(t.sequence()).append(", made ").append(esc(TIME.format(t.submittedAt())))
                .append(t.lateSubmission() ? ", <b>after the end of the exercise</b>" : "").append(". Key ")
                .append(esc(t.fingerprint().substring(0, 16))).append("…</p>\n");
        body.append("<table class=\"data\"><tr><th>Category</th><th class=\"num\">Found</th><th class=\"num\">Missed</th>"
                + "<th class=\"num\">False</th><th class=\"num\">Dup.</th><th class=\"num\">Late</th><th class=\"num\">Points</th>"
                + "<th class=\"num\">Precision</th><th class=\"num\">Recall</th><th>First find</th></tr>\n");
        for (CategoryScore c : t.categories()) {
            body.append("<tr><td>").append(esc(c.category())).append("</td><td class=\"num\">").append(c.found()).append('/').append(c.answers())
                    .append("</td>").append(num(c.missed())).append(num(c.falseAnswers())).append(num(c.duplicates())).append(num(c.late()))
                    .append(num(c.points())).append("<td class=\"num\">").append(percent(c.precision())).append("</td><td class=\"num\">")
                    .append(percent(c.recall())).append("</td><td>").append(c.firstFind() == null ? "–" : esc(minutesIn(exercise, c.firstFind())))
                    .append("</td></tr>\n");
        }
        body.append("</table>\n");
        body.append("<h3>Found</h3>\n");
        if (t.finds().isEmpty()) {
            body.append("<p class=\"muted\">Nothing.</p>\n");
        } else {
            body.append("<table class=\"data\"><tr><th>Kind</th><th>Answer</th><th>Found</th><th>Evidence attached</th></tr>\n");
            for (Find f : t.finds()) {
                body.append("<tr><td>").append(f.target().wireName()).append("</td><td class=\"value\">").append(esc(shown(f.target(), f.value())))
                        .append(f.withoutPlatform() == null ? "" : "<br><span class=\"muted\">" + esc(withoutPlatformNote(f)) + "</span>")
                        .append("</td><td>").append(f.minutesIn()).append(" min in</td><td class=\"value\">").append(evidence(f.evidence()))
                        .append("</td></tr>\n");
            }
            body.append("</table>\n");
        }
        if (!t.falseAnswerList().isEmpty()) {
            body.append("<h3>Given, not in the key</h3>\n<table class=\"data\"><tr><th>Kind</th><th>As written</th><th>Compared as</th></tr>\n");
            t.falseAnswerList().forEach(w -> body.append("<tr><td>").append(w.target().wireName()).append("</td><td class=\"value\">")
                    .append(esc(w.written())).append("</td><td class=\"value\">").append(esc(shown(w.target(), w.compared()))).append("</td></tr>\n"));
            body.append("</table>\n");
        }
        body.append("<h3>Missed</h3>\n");
        if (t.missedAnswers().isEmpty()) {
            body.append("<p>Nothing: every answer was found.</p>\n");
        } else {
            body.append("<table class=\"data\"><tr><th>Kind</th><th>Answer</th><th>Where</th></tr>\n");
            for (Answer a : t.missedAnswers()) {
                body.append("<tr><td>").append(a.target().wireName()).append("</td><td class=\"value\">")
                        .append(esc(a.offer() != null ? a.offer().describe() : shown(a.target(), a.value()))).append("</td><td>")
                        .append(esc(a.hint() == null ? "" : a.hint())).append("</td></tr>\n");
            }
            body.append("</table>\n");
        }
    }

    /** Said in the trainee's result: the find was a handle given without a platform, counted as the key's only one of that name. */
    public static String withoutPlatformNote(Find find) {
        return "given as @" + find.withoutPlatform().substring(find.withoutPlatform().indexOf(':') + 1)
                + " without a platform: counted, the key has exactly one handle of that name";
    }

    private static String evidence(List<UUID> captures) {
        return captures.isEmpty() ? "<span class=\"muted\">none</span>"
                : esc(captures.size() + (captures.size() == 1 ? " capture: " : " captures: ")
                + String.join(", ", captures.stream().map(id -> id.toString().substring(0, 8) + "…").toList()));
    }

    private static String shown(AnswerTarget target, String value) {
        return target == AnswerTarget.FACE_IMAGE && value.length() == 64 ? "image " + value.substring(0, 12) + "…" : value;
    }

    private static String minutesIn(Exercise exercise, Instant at) {
        return java.time.Duration.between(exercise.start(), at).toMinutes() + " min in";
    }

    private static void meta(StringBuilder body, String name, String html) {
        body.append("<tr><td class=\"name\">").append(esc(name)).append("</td><td>").append(html).append("</td></tr>");
    }

    private static String num(int n) {
        return "<td class=\"num\">" + n + "</td>";
    }

    private static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }

    private static String esc(String text) {
        return ReportDocument.escape(text);
    }
}
