package org.leadline.ui.common;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.leadline.logic.evidence.EvidenceService;
import org.leadline.logic.leads.LeadMerges;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.leads.PasteService;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.packages.ConflictService;
import org.leadline.logic.packages.TrustService;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Operation;
import org.leadline.model.Officer;

/**
 * The unlocked workspace as the window sees it: the services, the open operation, and a revision number that rises
 * after every change so that the header, the table and the detail pane refresh together.
 * Properties are read and written on the FX thread; services are called through {@link Background}.
 */
public final class Session {
    private final Workspace workspace;
    private final OperationService operations;
    private final LeadService leads;
    private final PasteService paste;
    private final LeadMerges merges;
    private final Counters.Source counters;
    private final EvidenceService evidence;
    private final TrustService trust;
    private final ConflictService conflicts;
    private final ObjectProperty<Operation> operation = new SimpleObjectProperty<>(this, "operation");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    /** Volatile: the thumbnail worker reads it to stop loading once the workspace is closing. */
    private volatile boolean closed;
    /** The open operation {@link #prepareOpening} loaded, until the main window takes it; null when there is none to take. */
    private volatile Optional<Operation> prepared;

    public Session(Workspace workspace) {
        this.workspace = workspace;
        this.operations = new OperationService(workspace);
        this.leads = new LeadService(workspace);
        this.paste = new PasteService(workspace);
        this.merges = new LeadMerges(workspace);
        this.counters = Counters.sourceFor(workspace);
        this.evidence = new EvidenceService(workspace);
        this.trust = new TrustService(workspace);
        this.conflicts = new ConflictService(workspace);
    }

    /**
     * Loads the open operation now, on the unlocking (background) thread, so that the main window sets it in its first
     * turn instead of waiting for the window's first layout pass (about 400 ms at start-up) to hand it back. A failure
     * is left for the main window, which loads it again and shows the error.
     */
    public Session prepareOpening() {
        try {
            prepared = loadOpenOperation();
        } catch (RuntimeException e) {
            prepared = null;
        }
        return this;
    }

    /**
     * Hands the open operation to {@code then} on the FX thread: at once when {@link #prepareOpening} loaded it (once),
     * else after loading it off the FX thread.
     */
    public void withOpenOperation(Consumer<Optional<Operation>> then, Consumer<Throwable> failed) {
        Optional<Operation> ready = prepared;
        prepared = null;
        if (ready != null) {
            then.accept(ready);
        } else {
            Background.run(this::loadOpenOperation, then, failed);
        }
    }

    /** Opens another operation off the FX thread, then makes it the window's; call on the FX thread. */
    public void openOperation(UUID operationId, Consumer<Throwable> failed) {
        if (operationId.equals(operationId())) {
            return;
        }
        Background.run(() -> operations.open(operationId), operation::set, failed);
    }

    /** Opens the workspace's open operation (off the FX thread); the first one when none is marked open. */
    public Optional<Operation> loadOpenOperation() {
        Optional<Operation> open = operations.openOperation();
        if (open.isPresent()) {
            return open;
        }
        List<Operation> all = operations.all();
        return all.isEmpty() ? Optional.empty() : Optional.of(operations.open(all.get(0).id()));
    }

    public Workspace workspace() {
        return workspace;
    }

    public Officer owner() {
        return workspace.owner();
    }

    public OperationService operations() {
        return operations;
    }

    public LeadService leads() {
        return leads;
    }

    public PasteService paste() {
        return paste;
    }

    public LeadMerges merges() {
        return merges;
    }

    public EvidenceService evidence() {
        return evidence;
    }

    public TrustService trust() {
        return trust;
    }

    public ConflictService conflicts() {
        return conflicts;
    }

    public Counters.Source counters() {
        return counters;
    }

    public ObjectProperty<Operation> operationProperty() {
        return operation;
    }

    public Operation operation() {
        return operation.get();
    }

    public UUID operationId() {
        Operation open = operation.get();
        return open == null ? null : open.id();
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Something in the open operation changed: everything showing it refreshes (FX thread). */
    public void changed() {
        revision.set(revision.get() + 1);
    }

    public boolean isClosed() {
        return closed;
    }

    /** Closes the workspace after the queued background work, releasing its lock. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Background.runAndWait(workspace::close);
    }
}
