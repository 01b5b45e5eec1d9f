package org.easeback.routine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The bundled routines, the catalog and a sample receiver match the published JSON Schemas, and the schemas are strict. */
class BundledFilesMatchSchemaTest {

    private static final Path ROUTINES = Path.of("routines");
    private static final Path SCHEMAS = ROUTINES.resolve("schema");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema(String fileName) throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        return factory.getSchema(JSON.readTree(SCHEMAS.resolve(fileName).toFile()));
    }

    private static List<Path> bundledRoutines() throws IOException {
        try (Stream<Path> files = Files.list(ROUTINES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().equals("techniques.json"))
                    .filter(p -> !p.getFileName().toString().equals("oils.json"))
                    .sorted()
                    .toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyBundledRoutineMatchesTheRoutineSchema() throws IOException {
        JsonSchema routineSchema = schema("routine.schema.json");
        List<Path> routines = bundledRoutines();
        assertThat(routines).hasSizeGreaterThanOrEqualTo(5);
        return routines.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Set<ValidationMessage> problems = routineSchema.validate(JSON.readTree(file.toFile()));
            assertThat(problems).as(file.toString()).isEmpty();
        }));
    }

    @Test
    void catalogMatchesTheTechniquesSchema() throws IOException {
        Set<ValidationMessage> problems = schema("techniques.schema.json")
                .validate(JSON.readTree(ROUTINES.resolve("techniques.json").toFile()));
        assertThat(problems).isEmpty();
    }

    @Test
    void oilsFileMatchesTheOilsSchema() throws IOException {
        Set<ValidationMessage> problems = schema("oils.schema.json")
                .validate(JSON.readTree(ROUTINES.resolve("oils.json").toFile()));
        assertThat(problems).isEmpty();
    }

    @Test
    void oilsSchemaRejectsAnOilWithoutAFamilyList() throws IOException {
        ObjectNode oils = (ObjectNode) JSON.readTree(ROUTINES.resolve("oils.json").toFile());
        ((ObjectNode) oils.withArray("carriers").get(0)).remove("families");
        assertThat(schema("oils.schema.json").validate(oils)).isNotEmpty();
    }

    @Test
    void routineSchemaRejectsAMisspelledStepField() throws IOException {
        ObjectNode routine = (ObjectNode) JSON.readTree(ROUTINES.resolve("partner-short.json").toFile());
        ((ObjectNode) routine.withArray("steps").get(0)).put("secnds", 30);
        assertThat(schema("routine.schema.json").validate(routine))
                .extracting(ValidationMessage::getMessage)
                .anySatisfy(message -> assertThat(message).contains("secnds"));
    }

    @Test
    void routineSchemaRejectsARepeatNestedFourDeep() throws IOException {
        JsonNode routine = JSON.readTree("""
                {"format": "easeback-routine/1", "id": "deep", "title": "Deep", "audience": "partner",
                 "steps": [{"kind": "repeat", "times": 2, "steps": [
                   {"kind": "repeat", "times": 2, "steps": [
                     {"kind": "repeat", "times": 2, "steps": [
                       {"kind": "repeat", "times": 2, "steps": [{"kind": "check-in"}]}]}]}]}]}
                """);
        assertThat(schema("routine.schema.json").validate(routine)).isNotEmpty();
    }

    @Test
    void routineSchemaAcceptsARepeatNestedThreeDeep() throws IOException {
        JsonNode routine = JSON.readTree("""
                {"format": "easeback-routine/1", "id": "deep", "title": "Deep", "audience": "partner",
                 "steps": [{"kind": "repeat", "times": 2, "steps": [
                   {"kind": "repeat", "times": 2, "steps": [
                     {"kind": "repeat", "times": 2, "steps": [{"kind": "check-in"}]}]}]}]}
                """);
        assertThat(schema("routine.schema.json").validate(routine)).isEmpty();
    }

    @Test
    void catalogSchemaRejectsATechniqueThatDoesNotAvoidTheSpine() throws IOException {
        ObjectNode catalog = (ObjectNode) JSON.readTree(ROUTINES.resolve("techniques.json").toFile());
        ((ObjectNode) catalog.withArray("techniques").get(0)).putArray("avoids").add("sacrum");
        assertThat(schema("techniques.schema.json").validate(catalog)).isNotEmpty();
    }

    @Test
    void receiverSchemaAcceptsTheDocumentedExampleAndRefusesASpotOnTheSpine() throws IOException {
        JsonSchema receiverSchema = schema("receiver.schema.json");
        String example = """
                {"format": "easeback-receiver/1", "name": "Sam", "carrierOil": "sweet almond oil",
                 "essentialOils": ["lavender"], "sensitivities": ["peppermint"], "preferredPressure": "gentle",
                 "soreSpots": [{"x": %s, "y": 0.55, "note": "tight after gardening"}]}
                """;
        assertThat(receiverSchema.validate(JSON.readTree(example.formatted("0.36")))).isEmpty();
        assertThat(receiverSchema.validate(JSON.readTree(example.formatted("0.5")))).isNotEmpty();
    }
}
