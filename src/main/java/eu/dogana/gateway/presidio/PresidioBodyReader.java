package eu.dogana.gateway.presidio;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import eu.dogana.gateway.error.GatewayException;
import eu.dogana.gateway.error.JsonObjectBody;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Presidio request body into its record, strictly. Presidio's clients send typed JSON, so a number or a
 * boolean where text belongs, text where a number belongs or a fraction where an integer belongs is a mistake to
 * report, with the field's path as {@code param} ({@code analyzer_results[0].start}), not something to coerce.
 * A body that is not one JSON object is {@code invalid_json}, as on the OpenAI endpoints.
 */
final class PresidioBodyReader {

    private final ObjectReader reader;

    PresidioBodyReader(ObjectMapper json) {
        ObjectMapper strict = json.copy();
        // Each scalar accepts its own JSON shape only; an integer is a number too, as in JSON itself.
        refuseAllBut(strict.coercionConfigFor(LogicalType.Textual), CoercionInputShape.String, CoercionInputShape.EmptyString);
        refuseAllBut(strict.coercionConfigFor(LogicalType.Integer), CoercionInputShape.Integer);
        refuseAllBut(strict.coercionConfigFor(LogicalType.Float), CoercionInputShape.Integer, CoercionInputShape.Float);
        refuseAllBut(strict.coercionConfigFor(LogicalType.Boolean), CoercionInputShape.Boolean);
        this.reader = strict.reader()
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                        DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
                        DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
                        DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT);
    }

    private static void refuseAllBut(MutableCoercionConfig config, CoercionInputShape... natural) {
        Set<CoercionInputShape> allowed = Set.of(natural);
        for (CoercionInputShape shape : CoercionInputShape.values()) {
            if (!allowed.contains(shape)) {
                config.setCoercion(shape, CoercionAction.Fail);
            }
        }
    }

    <T> T read(byte[] body, Class<T> type) {
        ObjectNode root = JsonObjectBody.read(reader, body);
        try {
            return reader.treeToValue(root, type);
        } catch (UnrecognizedPropertyException e) {
            String param = paramOf(e);
            throw GatewayException.invalidRequest("Unknown parameter: '" + param + "'.", param);
        } catch (JsonMappingException e) {
            String param = paramOf(e);
            throw GatewayException.invalidRequest("'" + param + "' must be " + expected(e) + ".", param);
        } catch (IOException e) {
            // the tree is already parsed: nothing is left to fail but the mapping
            throw new IllegalStateException("mapping a parsed JSON tree failed", e);
        }
    }

    /** The path Jackson was at, as the caller wrote it: {@code anonymizers.PHONE_NUMBER.chars_to_mask}, {@code entities[0]}. */
    static String paramOf(JsonMappingException e) {
        StringBuilder param = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                if (!param.isEmpty()) {
                    param.append('.');
                }
                param.append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                param.append('[').append(step.getIndex()).append(']');
            }
        }
        return param.toString();
    }

    private static String expected(JsonMappingException e) {
        if (e.getCause() instanceof InputCoercionException) {
            return "an integer between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE;
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == null) {
            return "of the type Presidio documents";
        }
        if (target == String.class) {
            return "a string";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "an integer";
        }
        if (target == Double.class || target == double.class || target == Float.class || target == float.class) {
            return "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "a boolean";
        }
        if (Collection.class.isAssignableFrom(target) || target == List.class) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return "an object";
        }
        return "of the type Presidio documents";
    }
}
