package org.leadline.logic.operations;

import org.leadline.model.Ids;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.leadline.logic.audit.AuditLog;
import org.leadline.logic.workspace.Countries;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Operation;
import org.leadline.persistence.OperationRepository;
import org.leadline.persistence.SettingRepository;

/** Creates, lists and switches the operations of a workspace; one is open at a time. */
public final class OperationService {
    static final String OPEN_OPERATION = "open-operation";
    private final Workspace workspace;

    public OperationService(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Creates an operation and opens it.
     *
     * @param id the id the team lead handed out, so that packages of one team meet in one operation; null for a new one
     */
    public Operation create(String name, UUID id, String defaultRegion, LocalDate startsOn, LocalDate endsOn) {
        return create(name, id, defaultRegion, startsOn, endsOn, false);
    }

    /** Creates a training operation (issue [7]) and opens it: only exercise and submission packages enter it. */
    public Operation createTraining(String name, UUID id, String defaultRegion) {
        return create(name, id, defaultRegion, null, null, true);
    }

    /** Whether the operation is a training exercise. */
    public boolean isTraining(UUID operationId) {
        return workspace.jdbi().withHandle(handle -> new OperationRepository(handle).isTraining(operationId));
    }

    private Operation create(String name, UUID id, String defaultRegion, LocalDate startsOn, LocalDate endsOn, boolean training) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("The operation needs a name.");
        }
        String region = Countries.requireAlpha2(defaultRegion, "default region");
        Operation operation = new Operation(id == null ? Ids.newId() : id, name.strip(), region, startsOn, endsOn,
                workspace.clock().instant());
        workspace.jdbi().useTransaction(handle -> {
            OperationRepository operations = new OperationRepository(handle);
            if (operations.byId(operation.id()).isPresent()) {
                throw new IllegalArgumentException("The workspace already has an operation with id " + operation.id() + ".");
            }
            operations.insert(operation);
            if (training) {
                operations.markTraining(operation.id());
            }
            new SettingRepository(handle).put(OPEN_OPERATION, operation.id().toString());
            AuditLog.record(handle, workspace.owner().fingerprint(), workspace.clock().instant(), "operation.create",
                    "operation", operation.id(), null, operation);
        });
        return operation;
    }

    public List<Operation> all() {
        return workspace.jdbi().withHandle(handle -> new OperationRepository(handle).all());
    }

    public Optional<Operation> openOperation() {
        return workspace.jdbi().withHandle(handle -> new SettingRepository(handle).get(OPEN_OPERATION)
                .flatMap(id -> new OperationRepository(handle).byId(UUID.fromString(id))));
    }

    public Operation open(UUID id) {
        return workspace.jdbi().inTransaction(handle -> {
            Operation operation = new OperationRepository(handle).byId(id)
                    .orElseThrow(() -> new IllegalArgumentException("There is no operation " + id + " in this workspace."));
            new SettingRepository(handle).put(OPEN_OPERATION, id.toString());
            AuditLog.record(handle, workspace.owner().fingerprint(), workspace.clock().instant(), "operation.open",
                    "operation", id, null, null);
            return operation;
        });
    }

    /** Finds an operation by its id or its name, as typed on the command line. */
    public Operation resolve(String idOrName) {
        return workspace.jdbi().withHandle(handle -> {
            OperationRepository operations = new OperationRepository(handle);
            try {
                Optional<Operation> byId = operations.byId(UUID.fromString(idOrName.strip()));
                if (byId.isPresent()) {
                    return byId.get();
                }
            } catch (IllegalArgumentException notAnId) {
                // Fall through to the name.
            }
            List<Operation> named = operations.byName(idOrName.strip());
            if (named.size() == 1) {
                return named.get(0);
            }
            if (named.isEmpty()) {
                throw new IllegalArgumentException("There is no operation '" + idOrName + "' in this workspace.");
            }
            throw new IllegalArgumentException("Several operations are called '" + idOrName + "'; give its id instead.");
        });
    }

    /** The open operation, or a clear sentence when there is none. */
    public Operation requireOpen() {
        return openOperation().orElseThrow(() -> new IllegalStateException("No operation is open; create one first."));
    }
}
