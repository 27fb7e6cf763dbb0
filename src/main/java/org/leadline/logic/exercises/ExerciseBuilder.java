package org.leadline.logic.exercises;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.leadline.logic.evidence.EvidenceService;
import org.leadline.logic.evidence.EvidenceService.Context;
import org.leadline.logic.evidence.EvidenceService.Source;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.logic.tasks.Progress;
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
        List<MaterialItem> material = ExerciseMaterial.generate(items, seed);
        Exercise probe = new Exercise(Ids.newId(), title, start, end, categories);
        Operation operation = new OperationService(workspace).createTraining(title, null, region);
        Exercise exercise = new Exercise(operation.id(), probe.title(), start, end, probe.categories());
        EvidenceService evidence = new EvidenceService(workspace);
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < material.size(); i++) {
            if (progress.cancelled()) {
                throw new CancelledException("Building the exercise was cancelled.");
            }
            MaterialItem item = material.get(i);
            UUID postId = Ids.newId();
            Instant at = workspace.clock().instant();
            workspace.jdbi().useTransaction(handle -> new SourcePostRepository(handle).insert(postId, operation.id(), item.text(),
                    item.sourceUrl(), workspace.owner().fingerprint(), at));
            String name = String.format("%s-%03d-%s.png", item.kind(), i + 1, item.language());
            var attached = evidence.attach(operation.id(), List.of(Source.bytes(name, item.image())),
                    new Context(item.sourceUrl(), item.platform(), "Exercise material " + (i + 1), ZoneId.of("UTC"), false),
                    List.of(), Progress.NONE).get(0);
            answers.addAll(item.answers());
            if (item.faceImage()) {
                answers.add(new Answer(Ids.newId(), AnswerTarget.FACE_IMAGE, attached.sha256(), null, item.kind() + " " + (i + 1)));
            }
            progress.report(i + 1, material.size());
        }
        List<Answer> asked = answers.stream().filter(a -> exercise.category(a.target()) != null).toList();
        return AnswerKey.of(exercise, asked, region);
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
        String me = workspace.owner().fingerprint();
        List<Answer> answers = workspace.jdbi().withHandle(handle -> {
            PackageRecordRepository records = new PackageRecordRepository(handle);
            List<Answer> out = new ArrayList<>();
            List<Lead> leads = records.leads(operationId, me).stream().filter(l -> !l.deleted()).toList();
            Map<UUID, UUID> entities = records.entitiesOfRecords(leads.stream().map(Lead::id).toList());
            Set<UUID> wantedLeads = Set.copyOf(chosen.leads());
            for (Lead lead : leads) {
                if (chosen.all() || wantedLeads.contains(lead.id()) || wantedLeads.contains(entities.get(lead.id()))) {
                    out.add(new Answer(Ids.newId(), AnswerTarget.ofLead(lead.kind()), lead.canonical(), null, lead.raw()));
                }
            }
            Set<UUID> wantedOffers = Set.copyOf(chosen.offers());
            for (Offer offer : records.offers(operationId, me)) {
                if (!offer.deleted() && (chosen.all() || wantedOffers.contains(offer.id()))) {
                    Answer.OfferAnswer fields = new Answer.OfferAnswer(offer.type(), offer.priceEur(), offer.amount(), offer.currency(),
                            offer.from().country(), offer.to().country());
                    out.add(new Answer(Ids.newId(), AnswerTarget.OFFER, fields.describe(), fields, offer.offeredText()));
                }
            }
            Set<UUID> wantedChecks = Set.copyOf(chosen.faceChecks());
            List<FaceCheck> checks = records.faceChecks(operationId, me).stream()
                    .filter(c -> !c.deleted() && (chosen.all() || wantedChecks.contains(c.id()))).toList();
            Map<UUID, Capture> images = records.capturesById(checks.stream().map(FaceCheck::imageId).toList());
            for (FaceCheck check : checks) {
                Capture image = images.get(check.imageId());
                if (image != null) {
                    out.add(new Answer(Ids.newId(), AnswerTarget.FACE_IMAGE, image.sha256(), null, image.originalName()));
                }
            }
            return out;
        });
        List<Answer> asked = answers.stream().filter(a -> exercise.category(a.target()) != null).toList();
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
}
