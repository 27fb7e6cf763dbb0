package org.leadline.ui.packages;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.leadline.logic.packages.ImportSummary;
import org.leadline.logic.packages.Manifest;
import org.leadline.logic.packages.PackageFile;
import org.leadline.logic.packages.PackageRefusedException;
import org.leadline.logic.packages.VerifiedPackage;

/**
 * What the import wizard knows of one package file: verified (with what an import would do) or refused (with why),
 * whether the officer takes it in, and afterwards what the import did.
 */
public final class PackageReport {
    public enum Status { READY, ALREADY, REFUSED, FAILED }

    /** How the signer's key stands with this workspace. */
    public enum Trust { OWN, TRUSTED, UNKNOWN }

    final Path file;
    final Status status;
    /** The opened package (a sealed one decrypted into the workspace's temporary folder) until the wizard closes. */
    final PackageFile opened;
    final VerifiedPackage verified;
    final ImportSummary plan;
    /** Evidence files of the package not yet in the workspace's store. */
    final int newBlobs;
    final Trust trust;
    final Instant trustedSince;
    /** The package's operation is not the open one: it goes into its own, which the officer confirms. */
    final boolean otherOperation;
    final PackageRefusedException refusal;
    /** The key that signed a package refused at the trust step, for "Trust this key…". */
    final Manifest.Signer unknownSigner;
    final String failure;
    final BooleanProperty include = new SimpleBooleanProperty(false);
    /** After the import: the sentence of what happened to this package. */
    String outcome;
    ImportSummary imported;

    private PackageReport(Path file, Status status, PackageFile opened, VerifiedPackage verified, ImportSummary plan, int newBlobs,
                          Trust trust,
                          Instant trustedSince, boolean otherOperation, PackageRefusedException refusal, Manifest.Signer unknownSigner,
                          String failure) {
        this.file = file;
        this.status = status;
        this.opened = opened;
        this.verified = verified;
        this.plan = plan;
        this.newBlobs = newBlobs;
        this.trust = trust;
        this.trustedSince = trustedSince;
        this.otherOperation = otherOperation;
        this.refusal = refusal;
        this.unknownSigner = unknownSigner;
        this.failure = failure;
        // The open operation's packages are taken in unless unticked; another operation's only when the officer confirms.
        include.set(status == Status.READY && !otherOperation);
    }

    static PackageReport verified(Path file, PackageFile opened, VerifiedPackage verified, ImportSummary plan, int newBlobs,
                                  Trust trust, Instant trustedSince, UUID openOperation) {
        boolean other = openOperation != null && !openOperation.equals(verified.manifest().operation().id());
        return new PackageReport(file, plan.alreadyImported() ? Status.ALREADY : Status.READY, opened, verified, plan, newBlobs,
                trust, trustedSince, other, null, null, null);
    }

    static PackageReport refused(Path file, PackageRefusedException refusal, Manifest.Signer unknownSigner) {
        return new PackageReport(file, Status.REFUSED, null, null, null, 0, Trust.UNKNOWN, null, false, refusal, unknownSigner, null);
    }

    static PackageReport failed(Path file, String sentence) {
        return new PackageReport(file, Status.FAILED, null, null, null, 0, Trust.UNKNOWN, null, false, null, null, sentence);
    }

    public Path file() {
        return file;
    }

    public Status status() {
        return status;
    }

    public ImportSummary plan() {
        return plan;
    }

    public boolean otherOperation() {
        return otherOperation;
    }

    public BooleanProperty includeProperty() {
        return include;
    }

    public String outcome() {
        return outcome;
    }

    public PackageRefusedException refusal() {
        return refusal;
    }

    public Manifest.Signer unknownSigner() {
        return unknownSigner;
    }

    void close() {
        if (opened != null) {
            opened.close();
        }
    }
}
