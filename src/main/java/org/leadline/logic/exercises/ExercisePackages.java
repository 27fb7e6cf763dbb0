package org.leadline.logic.exercises;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leadline.logic.packages.Manifest;
import org.leadline.logic.packages.PackageExporter;
import org.leadline.logic.packages.PackageFile;
import org.leadline.logic.packages.PackageKind;
import org.leadline.logic.packages.PackageLimits;
import org.leadline.logic.packages.PackageRefusedException;
import org.leadline.logic.packages.PackageRefusedException.Step;
import org.leadline.logic.packages.PackageVerifier;
import org.leadline.logic.packages.TrainingEntries;
import org.leadline.logic.packages.VerifiedPackage;
import org.leadline.logic.packages.WireFormat;
import org.leadline.logic.packages.archive.PackageArchive;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;

/**
 * The two copies of an exercise package (docs/training.md): the trainees' copy holds the material and the rules; the
 * trainer's copy holds the same and the answer key in {@code records/answers.jsonl}. Both are signed by the trainer.
 */
public final class ExercisePackages {
    private final Workspace workspace;
    private final ObjectMapper mapper = WireFormat.mapper(PackageLimits.DEFAULT);

    public ExercisePackages(Workspace workspace) {
        this.workspace = workspace;
    }

    /** What was written: the trainer's copy (with the key) and the trainees' copy (material only). */
    public record Written(PackageExporter.ExportResult trainers, PackageExporter.ExportResult trainees) {
    }

    /** Where the two copies go by default: {@code <title>-trainer.leadpack} and {@code <title>.leadpack} in a folder. */
    public record Targets(Path trainers, Path trainees) {
        public static Targets in(Path folder, String title) {
            String stem = slug(title);
            return new Targets(folder.resolve(stem + "-trainer.leadpack"), folder.resolve(stem + ".leadpack"));
        }
    }

    /** The title as a file name: letters and digits without accents, the rest one dash. */
    public static String slug(String title) {
        String slug = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "exercise" : slug;
    }

    /**
     * Writes both copies, each to a temporary sibling first; they take their names only when both are complete, so a
     * cancel or a failure leaves neither (the progress runs once over both).
     */
    public Written write(AnswerKey key, Path trainersCopy, Path traineesCopy, Progress progress) {
        if (trainersCopy.toAbsolutePath().normalize().equals(traineesCopy.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("The trainer's and the trainees' copies need two different files.");
        }
        byte[] rules = jsonl(List.of(key.exercise()));
        Map<String, byte[]> withKey = new LinkedHashMap<>();
        withKey.put(TrainingEntries.EXERCISE, rules);
        withKey.put(TrainingEntries.ANSWERS, jsonl(key.answers()));
        PackageExporter exporter = new PackageExporter(workspace);
        Path trainersPart = partOf(trainersCopy);
        Path traineesPart = partOf(traineesCopy);
        try {
            PackageExporter.ExportResult trainers = exporter.exportExercise(key.exercise().operationId(), trainersPart, withKey,
                    Progress.share(progress, 0, 2));
            progress.report(1, 2);
            if (progress.cancelled()) {
                throw new org.leadline.logic.tasks.CancelledException("Writing the exercise was cancelled.");
            }
            PackageExporter.ExportResult trainees = exporter.exportExercise(key.exercise().operationId(), traineesPart,
                    Map.of(TrainingEntries.EXERCISE, rules), Progress.share(progress, 1, 2));
            if (progress.cancelled()) {
                throw new org.leadline.logic.tasks.CancelledException("Writing the exercise was cancelled.");
            }
            Files.move(trainersPart, trainersCopy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(traineesPart, traineesCopy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Written(named(trainers, trainersCopy), named(trainees, traineesCopy));
        } catch (IOException e) {
            throw new UncheckedIOException("The exercise could not be written: " + e.getMessage(), e);
        } finally {
            deleteQuietly(trainersPart);
            deleteQuietly(traineesPart);
        }
    }

    private static Path partOf(Path target) {
        Path absolute = target.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".exercise-part");
    }

    private static PackageExporter.ExportResult named(PackageExporter.ExportResult r, Path file) {
        return new PackageExporter.ExportResult(file, r.packageId(), r.kind(), r.sequence(), r.fingerprint(), r.counts(), r.blobs(),
                r.bytes(), r.sealedFor());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A hidden leftover in the target's folder; nothing refers to it.
        }
    }

    /** Verifies an exercise package (all five steps) and reads its rules and, in the trainer's copy, its key. */
    public ExerciseFile read(Path file, Progress progress) {
        try (PackageFile opened = PackageFile.open(workspace, file, progress)) {
            VerifiedPackage verified = new PackageVerifier(workspace).verify(opened.path(), progress);
            if (verified.kind() != PackageKind.EXERCISE) {
                throw new IllegalArgumentException("The package " + file.getFileName() + " is a " + verified.kind().wireName()
                        + " package, not an exercise.");
            }
            Map<String, Manifest.Entry> entries = new LinkedHashMap<>();
            verified.manifest().entries().forEach(e -> entries.put(e.path(), e));
            if (!entries.containsKey(TrainingEntries.EXERCISE)) {
                throw new PackageRefusedException(Step.CONTENT, TrainingEntries.EXERCISE,
                        "The exercise package holds no rules (" + TrainingEntries.EXERCISE + ").");
            }
            try (PackageArchive archive = PackageArchive.open(opened.path(), PackageLimits.DEFAULT)) {
                List<Exercise> rules = readLines(archive, entries.get(TrainingEntries.EXERCISE), Exercise.class);
                if (rules.size() != 1) {
                    throw new PackageRefusedException(Step.CONTENT, TrainingEntries.EXERCISE, "The rules must be one line, not " + rules.size() + ".");
                }
                Exercise exercise = rules.get(0);
                if (!exercise.operationId().equals(verified.manifest().operation().id())) {
                    throw new PackageRefusedException(Step.CONTENT, TrainingEntries.EXERCISE, "The rules name another operation than the package's.");
                }
                List<Answer> answers = entries.containsKey(TrainingEntries.ANSWERS)
                        ? readLines(archive, entries.get(TrainingEntries.ANSWERS), Answer.class) : null;
                return new ExerciseFile(verified, exercise, answers);
            }
        }
    }

    /** Reads an entry whose size and hash the signed manifest states, checked again on the bytes read here. */
    private <T> List<T> readLines(PackageArchive archive, Manifest.Entry entry, Class<T> type) {
        MessageDigest sha = sha256();
        List<T> out = new ArrayList<>();
        try (InputStream in = new DigestInputStream(archive.open(entry.path()), sha);
             MappingIterator<T> it = mapper.readerFor(type).readValues(in)) {
            while (it.hasNextValue()) {
                out.add(it.nextValue());
            }
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            throw new PackageRefusedException(Step.CONTENT, entry.path(), "The entry cannot be read: " + e.getMessage(), e);
        }
        if (!HexFormat.of().formatHex(sha.digest()).equals(entry.sha256())) {
            throw new PackageRefusedException(Step.CONTENT, entry.path(), "The entry changed after it was verified.");
        }
        return out;
    }

    private byte[] jsonl(List<?> records) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Object record : records) {
                out.write(mapper.writeValueAsBytes(record));
                out.write('\n');
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
