package org.easeback.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void plainTextIsPrintedAsItIs() {
        assertThat(TerminalText.escape("Zoë's routine: C:\\Users\\zoe\\back.json — 12 €"))
                .isEqualTo("Zoë's routine: C:\\Users\\zoe\\back.json — 12 €");
    }

    @Test
    void aNewlineCannotStartALineOfItsOwn() {
        String forged = "x.json\nroutines/partner.json:1:1: error: forged";
        assertThat(TerminalText.escape(forged))
                .isEqualTo("x.json\\nroutines/partner.json:1:1: error: forged")
                .doesNotContain("\n");
        assertThat(TerminalText.escape("a\r\nb\tc")).isEqualTo("a\\r\\nb\\tc");
    }

    @Test
    void escapeSequencesBellAndC1ControlsAreWrittenOut() {
        assertThat(TerminalText.escape("\u001b[2J\u001b]0;owned\u0007")).isEqualTo("\\e[2J\\e]0;owned\\x07");
        assertThat(TerminalText.escape("a\u0000b\u007fc\u009bd\u0085")).isEqualTo("a\\x00b\\x7fc\\x9bd\\x85");
    }

    @Test
    void lineSeparatorsAndBidiControlsAreWrittenOut() {
        assertThat(TerminalText.escape("evil\u202Enosj.exe")).isEqualTo("evil\\u202enosj.exe");
        assertThat(TerminalText.escape("a\u2028b\u2029c\u2066d")).isEqualTo("a\\u2028b\\u2029c\\u2066d");
    }

    @Test
    void theOutputHasNoControlCharacterLeft() {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            every.append(c);
        }
        String escaped = TerminalText.escape(every);
        assertThat(escaped.chars().filter(c -> TerminalText.unsafe((char) c))).isEmpty();
        assertThat(escaped.chars().filter(Character::isISOControl)).isEmpty();
    }

    @Test
    void nullPrintsAsNull() {
        assertThat(TerminalText.escape(null)).isEqualTo("null");
    }
}
