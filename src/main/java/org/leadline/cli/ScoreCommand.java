package org.leadline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.leadline.logic.exercises.Scoreboard;
import org.leadline.logic.exercises.Scoreboard.CategoryScore;
import org.leadline.logic.exercises.Scoreboard.TraineeScore;
import org.leadline.logic.exercises.ScoreService;
import org.leadline.logic.json.Json;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "score", description = {"Score trainees' submissions against the answer key of the trainer's copy of an exercise.",
        "Each submission is verified first (signature, a trusted trainee key, completeness, content); answers are compared by",
        "canonical value. Prints the leaderboard and each trainee's figures per category; exit 3 when a submission was refused."})
final class ScoreCommand implements Callable<Integer> {
    @ParentCommand
    LeadlineCommand root;

    @Option(names = "--key", paramLabel = "EXERCISE.leadpack", required = true, description = "The trainer's copy of the exercise.")
    Path key;

    @Option(names = "--json", description = "Print the whole scoreboard as JSON (see docs/training.md).")
    boolean json;

    @Option(names = "--debrief", paramLabel = "FILE.pdf|FILE.html",
            description = "Also write the debrief (the report template, TRAINING watermark): per trainee what they found, missed and gave wrongly.")
    Path debrief;

    @Parameters(paramLabel = "SUBMISSION", arity = "1..*", description = "The trainees' submission packages.")
    List<Path> submissions;

    @Override
    public Integer call() {
        try (Workspace workspace = root.openWorkspace()) {
            Scoreboard board = new ScoreService(workspace).score(key, submissions, Progress.NONE);
            PrintWriter out = root.terminal.out();
            if (json) {
                out.println(Json.write(board));
            } else {
                print(out, board);
            }
            if (debrief != null) {
                org.leadline.logic.exercises.DebriefReport.write(board, debrief);
                if (!json) {
                    out.println("Debrief written: " + debrief);
                }
            }
            for (Scoreboard.Refusal refusal : board.refused()) {
                root.terminal.err().println(refusal.file() + ": refused, not scored: " + refusal.reason());
            }
            return board.refused().isEmpty() ? ExitCode.OK : ExitCode.PACKAGE_REFUSED;
        }
    }

    private static void print(PrintWriter out, Scoreboard board) {
        out.println(board.exercise().title() + ": " + board.answers() + " answers, " + board.exercise().start() + " to "
                + board.exercise().end());
        out.printf("%-4s %-24s %6s %5s %6s %5s %4s %4s %9s %6s  %s%n", "rank", "trainee", "points", "found", "missed", "false",
                "dup", "late", "precision", "recall", "last find");
        for (TraineeScore t : board.trainees()) {
            out.printf("%-4d %-24s %6d %5d %6d %5d %4d %4d %8.0f%% %5.0f%%  %s%s%n", t.rank(), clip(t.name() + " (" + t.country() + ")", 24),
                    t.points(), t.found(), t.missed(), t.falseAnswers(), t.duplicates(), t.late(), t.precision() * 100, t.recall() * 100,
                    t.lastFind() == null ? "-" : t.lastFind().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), t.lateSubmission() ? "  LATE SUBMISSION" : "");
        }
        for (TraineeScore t : board.trainees()) {
            out.println();
            out.println(t.name() + ", " + t.agency() + " (" + t.file() + ", sequence " + t.sequence() + ", submitted " + t.submittedAt()
                    + (t.lateSubmission() ? ", after the end" : "") + ")");
            out.printf("  %-34s %7s %6s %5s %4s %4s %6s %9s %6s  %s%n", "category", "found", "missed", "false", "dup", "late", "points",
                    "precision", "recall", "first find");
            for (CategoryScore c : t.categories()) {
                out.printf("  %-34s %3d/%-3d %6d %5d %4d %4d %6d %8.0f%% %5.0f%%  %s%n", clip(c.category(), 34), c.found(), c.answers(),
                        c.missed(), c.falseAnswers(), c.duplicates(), c.late(), c.points(), c.precision() * 100, c.recall() * 100,
                        c.firstFind() == null ? "-" : c.firstFind().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            }
        }
        for (Scoreboard.Superseded s : board.superseded()) {
            out.println("Not scored: " + s.file() + " (" + s.name() + ", sequence " + s.sequence() + "): a later submission, sequence "
                    + s.scoredSequence() + ", was scored.");
        }
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
