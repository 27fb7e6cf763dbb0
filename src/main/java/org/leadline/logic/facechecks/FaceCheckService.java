package org.leadline.logic.facechecks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.leadline.logic.audit.AuditLog;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.CaptureSummary;
import org.leadline.model.FaceCheck;
import org.leadline.model.FaceCheckResult;
import org.leadline.model.Ids;
import org.leadline.model.Officer;
import org.leadline.persistence.CaptureRepository;
import org.leadline.persistence.FaceCheckRepository;
import org.leadline.persistence.OfficerRepository;
import org.leadline.persistence.OperationRepository;
import org.leadline.persistence.SettingRepository;

/**
 * The face-check ledger: which captured face images were checked where, with what result. The systems an officer
 * picks from are a workspace setting. The image is any capture: a face image attached to a FACE_IMAGE lead is the
 * usual case, but a check does not require a lead at all.
 */
public final class FaceCheckService {
    /** The systems a workspace offers until an officer changes the list. */
    public static final List<String> DEFAULT_SYSTEMS = List.of("INTERPOL face recognition system (IFRS)", "National system", "Other");
    static final String SYSTEMS_SETTING = "face-check.systems";
    private static final int MAX_TEXT = 200;

    private final Workspace workspace;

    public FaceCheckService(Workspace workspace) {
        this.workspace = workspace;
    }

    private String me() {
        return workspace.owner().fingerprint();
    }

    /** Microseconds: what the database keeps, so that a record returned equals the record read back. */
    private Instant now() {
        return workspace.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    public List<String> systems() {
        return workspace.jdbi().withHandle(FaceCheckService::systems);
    }

    private static List<String> systems(Handle handle) {
        return new SettingRepository(handle).get(SYSTEMS_SETTING)
                .map(value -> value.lines().filter(line -> !line.isBlank()).toList())
                .orElse(DEFAULT_SYSTEMS);
    }

    public List<String> addSystem(String name) {
        String system = text(name, "system name");
        if (system == null) {
            throw new IllegalArgumentException("The system name is empty.");
        }
        return changeSystems(systems -> {
            if (find(systems, system) != null) {
                throw new IllegalArgumentException("The system '" + system + "' is already in the list.");
            }
            systems.add(system);
        });
    }

    /** Removes a system from the list; checks already recorded in it keep its name. */
    public List<String> removeSystem(String name) {
        return changeSystems(systems -> {
            String existing = find(systems, name == null ? "" : name.strip());
            if (existing == null) {
                throw new IllegalArgumentException("The system '" + name + "' is not in the list.");
            }
            if (systems.size() == 1) {
                throw new IllegalArgumentException("The last system cannot be removed: add another one first.");
            }
            systems.remove(existing);
        });
    }

    private List<String> changeSystems(java.util.function.Consumer<List<String>> change) {
        return workspace.jdbi().inTransaction(handle -> {
            List<String> before = systems(handle);
            List<String> after = new ArrayList<>(before);
            change.accept(after);
            new SettingRepository(handle).put(SYSTEMS_SETTING, String.join("\n", after));
            AuditLog.record(handle, me(), now(), "face-check.systems", "setting", SYSTEMS_SETTING, before, after);
            return List.copyOf(after);
        });
    }

    /**
     * Records that an image was checked. The system must be one of the list (matched without regard to case); the
     * date defaults to today (UTC) and cannot lie in the future.
     */
    public FaceCheck record(UUID operationId, UUID imageId, String system, FaceCheckResult result, String reference,
                            LocalDate checkedOn, String note) {
        if (imageId == null) {
            throw new IllegalArgumentException("The face image is missing: give the capture id of the image checked.");
        }
        if (result == null) {
            throw new IllegalArgumentException("The result is missing: pending, no-hit, possible-hit or hit.");
        }
        LocalDate today = LocalDate.now(workspace.clock().withZone(ZoneOffset.UTC));
        LocalDate day = checkedOn == null ? today : checkedOn;
        if (day.isAfter(today)) {
            throw new IllegalArgumentException("The check date " + day + " is in the future.");
        }
        return workspace.jdbi().inTransaction(handle -> {
            new OperationRepository(handle).byId(operationId)
                    .orElseThrow(() -> new IllegalArgumentException("There is no operation " + operationId + " in this workspace."));
            new CaptureRepository(handle).requireLive(operationId, imageId);
            List<String> systems = systems(handle);
            String picked = find(systems, system == null ? "" : system.strip());
            if (picked == null) {
                throw new IllegalArgumentException("The system '" + (system == null ? "" : system.strip())
                        + "' is not one of the configured systems: " + String.join(", ", systems) + ".");
            }
            Instant now = now();
            FaceCheck check = new FaceCheck(Ids.newId(), operationId, imageId, picked, result, text(reference, "reference"), day,
                    blankToNull(note), me(), 1, now, now, false);
            new FaceCheckRepository(handle).insert(check);
            AuditLog.record(handle, me(), now, "face-check.add", "face-check", check.id(), null, check);
            return check;
        });
    }

    /** A new result, reference and note on the officer's own check. */
    public FaceCheck edit(UUID checkId, FaceCheckResult result, String reference, String note) {
        String ref = text(reference, "reference");
        return change(checkId, result, before -> before.withOutcome(result, ref, blankToNull(note), now()));
    }

    /** A new result (a pending check answered) on the officer's own check; reference and note stay. */
    public FaceCheck setResult(UUID checkId, FaceCheckResult result) {
        return change(checkId, result, before -> before.withOutcome(result, before.reference(), before.note(), now()));
    }

    private FaceCheck change(UUID checkId, FaceCheckResult result, java.util.function.UnaryOperator<FaceCheck> edit) {
        if (result == null) {
            throw new IllegalArgumentException("The result is missing: pending, no-hit, possible-hit or hit.");
        }
        return workspace.jdbi().inTransaction(handle -> {
            FaceCheck before = own(handle, checkId);
            FaceCheck after = edit.apply(before);
            new FaceCheckRepository(handle).update(after);
            AuditLog.record(handle, me(), after.updatedAt(), "face-check.edit", "face-check", after.id(), before, after);
            return after;
        });
    }

    /** Deletes the officer's own check as a tombstone that travels in packages. */
    public void delete(UUID checkId) {
        workspace.jdbi().useTransaction(handle -> {
            FaceCheck before = own(handle, checkId);
            FaceCheck after = before.asTombstone(now());
            new FaceCheckRepository(handle).update(after);
            AuditLog.record(handle, me(), after.updatedAt(), "face-check.delete", "face-check", after.id(), before, after);
        });
    }

    /** The operation's live checks of every officer, newest first, with the officers' names. */
    public List<LedgerLine> ledger(UUID operationId) {
        return workspace.jdbi().withHandle(handle -> {
            OfficerRepository officers = new OfficerRepository(handle);
            Map<String, String> names = new HashMap<>();
            List<FaceCheck> checks = new FaceCheckRepository(handle).live(operationId);
            Map<UUID, CaptureSummary> images = new CaptureRepository(handle)
                    .summariesOf(checks.stream().map(FaceCheck::imageId).collect(Collectors.toSet()));
            return checks.stream()
                    .map(check -> new LedgerLine(check, names.computeIfAbsent(check.origin(),
                            fp -> officers.byFingerprint(fp).map(Officer::name).orElse(fp)), images.get(check.imageId())))
                    .toList();
        });
    }

    /** The live capture of the operation that a check is to be recorded of; empty if there is none of that id. */
    public Optional<CaptureSummary> image(UUID operationId, UUID captureId) {
        return workspace.jdbi().withHandle(handle -> new CaptureRepository(handle).liveSummary(operationId, captureId));
    }

    /** Distinct capture images with at least one live check in the operation, whatever its result. */
    public int imagesChecked(UUID operationId) {
        return workspace.jdbi().withHandle(handle -> new FaceCheckRepository(handle).imagesChecked(operationId));
    }

    private FaceCheck own(Handle handle, UUID checkId) {
        FaceCheck check = new FaceCheckRepository(handle).byId(checkId)
                .orElseThrow(() -> new IllegalArgumentException("There is no face check " + checkId + "."));
        if (!check.origin().equals(me())) {
            throw new IllegalArgumentException("The face check " + checkId + " is a colleague's record: only they can change it.");
        }
        if (check.deleted()) {
            throw new IllegalArgumentException("The face check " + checkId + " was deleted.");
        }
        return check;
    }

    private static String find(List<String> systems, String name) {
        return systems.stream().filter(s -> s.equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private static String text(String value, String field) {
        String text = blankToNull(value);
        if (text != null && (text.length() > MAX_TEXT || text.contains("\n"))) {
            throw new IllegalArgumentException("The " + field + " must be one line of at most " + MAX_TEXT + " characters.");
        }
        return text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
