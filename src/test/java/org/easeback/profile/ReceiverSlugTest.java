package org.easeback.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReceiverSlugTest {

    @Test
    void slugsAreLowerCaseAsciiWordsJoinedByDashes() {
        assertThat(ReceiverSlug.of("Zoë O'Neil")).isEqualTo("zoe-o-neil");
        assertThat(ReceiverSlug.of("  Sam  ")).isEqualTo("sam");
    }

    @Test
    void pathsHiddenFilesAndDeviceNamesCannotComeThrough() {
        assertThat(ReceiverSlug.of("../../x")).isEqualTo("x");
        assertThat(ReceiverSlug.of("C:\\Windows")).isEqualTo("c-windows");
        assertThat(ReceiverSlug.of(".bashrc")).isEqualTo("bashrc");
        assertThat(ReceiverSlug.of("CON")).isEqualTo("receiver-con");
        assertThat(ReceiverSlug.of("李雷")).isEqualTo("receiver");
        assertThat(ReceiverSlug.of("a".repeat(200))).hasSize(40);
    }
}
