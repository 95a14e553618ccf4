package eu.dogana.gateway.presidio;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /v1/pii/anonymize}, as Presidio's anonymizer takes it. Without {@code analyzer_results}
 * the text is analysed first (with {@code language} and {@code score_threshold}), which Presidio needs two calls for.
 */
record AnonymizeRequest(String text, String language, Map<String, OperatorSpec> anonymizers,
                        @JsonProperty("analyzer_results") List<Result> analyzerResults,
                        @JsonProperty("score_threshold") Double scoreThreshold) {

    /** One operator, in Presidio's parameters ({@code keep_last} is Dogana's). */
    record OperatorSpec(String type, @JsonProperty("new_value") String newValue,
                        @JsonProperty("masking_char") String maskingChar,
                        @JsonProperty("chars_to_mask") Integer charsToMask,
                        @JsonProperty("from_end") Boolean fromEnd,
                        @JsonProperty("keep_last") Integer keepLast,
                        @JsonProperty("hash_type") String hashType) {
    }

    /**
     * A finding as the analyzer reported it; offsets in code points. The analyzer's explanation and metadata are
     * ignored, so its answer can be passed on as it is.
     */
    @JsonIgnoreProperties(value = {"analysis_explanation", "recognition_metadata"})
    record Result(@JsonProperty("entity_type") String entityType, Integer start, Integer end, Double score) {
    }
}
