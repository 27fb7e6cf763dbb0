package org.leadline.logic.packages.archive;

import org.leadline.logic.packages.PackageRefusedException;
import org.leadline.logic.packages.PackageRefusedException.Step;

/** Refusals of step 1 (archive) and the sentences that several checks share. */
final class Refusals {
    private Refusals() {
    }

    static PackageRefusedException refuse(String entry, String sentence) {
        return new PackageRefusedException(Step.ARCHIVE, entry, sentence);
    }

    static PackageRefusedException refuse(String entry, String sentence, Throwable cause) {
        return new PackageRefusedException(Step.ARCHIVE, entry, sentence, cause);
    }

    /** The ZIP structure itself cannot be believed: cut, altered or made by a tool that does not follow the format. */
    static PackageRefusedException damaged(Throwable cause) {
        return refuse(null, "The package file is damaged: its ZIP structure cannot be read.", cause);
    }

    /** An entry's bytes cannot be read to the end as its header describes them. */
    static PackageRefusedException damagedEntry(String shown, Throwable cause) {
        return refuse(shown, "The entry " + shown + " is damaged: its bytes cannot be read to the end.", cause);
    }
}
