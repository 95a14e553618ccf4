package eu.dogana.gateway.presidio;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The body of {@code POST /v1/pii/analyze}, as Presidio's analyzer takes it. {@code correlation_id},
 * {@code context} and {@code return_decision_process} are accepted and have no effect. {@code allow_list} drops
 * findings whose text is allowed ({@link AllowList}); Presidio's {@code regex_flags} is not taken: Dogana matches
 * {@code regex} entries with Presidio's default flags.
 */
@JsonIgnoreProperties(value = {"correlation_id", "context", "return_decision_process"})
record AnalyzeRequest(String text, String language, List<String> entities,
                      @JsonProperty("score_threshold") Double scoreThreshold,
                      @JsonProperty("ad_hoc_recognizers") List<Object> adHocRecognizers,
                      @JsonProperty("allow_list") List<String> allowList,
                      @JsonProperty("allow_list_match") String allowListMatch) {
}
