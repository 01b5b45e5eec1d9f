package org.easeback.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Utf8TextTest {

    @Test
    void oneByteOrderMarkIsSkippedAndASecondIsKept() {
        byte[] bytes = "\uFEFF\uFEFF{}".getBytes(UTF_8);
        assertThat(Utf8Text.decode(bytes)).isEqualTo(new Utf8Text.Text("\uFEFF{}"));
    }

    @Test
    void aBadByteIsReportedWithItsOffsetAndTheTextBeforeIt() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n', 'b', (byte) 0xC3, '('};
        assertThat(Utf8Text.decode(bytes)).isEqualTo(new Utf8Text.Malformed(6, 0xC3, "a\nb"));
    }

    @Test
    void utf16IsRecognisedByItsMark() {
        assertThat(Utf8Text.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0})).isInstanceOf(Utf8Text.Utf16.class);
        assertThat(Utf8Text.orNull(new byte[] {(byte) 0xFE, (byte) 0xFF})).isNull();
    }
}
