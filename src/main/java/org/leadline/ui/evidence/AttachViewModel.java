package org.leadline.ui.evidence;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.leadline.logic.evidence.EvidenceException;
import org.leadline.logic.evidence.EvidenceService.Attached;
import org.leadline.logic.evidence.EvidenceService.Context;
import org.leadline.logic.evidence.EvidenceService.Source;
import org.leadline.logic.evidence.EvidenceService.Target;
import org.leadline.logic.tasks.CancelledException;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.FxProgress;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.Session;

/**
 * Attaching files, pasted images and screen regions to leads: off the FX thread, all or nothing, with progress, a
 * cancel, the refusal in one sentence, and for a damaged image the offer to keep it without a preview.
 */
public final class AttachViewModel {
    private final Session session;
    private final Consumer<String> notice;
    final BooleanProperty busy = new SimpleBooleanProperty(false);
    /** 0…1 while bytes are read, -1 while that is not known yet. */
    final DoubleProperty progress = new SimpleDoubleProperty(-1);
    final StringProperty error = new SimpleStringProperty("");
    /** The refusal was of a damaged or incomplete image: "Keep without preview" may retry. */
    final BooleanProperty keepOffered = new SimpleBooleanProperty(false);
    private FxProgress running = new FxProgress(progress);
    private List<Source> lastSources = List.of();
    private List<UUID> lastLeads = List.of();

    /** @param notice shows a passing success line (the main window's status bar) */
    public AttachViewModel(Session session, Consumer<String> notice) {
        this.session = session;
        this.notice = notice;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Attaches files to leads (entity ids). */
    public void attachFiles(List<java.nio.file.Path> files, List<UUID> leads) {
        if (!files.isEmpty()) {
            attach(() -> files.stream().map(Source::file).toList(), leads, Context.plain());
        }
    }

    /**
     * Attaches what {@code sources} makes (off the FX thread: encoding a pasted image to PNG takes a while) to leads.
     * Nothing happens while another batch is being attached.
     */
    public void attach(Callable<List<Source>> sources, List<UUID> leads, Context context) {
        UUID operationId = session.operationId();
        if (busy.get() || operationId == null) {
            return;
        }
        if (leads.isEmpty()) {
            error.set(Messages.get("evidence.error.noLead"));
            return;
        }
        FxProgress reporter = new FxProgress(progress);
        running = reporter;
        busy.set(true);
        progress.set(-1);
        error.set("");
        keepOffered.set(false);
        List<UUID> targets = List.copyOf(leads);
        Background.run(() -> {
            List<Source> made = sources.call();
            Platform.runLater(() -> remember(made, targets));
            return session.evidence().attach(operationId, made, context, targets.stream().map(Target::lead).toList(),
                    reporter);
        }, attached -> {
            busy.set(false);
            notice.accept(summary(attached));
            session.changed();
        }, failure -> {
            busy.set(false);
            if (failure instanceof CancelledException) {
                notice.accept(Messages.get("evidence.attach.cancelled"));
                return;
            }
            if (failure instanceof EvidenceException refused && refused.keepable() && !context.keepBroken()) {
                error.set(Messages.get("evidence.error.keepable", strip(refused.problem())));
                keepOffered.set(true);
                return;
            }
            error.set(Errors.sentence(failure));
        });
    }

    private void remember(List<Source> sources, List<UUID> leads) {
        lastSources = sources;
        lastLeads = leads;
    }

    /** Attaches the refused batch again, keeping damaged images as evidence without a preview. */
    public void keepWithoutPreview() {
        if (!keepOffered.get() || lastSources.isEmpty()) {
            return;
        }
        List<Source> again = lastSources;
        attach(() -> again, lastLeads, Context.plain().keepingBroken());
    }

    /** Stops the batch before anything is recorded; nothing of it is stored. */
    public void cancel() {
        running.cancel();
    }

    void dismiss() {
        error.set("");
        keepOffered.set(false);
    }

    private static String summary(List<Attached> attached) {
        long again = attached.stream().filter(Attached::alreadyCaptured).count();
        long withoutPreview = attached.stream().filter(each -> each.previewIssue() != null).count();
        String text = attached.size() == 1 ? Messages.get("evidence.attached.one", attached.get(0).name())
                : Messages.get("evidence.attached.many", attached.size());
        if (again > 0) {
            text += " " + Messages.get("evidence.attached.again", again);
        }
        if (withoutPreview > 0) {
            text += " " + Messages.get("evidence.attached.noPreview", withoutPreview);
        }
        return text;
    }

    private static String strip(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }
}
