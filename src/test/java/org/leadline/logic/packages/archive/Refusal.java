package org.leadline.logic.packages.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.leadline.logic.packages.PackageRefusedException;
import org.leadline.logic.packages.PackageRefusedException.Step;

/** What every refusal of step 1 must be: the archive step, the entry at fault, and one sentence an officer reads. */
final class Refusal {
    private Refusal() {
    }

    static PackageRefusedException assertRefused(ThrowingCallable call, String entry, String words) {
        PackageRefusedException[] refusal = new PackageRefusedException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(PackageRefusedException.class, e -> {
            assertThat(e.step()).isEqualTo(Step.ARCHIVE);
            assertThat(e.entry()).isEqualTo(entry);
            assertOneSentence(e.getMessage());
            assertThat(e.getMessage()).contains(words);
            refusal[0] = e;
        });
        return refusal[0];
    }

    static void assertOneSentence(String message) {
        assertThat(message)
                .as("one sentence: a capital first, a full stop last, no line break, no second sentence")
                .matches("[A-Z][^\\n]*\\.")
                .doesNotContainPattern("[.!?]\\s+[A-Z]")
                .doesNotContain("Exception");
    }
}
