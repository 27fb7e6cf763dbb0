package org.leadline.logic.exercises;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.leadline.logic.exercises.Scoreboard.Refusal;
import org.leadline.logic.exercises.Scoreboard.Superseded;
import org.leadline.logic.exercises.Scoreboard.TraineeScore;
import org.leadline.logic.exercises.SubmissionScorer.Given;
import org.leadline.logic.packages.Manifest;
import org.leadline.logic.packages.PackageFile;
import org.leadline.logic.packages.PackageKind;
import org.leadline.logic.packages.PackageRefusedException;
import org.leadline.logic.packages.PackageVerifier;
import org.leadline.logic.packages.RecordTypes;
import org.leadline.logic.packages.VerifiedPackage;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Capture;
import org.leadline.model.CaptureLink;
import org.leadline.model.FaceCheck;
import org.leadline.model.Lead;
import org.leadline.model.Offer;
import org.leadline.persistence.PackageRecordRepository;

/**
 * Scores trainees' submissions against the answer key of the trainer's copy of an exercise (the {@code score} command
 * and the trainer's screen). Every submission goes through the five steps of verification in this workspace first
 * (signature, a trusted trainee's key, completeness, content); a refused one is listed with its sentence, not scored.
 * A trainee's latest submission (highest sequence) is the one scored.
 */
public final class ScoreService {
    private final Workspace workspace;
    /** Trainees give many of the same values: each is normalised once per scoring. */
    private final Map<String, String> canonical = new ConcurrentHashMap<>();

    public ScoreService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Reads the key from the trainer's copy, then scores the submissions. */
    public Scoreboard score(Path trainersCopy, List<Path> submissions, Progress progress) {
        AnswerKey key = new ExercisePackages(workspace).read(trainersCopy, progress).key();
        return score(key, submissions, progress);
    }

    public Scoreboard score(AnswerKey key, List<Path> submissions, Progress progress) {
        if (submissions.isEmpty()) {
            throw new IllegalArgumentException("Give at least one submission to score.");
        }
        List<Refusal> refused = new ArrayList<>();
        Map<String, VerifiedPackage> latest = new LinkedHashMap<>();
        List<VerifiedPackage> older = new ArrayList<>();
        List<Object> checked = verifyAll(submissions, progress);
        for (int i = 0; i < submissions.size(); i++) {
            Path file = submissions.get(i);
            if (checked.get(i) instanceof PackageRefusedException e) {
                refused.add(new Refusal(file, e.describe()));
                continue;
            }
            VerifiedPackage verified = withFile((VerifiedPackage) checked.get(i), file);
            String problem = admissible(verified, key);
            if (problem != null) {
                refused.add(new Refusal(file, problem));
                continue;
            }
            VerifiedPackage before = latest.get(verified.manifest().signer().fingerprint());
            if (before == null || before.manifest().sequence() < verified.manifest().sequence()) {
                latest.put(verified.manifest().signer().fingerprint(), verified);
                if (before != null) {
                    older.add(before);
                }
            } else {
                older.add(verified);
            }
        }
        SubmissionScorer scorer = new SubmissionScorer(key);
        List<TraineeScore> scores = new ArrayList<>();
        for (VerifiedPackage submission : latest.values()) {
            Manifest.Signer signer = submission.manifest().signer();
            scores.add(scorer.score(given(submission, key), signer.name(), signer.agency(), signer.country(), signer.fingerprint(),
                    submission.file().toString(), submission.manifest().packageId(), submission.manifest().sequence(),
                    submission.manifest().createdAt()));
        }
        List<Superseded> superseded = older.stream().map(p -> new Superseded(p.file(), p.manifest().signer().name(),
                p.manifest().sequence(), latest.get(p.manifest().signer().fingerprint()).manifest().sequence())).toList();
        return new Scoreboard(key.exercise(), key.answers().size(), rank(scores), refused, superseded);
    }

    /**
     * Every submission through the five steps, a few at a time (each is read and hashed on its own; the database is only
     * read): a {@link VerifiedPackage} or the {@link PackageRefusedException} per file, in the order given.
     */
    private List<Object> verifyAll(List<Path> submissions, Progress progress) {
        PackageVerifier verifier = new PackageVerifier(workspace);
        int threads = Math.max(1, Math.min(Math.min(4, Runtime.getRuntime().availableProcessors()), submissions.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "leadline-score-verify");
            thread.setDaemon(true);
            return thread;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Path file : submissions) {
                futures.add(pool.submit(() -> {
                    if (progress.cancelled()) {
                        return new CancelledException("Scoring was cancelled.");
                    }
                    try (PackageFile opened = PackageFile.open(workspace, file, Progress.NONE)) {
                        return verifier.verify(opened.path(), Progress.NONE);
                    } catch (PackageRefusedException e) {
                        return e;
                    } finally {
                        progress.report(done.incrementAndGet(), submissions.size());
                    }
                }));
            }
            List<Object> out = new ArrayList<>();
            for (Future<Object> future : futures) {
                Object result = future.get();
                if (result instanceof CancelledException cancelled) {
                    throw cancelled;
                }
                out.add(result);
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("Scoring was interrupted.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static String admissible(VerifiedPackage verified, AnswerKey key) {
        if (verified.kind() != PackageKind.SUBMISSION) {
            return "It is " + (verified.kind() == PackageKind.OFFICER ? "an " : "a ") + verified.kind().wireName()
                    + " package, not a trainee's submission.";
        }
        if (!verified.manifest().operation().id().equals(key.exercise().operationId())) {
            return "It answers another exercise (" + verified.manifest().operation().name() + "), not " + key.exercise().title() + ".";
        }
        return null;
    }

    /** The verifier reads a sealed file from its opened copy; the scoreboard names the file the trainer gave. */
    private static VerifiedPackage withFile(VerifiedPackage p, Path file) {
        return new VerifiedPackage(file, p.manifest(), p.manifestBytes(), p.signature(), p.ownKey(), p.records(), p.blobs(),
                p.embedded(), p.warnings());
    }

    /** Points first, then the earlier last find (who got there first), then the name. */
    static List<TraineeScore> rank(List<TraineeScore> scores) {
        List<TraineeScore> sorted = new ArrayList<>(scores);
        sorted.sort(Comparator.comparingInt(TraineeScore::points).reversed()
                .thenComparing(s -> s.lastFind() == null ? java.time.Instant.MAX : s.lastFind())
                .thenComparing(TraineeScore::name));
        List<TraineeScore> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            TraineeScore s = sorted.get(i);
            int rank = i > 0 && sorted.get(i - 1).points() == s.points() && java.util.Objects.equals(sorted.get(i - 1).lastFind(), s.lastFind())
                    ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new TraineeScore(rank, s.name(), s.agency(), s.country(), s.fingerprint(), s.file(), s.packageId(), s.sequence(),
                    s.submittedAt(), s.lateSubmission(), s.categories(), s.points(), s.found(), s.missed(), s.falseAnswers(),
                    s.duplicates(), s.late(), s.precision(), s.recall(), s.lastFind(), s.finds(), s.missedAnswers(), s.falseAnswerList()));
        }
        return ranked;
    }

    /** The submission's live records as answers: leads by canonical value, offers, face checks by their image's SHA-256. */
    @SuppressWarnings("unchecked")
    private List<Given> given(VerifiedPackage submission, AnswerKey key) {
        String region = submission.manifest().operation().defaultRegion();
        Set<AnswerTarget> asked = java.util.EnumSet.noneOf(AnswerTarget.class);
        key.exercise().categories().forEach(c -> asked.add(c.target()));
        Map<UUID, List<UUID>> evidenceOf = new HashMap<>();
        for (CaptureLink link : (List<CaptureLink>) submission.records().getOrDefault(RecordTypes.CAPTURE_LINKS, List.of())) {
            if (!link.deleted()) {
                evidenceOf.computeIfAbsent(link.targetId(), t -> new ArrayList<>()).add(link.captureId());
            }
        }
        List<Given> out = new ArrayList<>();
        for (Lead lead : (List<Lead>) submission.records().getOrDefault(RecordTypes.LEADS, List.of())) {
            if (lead.deleted()) {
                continue;
            }
            AnswerTarget target = AnswerTarget.ofLead(lead.kind());
            if (asked.contains(target)) {
                out.add(new Given(target, lead.raw() == null ? lead.canonical() : lead.raw(),
                        canonical.computeIfAbsent(lead.kind().wireName() + ' ' + region + ' ' + lead.canonical(),
                                k -> AnswerKey.canonical(lead.kind(), lead.canonical(), region)), null, lead.createdAt(), lead.id(),
                        evidenceOf.getOrDefault(lead.id(), List.of())));
            }
        }
        for (Offer offer : (List<Offer>) submission.records().getOrDefault(RecordTypes.OFFERS, List.of())) {
            if (!offer.deleted()) {
                String written = offer.type().name().toLowerCase(java.util.Locale.ROOT) + " " + offer.from().country() + "→"
                        + offer.to().country() + " " + offer.amount().stripTrailingZeros().toPlainString() + " " + offer.currency();
                List<UUID> evidence = new ArrayList<>(offer.evidenceIds());
                evidence.addAll(evidenceOf.getOrDefault(offer.id(), List.of()));
                out.add(new Given(AnswerTarget.OFFER, written, written, offer, offer.createdAt(), offer.id(), evidence));
            }
        }
        List<FaceCheck> checks = ((List<FaceCheck>) submission.records().getOrDefault(RecordTypes.FACE_CHECKS, List.of())).stream()
                .filter(c -> !c.deleted()).toList();
        if (!checks.isEmpty()) {
            Map<UUID, String> shas = new HashMap<>();
            for (Capture capture : (List<Capture>) submission.records().getOrDefault(RecordTypes.CAPTURES, List.of())) {
                shas.put(capture.id(), capture.sha256());
            }
            Set<UUID> missing = new HashSet<>();
            checks.stream().map(FaceCheck::imageId).filter(id -> !shas.containsKey(id)).forEach(missing::add);
            if (!missing.isEmpty()) {
                workspace.jdbi().useHandle(handle -> new PackageRecordRepository(handle).capturesById(missing)
                        .forEach((id, capture) -> shas.put(id, capture.sha256())));
            }
            for (FaceCheck check : checks) {
                String sha = shas.getOrDefault(check.imageId(), check.imageId().toString());
                out.add(new Given(AnswerTarget.FACE_IMAGE, "face check of image " + check.imageId(), sha, null, check.createdAt(),
                        check.id(), List.of(check.imageId())));
            }
        }
        return out;
    }
}
