package org.leadline.ui.packages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.leadline.logic.packages.Manifest;

/** The package dialogs' rules that need no window: the default file name, and comparing a fingerprint read out. */
class PackageDialogsTest {
    static final String FINGERPRINT = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void theDefaultFileNameNamesTheOperationTheOfficerAndTheMinute() {
        assertThat(ExportViewModel.defaultFileName("Cyberprotect II", "Claire Martin", LocalDateTime.of(2025, 10, 17, 16, 2)))
                .isEqualTo("Cyberprotect-II-Claire-Martin-20251017-1602.leadpack");
        assertThat(ExportViewModel.defaultFileName(" Opération «Méduse»/2 ", "Ana López", LocalDateTime.of(2025, 1, 2, 3, 4)))
                .isEqualTo("Opération-Méduse-2-Ana-López-20250102-0304.leadpack");
        assertThat(ExportViewModel.defaultFileName("///", "", LocalDateTime.of(2025, 1, 2, 3, 4)))
                .isEqualTo("package-package-20250102-0304.leadpack");
    }

    @Test
    void aTypedFingerprintMatchesOnlyWhenEveryDigitDoes() {
        TrustKeyViewModel.Offered key = new TrustKeyViewModel.Offered(
                new Manifest.Signer(null, "Claire Martin", "OCLTI", "FR", "", FINGERPRINT, null), TrustKeyViewModel.KeyState.NEW);
        assertThat(TrustKeyViewModel.typedState("", key)).isEqualTo(TrustKeyViewModel.Typed.EMPTY);
        assertThat(TrustKeyViewModel.typedState("9F86 D081 884C", key)).isEqualTo(TrustKeyViewModel.Typed.INCOMPLETE);
        assertThat(TrustKeyViewModel.typedState("9f86 d082", key)).isEqualTo(TrustKeyViewModel.Typed.MISMATCH);
        assertThat(TrustKeyViewModel.typedState(FINGERPRINT.toUpperCase().replaceAll("(.{4})", "$1 "), key))
                .isEqualTo(TrustKeyViewModel.Typed.MATCH);
        assertThat(TrustKeyViewModel.typedState(FINGERPRINT.replace('8', '7'), key)).isEqualTo(TrustKeyViewModel.Typed.MISMATCH);
    }
}
