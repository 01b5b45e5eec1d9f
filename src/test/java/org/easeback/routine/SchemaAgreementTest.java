package org.easeback.routine;

import org.easeback.profile.ReceiverLoader;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.easeback.safety.CatalogSafetyRules;
import org.easeback.safety.SafetyRoutineRules;
import org.junit.jupiter.api.TestFactory;

/**
 * The published JSON Schemas and the validator agree on every fixture: both accept the valid ones, both reject the
 * broken ones, except the broken fixtures listed here, which break rules no JSON Schema can express.
 */
class SchemaAgreementTest {

    /** Broken fixtures only the validator rejects, and why a schema cannot. */
    static final Map<String, String> VALIDATOR_ONLY = Map.ofEntries(
            Map.entry("unknown-technique.json", "technique ids live in the catalog, a separate file"),
            Map.entry("professional-technique.json", "a technique's level lives in the catalog"),
            Map.entry("other-audience-technique.json", "a technique's audience lives in the catalog"),
            Map.entry("pressure-above-maximum.json", "a technique's maximum pressure lives in the catalog"),
            Map.entry("too-many-steps.json", "counting steps after repeats and sides are expanded needs arithmetic"),
            Map.entry("duplicate-field.json", "a JSON parser has already merged duplicate names before a schema sees the object"),
            Map.entry("receiver-nut-allergy.json", "which oils an allergy rules out lives in routines/oils.json"),
            Map.entry("receiver-no-carrier.json", "what counts as a carrier and which oils an allergy rules out live in routines/oils.json"),
            Map.entry("receiver-essential-as-carrier.json", "which oils are essential oils lives in routines/oils.json"),
            Map.entry("direct-oil-worded-around.json", "reading what a text tells the giver is the safety rules' work"),
            Map.entry("professional-in-disguise.json", "reading what a text tells the giver is the safety rules' work"),
            Map.entry("catalog-unsafe.json", "the spine, the bones and professional wording are the safety rules' work"));

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Map<String, JsonSchema> SCHEMAS = new HashMap<>();

    private static JsonSchema schemaFor(String text) throws IOException {
        String name = text.contains(TechniqueCatalog.FORMAT) ? "techniques.schema.json"
                : text.contains(org.easeback.profile.Receiver.FORMAT) ? "receiver.schema.json"
                : text.contains(OilCatalog.FORMAT) ? "oils.schema.json" : "routine.schema.json";
        if (!SCHEMAS.containsKey(name)) {
            SCHEMAS.put(name, JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(JSON.readTree(Path.of("routines/schema").resolve(name).toFile())));
        }
        return SCHEMAS.get(name);
    }

    static boolean schemaAccepts(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        JsonNode tree;
        try {
            tree = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            return false;
        }
        if (tree == null || tree.isMissingNode()) {
            return false;
        }
        return schemaFor(new String(bytes, StandardCharsets.UTF_8)).validate(tree).isEmpty();
    }

    static boolean validatorAccepts(Path file) throws IOException {
        return Validation.withBundledCatalog(SafetyRoutineRules.all(), new ReceiverLoader()::validate)
                .withCatalogRules(CatalogSafetyRules.all())
                .check(file, Files.readAllBytes(file), file.getParent(), new HashMap<>()).isEmpty();
    }

    static List<Path> fixtures(String folder) throws IOException {
        try (Stream<Path> list = Files.list(Path.of("src/test/resources", folder))) {
            return list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> bothAcceptEveryValidFixtureAndBundledRoutine() throws IOException {
        List<Path> files = new ArrayList<>(fixtures("valid"));
        try (Stream<Path> list = Files.list(Path.of("routines"))) {
            list.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
            assertThat(schemaAccepts(f)).as("schema accepts " + f).isTrue();
            assertThat(validatorAccepts(f)).as("validator accepts " + f).isTrue();
        }));
    }

    @TestFactory
    Stream<DynamicTest> bothRejectEveryBrokenFixtureTheSchemaCanExpress() throws IOException {
        return fixtures("broken").stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            assertThat(validatorAccepts(f)).as("validator rejects " + f).isFalse();
            boolean validatorOnly = VALIDATOR_ONLY.containsKey(f.getFileName().toString());
            assertThat(schemaAccepts(f)).as(validatorOnly ? "schema cannot reject " + f : "schema rejects " + f)
                    .isEqualTo(validatorOnly);
        }));
    }

    @Test
    void everyValidatorOnlyFixtureExists() throws IOException {
        List<String> names = fixtures("broken").stream().map(p -> p.getFileName().toString()).toList();
        assertThat(names).containsAll(VALIDATOR_ONLY.keySet());
    }
}
