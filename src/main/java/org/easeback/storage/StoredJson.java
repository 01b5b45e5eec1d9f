package org.easeback.storage;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The one Jackson mapper for stored files and their adapters ({@code JsonAdapted*}): strict on reading (no
 * duplicate fields, no trailing tokens, no text turned into numbers or numbers into text, bounded nesting) and
 * stable on writing (fields in the adapter's declared order, indented).
 */
public final class StoredJson {

    /** Nesting no stored file needs; a deeper one is refused before it can exhaust the stack. */
    private static final int MAX_DEPTH = 32;

    /** The mapper every stored format reads and writes with. */
    public static final ObjectMapper MAPPER = build();

    private StoredJson() {
    }

    /**
     * The adapter of type {@code type} in {@code document}.
     *
     * @throws StoredFormat.InvalidContentException with a sentence naming the field that is wrong
     */
    public static <T> T read(JsonNode document, Class<T> type) throws StoredFormat.InvalidContentException {
        try {
            return MAPPER.treeToValue(document, type);
        } catch (UnrecognizedPropertyException e) {
            throw new StoredFormat.InvalidContentException("it has an unknown field '" + e.getPropertyName() + "'");
        } catch (JsonProcessingException e) {
            String field = e instanceof JsonMappingException m ? field(m) : "";
            throw new StoredFormat.InvalidContentException(field.isEmpty() ? "a value is not of the right kind"
                    : "the value of '" + field + "' is missing or not of the right kind");
        } catch (IllegalArgumentException e) {
            throw new StoredFormat.InvalidContentException(e.getMessage());
        }
    }

    private static String field(JsonMappingException e) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                s.append(s.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex() + 1).append(']');
            }
        }
        return s.toString();
    }

    private static ObjectMapper build() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).build());
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }
}
