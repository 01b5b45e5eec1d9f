package org.easeback.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SafetyDocsTest {

    @Test
    void everyRuleAndScreeningQuestionIsDocumented() throws IOException {
        String docs = Files.readString(Path.of("docs/safety.md"));

        for (SafetyRule rule : SafetyRule.values()) {
            assertThat(docs).as(rule.name()).contains("| `" + rule.ruleName() + "` |");
        }
        for (ScreeningQuestion q : ScreeningQuestion.values()) {
            assertThat(docs).as(q.name()).contains("| `" + q.id() + "` | " + q.text() + " |");
        }
    }
}
