package org.leadline.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatTest {
    @Test
    void aCountReadsAsTheMessagesWriteTheirs() {
        assertThat(Format.count(100_000)).isEqualTo("100,000")
                .isEqualTo(Messages.get("stat.phones.value", 100_000, 1).split(" ")[0]);
        assertThat(Format.count(7)).isEqualTo("7");
    }
}
