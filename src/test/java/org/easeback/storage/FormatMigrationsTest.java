package org.easeback.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class FormatMigrationsTest {

    private final ObjectMapper json = new ObjectMapper();
    private final FormatTag v1 = new FormatTag("easeback-note", 1);

    private ObjectNode parse(String s) throws Exception {
        return (ObjectNode) json.readTree(s);
    }

    @Test
    void versionOneIsReadAsItIs() throws Exception {
        ObjectNode doc = parse("{\"format\": \"easeback-note/1\", \"text\": \"hi\"}");
        assertThat(FormatMigrations.standard().migrate(doc, v1, v1)).isEqualTo(doc);
    }

    @Test
    void anOldVersionIsUpgradedStepByStepAndRetagged() throws Exception {
        FormatMigrations migrations = new FormatMigrations().register("easeback-note", 0, doc -> {
            doc.set("text", doc.remove("body")); // v0 called the field "body"
            return doc;
        });
        ObjectNode v0 = parse("{\"format\": \"easeback-note/0\", \"body\": \"hi\"}");

        ObjectNode upgraded = migrations.migrate(v0, new FormatTag("easeback-note", 0), v1);

        assertThat(upgraded).isEqualTo(parse("{\"format\": \"easeback-note/1\", \"text\": \"hi\"}"));
        assertThat(v0.has("body")).as("the original is not changed").isTrue();
    }

    @Test
    void anOldVersionWithoutAStepIsRefusedWithAReason() throws Exception {
        assertThatThrownBy(() -> FormatMigrations.standard()
                .migrate(parse("{}"), new FormatTag("easeback-note", 0), v1))
                .hasMessageContaining("too old");
    }

    @Test
    void aNewerVersionIsRefusedAsNewer() throws Exception {
        assertThatThrownBy(() -> FormatMigrations.standard()
                .migrate(parse("{}"), new FormatTag("easeback-note", 2), v1))
                .isInstanceOfSatisfying(FormatMigrations.FormatException.class,
                        e -> assertThat(e.reason()).isEqualTo(FormatMigrations.FormatException.Reason.NEWER))
                .hasMessageContaining("newer version of Easeback");
    }

    @Test
    void aReaderUpgradesOldFilesThroughTheRegistry(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("n.json");
        java.nio.file.Files.writeString(file, "{\"format\": \"easeback-note/0\", \"body\": \"old words\"}");
        FormatMigrations migrations = new FormatMigrations().register("easeback-note", 0, doc -> {
            doc.set("text", doc.remove("body"));
            return doc;
        });
        StoredFileReader reader = new StoredFileReader(migrations, new CorruptFileQuarantine(),
                new AtomicFileWriter(), WriteLock.of(new DataDirectory(dir)));

        assertThat(reader.read(file, new NoteFormat()).value()).contains("old words");
    }

    @Test
    void tagsParseOnlyTheEasebackShape() {
        assertThat(FormatTag.parse("easeback-receiver/1")).contains(new FormatTag("easeback-receiver", 1));
        assertThat(FormatTag.parse("easeback-receiver")).isEmpty();
        assertThat(FormatTag.parse("other/1")).isEmpty();
        assertThat(FormatTag.parse(null)).isEmpty();
    }
}
