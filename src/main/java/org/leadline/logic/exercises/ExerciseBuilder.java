package org.leadline.logic.exercises;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.leadline.logic.evidence.EvidenceService;
import org.leadline.logic.evidence.EvidenceService.Context;
import org.leadline.logic.evidence.EvidenceService.Source;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Bytes;
import org.leadline.logic.workspace.Countries;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Capture;
import org.leadline.model.FaceCheck;
import org.leadline.model.Ids;
import org.leadline.model.Lead;
import org.leadline.model.Offer;
import org.leadline.model.Operation;
import org.leadline.persistence.PackageRecordRepository;
import org.leadline.persistence.SourcePostRepository;

/**
 * Makes an exercise's answer key, either from generated material (a new training operation filled with posts and
 * their drawn images) or from records the trainer chose in a training operation of their own (its posts and captures
 * are the material, the chosen leads, offers and face checks the answers). The packages are written by
 * {@link ExercisePackages}.
 */
public final class ExerciseBuilder {
    private final Workspace workspace;

    public ExerciseBuilder(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Which of the trainer's records are answers: all of them, or those named (lead records or entities, offers, checks). */
    public record Chosen(boolean all, Collection<UUID> leads, Collection<UUID> offers, Collection<UUID> faceChecks) {
        public static Chosen everything() {
            return new Chosen(true, List.of(), List.of(), List.of());
        }

        boolean isEmpty() {
            return !all && leads.isEmpty() && offers.isEmpty() && faceChecks.isEmpty();
        }
    }

    /** A new training operation named after the exercise, opened, holding {@code items} generated posts and images. */
    public AnswerKey fromDemo(String title, Instant start, Instant end, List<ExerciseCategory> categories, int items, long seed,
                              String region, Progress progress) {
        return fromDemo(title, start, end, categories, ExerciseMaterial.Spec.of(items, seed), region, progress);
    }

    /**
     * A new training operation named after the exercise, opened, holding the generated posts and images of the spec.
     * The images are drawn first, with progress and a cancel that leaves nothing; then the operation is created and the
     * material stored (the first half of the progress is the drawing, the second the storing, which runs to its end).
     */
    public AnswerKey fromDemo(String title, Instant start, Instant end, List<ExerciseCategory> categories, ExerciseMaterial.Spec spec,
                              String region, Progress progress) {
        Exercise probe = new Exercise(Ids.newId(), title, start, end, categories);
        Countries.requireAlpha2(region, "default region");
        List<MaterialItem> material = ExerciseMaterial.generate(spec, true, Progress.share(progress, 0, 2));
        if (progress.cancelled()) {
            throw new CancelledException("Building the exercise was cancelled.");
        }
        Operation operation = new OperationService(workspace).createTraining(title, null, region);
        Exercise exercise = new Exercise(operation.id(), probe.title(), start, end, probe.categories());
        EvidenceService evidence = new EvidenceService(workspace);
        Progress storing = Progress.share(progress, 1, 2);
        for (int i = 0; i < material.size(); i++) {
            MaterialItem item = material.get(i);
            UUID postId = Ids.newId();
            Instant at = workspace.clock().instant();
            workspace.jdbi().useTransaction(handle -> new SourcePostRepository(handle).insert(postId, operation.id(), item.text(),
                    item.sourceUrl(), workspace.owner().fingerprint(), at));
            evidence.attach(operation.id(), List.of(Source.bytes(imageName(item, i), item.image())),
                    new Context(item.sourceUrl(), item.platform(), "Exercise material " + (i + 1), ZoneId.of("UTC"), false),
                    List.of(), Progress.NONE);
            storing.report(i + 1, material.size());
        }
        return keyOf(exercise, material, region);
    }

    /**
     * The key generated material will give, without drawing its images or writing anything: the builder window's
     * preview. Face images are named by where they are ({@code profile 2}): their SHA-256 is known once drawn.
     */
    public static AnswerKey previewDemo(String title, Instant start, Instant end, List<ExerciseCategory> categories,
                                        ExerciseMaterial.Spec spec, String region) {
        Exercise exercise = new Exercise(Ids.newId(), title, start, end, categories);
        Countries.requireAlpha2(region, "default region");
        return keyOf(exercise, ExerciseMaterial.generate(spec, false, Progress.NONE), region);
    }

    /** The material's answers that a category asks for; a face image is the SHA-256 of its drawn image. */
    private static AnswerKey keyOf(Exercise exercise, List<MaterialItem> material, String region) {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < material.size(); i++) {
            MaterialItem item = material.get(i);
            answers.addAll(item.answers());
            if (item.faceImage()) {
                String where = item.kind() + " " + (i + 1);
                answers.add(new Answer(Ids.newId(), AnswerTarget.FACE_IMAGE, item.image().length == 0 ? where : Bytes.hex(Bytes.sha256(item.image())),
                        null, where));
            }
        }
        List<Answer> asked = answers.stream().filter(a -> exercise.category(a.target()) != null).toList();
        return AnswerKey.of(exercise, asked, region);
    }

    private static String imageName(MaterialItem item, int index) {
        return String.format("%s-%03d-%s.png", item.kind(), index + 1, item.language());
    }

    /** Where a candidate answer comes from: which of {@link Chosen}'s lists names it. */
    public enum RecordKind { LEAD, OFFER, FACE_CHECK }

    /**
     * One of the trainer's own live records of a training operation that can be an answer, as the answer it would be.
     *
     * @param entityId the lead entity of a lead record (the lead table's row), else null
     */
    public record Candidate(RecordKind kind, UUID recordId, UUID entityId, Answer answer) {
        boolean chosenBy(Chosen chosen) {
            return chosen.all() || switch (kind) {
                case LEAD -> chosen.leads().contains(recordId) || entityId != null && chosen.leads().contains(entityId);
                case OFFER -> chosen.offers().contains(recordId);
                case FACE_CHECK -> chosen.faceChecks().contains(recordId);
            };
        }
    }

    /** The trainer's own live leads, offers and face checks of the operation, each as the answer it would be. */
    public List<Candidate> candidates(UUID operationId) {
        String me = workspace.owner().fingerprint();
        return workspace.jdbi().withHandle(handle -> {
            PackageRecordRepository records = new PackageRecordRepository(handle);
            List<Candidate> out = new ArrayList<>();
            List<Lead> leads = records.leads(operationId, me).stream().filter(l -> !l.deleted()).toList();
            Map<UUID, UUID> entities = records.entitiesOfRecords(leads.stream().map(Lead::id).toList());
            for (Lead lead : leads) {
                out.add(new Candidate(RecordKind.LEAD, lead.id(), entities.get(lead.id()),
                        new Answer(Ids.newId(), AnswerTarget.ofLead(lead.kind()), lead.canonical(), null, lead.raw())));
            }
            for (Offer offer : records.offers(operationId, me)) {
                if (!offer.deleted()) {
                    Answer.OfferAnswer fields = new Answer.OfferAnswer(offer.type(), offer.priceEur(), offer.amount(), offer.currency(),
                            offer.from().country(), offer.to().country());
                    out.add(new Candidate(RecordKind.OFFER, offer.id(), null,
                            new Answer(Ids.newId(), AnswerTarget.OFFER, fields.describe(), fields, offer.offeredText())));
                }
            }
            List<FaceCheck> checks = records.faceChecks(operationId, me).stream().filter(c -> !c.deleted()).toList();
            Map<UUID, Capture> images = records.capturesById(checks.stream().map(FaceCheck::imageId).toList());
            for (FaceCheck check : checks) {
                Capture image = images.get(check.imageId());
                if (image != null) {
                    out.add(new Candidate(RecordKind.FACE_CHECK, check.id(), null,
                            new Answer(Ids.newId(), AnswerTarget.FACE_IMAGE, image.sha256(), null, image.originalName())));
                }
            }
            return out;
        });
    }

    /** The key from the trainer's own records of a training operation; the operation's posts and captures are the material. */
    public AnswerKey fromRecords(UUID operationId, String title, Instant start, Instant end, List<ExerciseCategory> categories,
                                 Chosen chosen) {
        OperationService operations = new OperationService(workspace);
        Operation operation = operations.all().stream().filter(o -> o.id().equals(operationId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no operation " + operationId + " in this workspace."));
        if (!operations.isTraining(operationId)) {
            throw new IllegalArgumentException("The operation " + operation.name()
                    + " is a real one: an exercise is built only from a training operation.");
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("Choose the answers: --all, or --lead, --offer and --face-check with their ids.");
        }
        Exercise exercise = new Exercise(operationId, title, start, end, categories);
        List<Answer> asked = candidates(operationId).stream().filter(c -> c.chosenBy(chosen)).map(Candidate::answer)
                .filter(a -> exercise.category(a.target()) != null).toList();
        if (asked.isEmpty()) {
            throw new IllegalArgumentException("None of the chosen records answers a category of the exercise.");
        }
        return AnswerKey.of(exercise, asked, operation.defaultRegion());
    }

    /** The material of a training operation as trainees read it: its posts, oldest first. */
    public List<org.leadline.model.SourcePost> material(UUID operationId) {
        return workspace.jdbi().withHandle(handle -> new PackageRecordRepository(handle).posts(operationId, null)).stream()
                .sorted(java.util.Comparator.comparing(org.leadline.model.SourcePost::createdAt)
                        .thenComparing(p -> p.id().toString()))
                .toList();
    }

    /**
     * One item of an exercise's material as a trainee's material pane shows it: a post (null for an image no post names)
     * and the original images captured from the same source URL, with their platform.
     */
    public record MaterialEntry(org.leadline.model.SourcePost post, List<Capture> images, String platform) {
        public String sourceUrl() {
            return post != null ? post.sourceUrl() : images.isEmpty() ? null : images.get(0).sourceUrl();
        }

        /** The post's first line as a text font draws it (flags as their codes), or null for an image without a post. */
        public String headline() {
            return post == null ? null : MaterialImages.displayable(post.text().lines().findFirst().orElse(""));
        }
    }

    /**
     * The material of a training operation, each post beside the images captured from its source URL (generated
     * material gives each post and its image one URL); images no post names come last, each on its own.
     */
    public List<MaterialEntry> materialEntries(UUID operationId) {
        List<org.leadline.model.SourcePost> posts = material(operationId);
        List<Capture> captures = workspace.jdbi().withHandle(handle -> new PackageRecordRepository(handle).captures(operationId, null))
                .stream().filter(c -> !c.deleted() && c.isOriginal())
                .sorted(java.util.Comparator.comparing(Capture::capturedAt).thenComparing(c -> c.id().toString())).toList();
        Map<String, List<Capture>> byUrl = new java.util.LinkedHashMap<>();
        for (Capture capture : captures) {
            if (capture.sourceUrl() != null) {
                byUrl.computeIfAbsent(capture.sourceUrl(), u -> new ArrayList<>()).add(capture);
            }
        }
        List<MaterialEntry> out = new ArrayList<>();
        java.util.Set<UUID> shown = new java.util.HashSet<>();
        for (org.leadline.model.SourcePost post : posts) {
            List<Capture> images = post.sourceUrl() == null ? List.of() : byUrl.getOrDefault(post.sourceUrl(), List.of());
            images.forEach(c -> shown.add(c.id()));
            out.add(new MaterialEntry(post, images, images.stream().map(Capture::platform).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null)));
        }
        for (Capture capture : captures) {
            if (!shown.contains(capture.id())) {
                out.add(new MaterialEntry(null, List.of(capture), capture.platform()));
            }
        }
        return out;
    }
}
