package org.leadline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.leadline.logic.exercises.Answer;
import org.leadline.logic.exercises.AnswerKey;
import org.leadline.logic.exercises.AnswerTarget;
import org.leadline.logic.exercises.Exercise;
import org.leadline.logic.exercises.ExerciseBuilder;
import org.leadline.logic.exercises.ExerciseCategory;
import org.leadline.logic.exercises.ExerciseFile;
import org.leadline.logic.exercises.ExercisePackages;
import org.leadline.logic.json.Json;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Operation;
import org.leadline.model.SourcePost;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "exercise", description = {"Training exercises: build one (the trainer's copy with the answer key, the trainees' copy",
        "with the material only), show a package's rules, read an exercise's material, or build the worked sample."},
        subcommands = {ExerciseCommand.Build.class, ExerciseCommand.Sample.class, ExerciseCommand.Show.class, ExerciseCommand.Material.class})
final class ExerciseCommand {
    @ParentCommand
    LeadlineCommand root;

    /** The options every build shares: the clock, the categories and where the two packages go. */
    static class Rules {
        @Option(names = "--out-dir", paramLabel = "DIR", required = true,
                description = "Where the two packages go: <name>-trainer.leadpack (with the key) and <name>.leadpack (for trainees).")
        Path outDir;

        @Option(names = "--start", paramLabel = "INSTANT", description = "When the exercise starts, ISO-8601 UTC (default: now).")
        Instant start;

        @Option(names = "--minutes", description = "How long it runs (default: ${DEFAULT-VALUE}).")
        int minutes = 90;

        @Option(names = "--end", paramLabel = "INSTANT", description = "When it ends, instead of --minutes.")
        Instant end;

        @Option(names = "--category", paramLabel = "NAME=KIND:POINTS",
                description = {"A category and its points, e.g. \"Facilitator handles=handle:10\"; kinds phone, handle, url, email,",
                        "document, iban, crypto, offer, face-image (default: handles 10, phones 10, offers 20, documents 25,",
                        "face images 15, links 5)."})
        List<String> categories = new ArrayList<>();

        Instant start(Workspace workspace) {
            return start != null ? start : workspace.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        }

        Instant end(Workspace workspace) {
            return end != null ? end : start(workspace).plus(Duration.ofMinutes(minutes));
        }

        List<ExerciseCategory> categories() {
            if (categories.isEmpty()) {
                return Exercise.defaultCategories();
            }
            List<ExerciseCategory> out = new ArrayList<>();
            for (String written : categories) {
                int equals = written.lastIndexOf('=');
                int colon = written.lastIndexOf(':');
                if (equals < 1 || colon < equals) {
                    throw new IllegalArgumentException("The category '" + written + "' is not NAME=KIND:POINTS (e.g. \"Phones=phone:10\").");
                }
                int points;
                try {
                    points = Integer.parseInt(written.substring(colon + 1).strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("The points of the category '" + written + "' are not a whole number.");
                }
                out.add(new ExerciseCategory(written.substring(0, equals), AnswerTarget.fromWireName(written.substring(equals + 1, colon)),
                        points));
            }
            return out;
        }
    }

    static void write(PrintWriter out, Workspace workspace, AnswerKey key, Path outDir) throws java.io.IOException {
        Files.createDirectories(outDir);
        ExercisePackages.Targets targets = ExercisePackages.Targets.in(outDir, key.exercise().title());
        ExercisePackages.Written written = new ExercisePackages(workspace).write(key, targets.trainers(), targets.trainees(), Progress.NONE);
        Exercise exercise = key.exercise();
        out.println("Exercise " + exercise.title() + " (training operation " + exercise.operationId() + ")");
        out.println("  runs " + exercise.start() + " to " + exercise.end());
        for (ExerciseCategory category : exercise.categories()) {
            out.printf("  %-36s %-10s %3d points each, %d answers%n", category.name(), category.target().wireName(), category.points(),
                    key.answersFor(category.target()).size());
        }
        out.println("Trainer's copy, with the answer key (keep it): " + written.trainers().file());
        out.println("Trainees' copy, material only (hand it out): " + written.trainees().file());
        out.println("Your fingerprint, for the trainees to trust: " + org.leadline.logic.workspace.Bytes.groupsOfFour(written.trainers().fingerprint()));
    }

    @Command(name = "build", description = {"Build an exercise: from generated material (--demo: a new training operation with",
            "adverts, profiles and document images in English, French and Arabic) or from records of the training operation",
            "(--operation or the open one: its posts and captures are the material, the chosen leads, offers and face checks the",
            "answers). Writes the trainer's copy (with the key) and the trainees' copy (material only), both signed."})
    static final class Build implements Callable<Integer> {
        @ParentCommand
        ExerciseCommand parent;

        @Option(names = "--title", required = true, description = "The exercise's title (also the new operation's name with --demo).")
        String title;

        @picocli.CommandLine.Mixin
        Rules rules = new Rules();

        @Option(names = "--demo", description = "Generate the material in a new training operation.")
        boolean demo;

        @Option(names = "--items", description = "With --demo: how many posts, profiles and documents (default: ${DEFAULT-VALUE}).")
        int items = 12;

        @Option(names = "--seed", description = "With --demo: the random seed (default: ${DEFAULT-VALUE}).")
        long seed = 7;

        @Option(names = "--region", paramLabel = "CC", description = "With --demo: the operation's default phone region (default: your country).")
        String region;

        @Option(names = "--languages", paramLabel = "LANG,…", split = ",",
                description = "With --demo: the posts' and profiles' languages, used in turn: en, fr, ar (default: all three).")
        List<String> languages = new ArrayList<>(org.leadline.logic.exercises.ExerciseMaterial.LANGUAGES);

        @Option(names = "--all", description = "Without --demo: every lead, offer and face check of yours in the operation is an answer.")
        boolean all;

        @Option(names = "--lead", paramLabel = "ID", description = "Without --demo: a lead (as lead list prints it) that is an answer.")
        List<UUID> leads = new ArrayList<>();

        @Option(names = "--offer", paramLabel = "ID", description = "Without --demo: an offer that is an answer.")
        List<UUID> offers = new ArrayList<>();

        @Option(names = "--face-check", paramLabel = "ID", description = "Without --demo: a face check whose image is an answer.")
        List<UUID> faceChecks = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            try (Workspace workspace = parent.root.openWorkspace()) {
                ExerciseBuilder builder = new ExerciseBuilder(workspace);
                AnswerKey key;
                if (demo) {
                    if (all || !leads.isEmpty() || !offers.isEmpty() || !faceChecks.isEmpty()) {
                        throw new IllegalArgumentException("--demo generates its answers; --all, --lead, --offer and --face-check are for an existing operation.");
                    }
                    key = builder.fromDemo(title, rules.start(workspace), rules.end(workspace), rules.categories(),
                            new org.leadline.logic.exercises.ExerciseMaterial.Spec(items, seed, languages),
                            region != null ? region : workspace.owner().country(), Progress.NONE);
                } else {
                    Operation operation = parent.root.operation(workspace);
                    key = builder.fromRecords(operation.id(), title, rules.start(workspace), rules.end(workspace), rules.categories(),
                            new ExerciseBuilder.Chosen(all, leads, offers, faceChecks));
                }
                write(parent.root.terminal.out(), workspace, key, rules.outDir);
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "sample", description = {"Build the worked exercise that ships with Leadline (12 items of generated material,",
            "seed 2026, 60 minutes from now) in a new training operation: a trainer's first exercise in five minutes",
            "(docs/training.md)."})
    static final class Sample implements Callable<Integer> {
        static final String TITLE = "Worked exercise - Central Mediterranean";

        @ParentCommand
        ExerciseCommand parent;

        @Option(names = "--out-dir", paramLabel = "DIR", required = true, description = "Where the two packages go.")
        Path outDir;

        @Override
        public Integer call() throws Exception {
            try (Workspace workspace = parent.root.openWorkspace()) {
                Instant start = workspace.clock().instant().truncatedTo(ChronoUnit.SECONDS);
                AnswerKey key = new ExerciseBuilder(workspace).fromDemo(TITLE, start, start.plus(Duration.ofMinutes(60)),
                        Exercise.defaultCategories(), 12, 2026, "LY", Progress.NONE);
                write(parent.root.terminal.out(), workspace, key, outDir);
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "show", description = "Verify an exercise package and print its rules; the trainer's copy can list its answers.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        ExerciseCommand parent;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--answers", description = "List the answer key (the trainer's copy only).")
        boolean answers;

        @Option(names = "--json", description = "Print JSON: {\"exercise\", \"trainersCopy\", \"answers\"}.")
        boolean json;

        @Override
        public Integer call() {
            try (Workspace workspace = parent.root.openWorkspace()) {
                ExerciseFile read = new ExercisePackages(workspace).read(file, Progress.NONE);
                if (answers) {
                    read.key();
                }
                PrintWriter out = parent.root.terminal.out();
                if (json) {
                    java.util.Map<String, Object> shown = new java.util.LinkedHashMap<>();
                    shown.put("exercise", read.exercise());
                    shown.put("trainersCopy", read.trainersCopy());
                    shown.put("answers", answers ? read.answers() : null);
                    out.println(Json.write(shown));
                    return ExitCode.OK;
                }
                Exercise exercise = read.exercise();
                out.println(exercise.title() + (read.trainersCopy() ? " (trainer's copy, with the answer key)" : " (trainees' copy)"));
                out.println("  runs " + exercise.start() + " to " + exercise.end());
                out.println("  signed by " + read.verified().manifest().signer().name() + ", operation " + exercise.operationId());
                for (ExerciseCategory category : exercise.categories()) {
                    out.printf("  %-36s %-10s %3d points each%s%n", category.name(), category.target().wireName(), category.points(),
                            read.trainersCopy() ? ", " + read.answers().stream().filter(a -> a.target() == category.target()).count() + " answers" : "");
                }
                if (answers) {
                    for (Answer answer : read.answers()) {
                        out.printf("  %-10s %s  (%s)%n", answer.target().wireName(), answer.value(), answer.hint());
                    }
                }
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "material", description = "Print the posts of the training operation (--operation or the open one), oldest first.")
    static final class Material implements Callable<Integer> {
        @ParentCommand
        ExerciseCommand parent;

        @Option(names = "--json", description = "Print JSON: [{\"id\", \"text\", \"sourceUrl\", \"createdAt\"}].")
        boolean json;

        @Override
        public Integer call() {
            try (Workspace workspace = parent.root.openWorkspace()) {
                Operation operation = parent.root.operation(workspace);
                if (!new OperationService(workspace).isTraining(operation.id())) {
                    throw new IllegalArgumentException("The operation " + operation.name() + " is not a training exercise.");
                }
                List<SourcePost> posts = new ExerciseBuilder(workspace).material(operation.id());
                PrintWriter out = parent.root.terminal.out();
                if (json) {
                    out.println(Json.write(posts.stream().map(p -> java.util.Map.of("id", p.id(), "text", p.text(),
                            "sourceUrl", p.sourceUrl() == null ? "" : p.sourceUrl(), "createdAt", p.createdAt())).toList()));
                    return ExitCode.OK;
                }
                int n = 0;
                for (SourcePost post : posts) {
                    out.println("--- post " + (++n) + (post.sourceUrl() == null ? "" : " · " + post.sourceUrl()));
                    out.println(post.text());
                }
            }
            return ExitCode.OK;
        }
    }
}
