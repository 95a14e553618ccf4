package eu.dogana.gateway.presidio;

import eu.dogana.gateway.error.GatewayException;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.pseudonym.PseudonymVault;
import eu.dogana.pii.scan.PiiScanner;
import eu.dogana.pii.scan.ScanOptions;
import eu.dogana.pii.transform.Anonymized;
import eu.dogana.pii.transform.Anonymizer;
import eu.dogana.pii.transform.KeyedHash;
import eu.dogana.pii.transform.Operator;
import eu.dogana.pii.transform.OperatorPlan;
import eu.dogana.pii.transform.Replacement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Presidio's analyzer and anonymizer contracts on Dogana's detectors. Offsets on the wire count code points, as
 * Presidio's (Python) do; inside they are UTF-16 indices, converted at this edge.
 */
final class PresidioApi {

    /** The languages the detectors' context words and lexicons cover. */
    static final Set<String> LANGUAGES = Set.of("en", "de", "it", "fr", "es", "nl", "pl", "pt");

    private final PiiScanner scanner;

    PresidioApi(PiiScanner scanner) {
        this.scanner = scanner;
    }

    List<Map<String, Object>> analyze(AnalyzeRequest request) {
        String text = requireText(request.text());
        if (request.adHocRecognizers() != null && !request.adHocRecognizers().isEmpty()) {
            throw GatewayException.invalidRequest("'ad_hoc_recognizers' are not supported: Dogana's detectors and "
                    + "lexicons are configured on the gateway, where a DPO can review them.", "ad_hoc_recognizers");
        }
        requireLanguage(request.language());
        List<Map<String, Object>> results = new ArrayList<>();
        for (Finding finding : scanner.scan(text, options(request.entities(), request.scoreThreshold()))) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("entity_type", finding.type().name());
            result.put("start", text.codePointCount(0, finding.start()));
            result.put("end", text.codePointCount(0, finding.end()));
            result.put("score", finding.score());
            result.put("analysis_explanation", null);
            result.put("recognition_metadata", Map.of("recognizer_name", finding.detector(),
                    "recognizer_identifier", finding.detector()));
            results.add(result);
        }
        return results;
    }

    Map<String, Object> anonymize(AnonymizeRequest request, KeyedHash tenantHash) {
        String text = requireText(request.text());
        List<Finding> findings;
        if (request.analyzerResults() == null) {
            requireLanguage(request.language() == null ? "en" : request.language());
            findings = scanner.scan(text, options(null, request.scoreThreshold()));
        } else {
            findings = findingsOf(text, request.analyzerResults());
        }
        OperatorPlan plan = plan(request.anonymizers());
        Anonymized result = new Anonymizer(Optional.of(tenantHash)).apply(text, findings, plan, new PseudonymVault());
        String out = result.text();
        List<Map<String, Object>> items = new ArrayList<>();
        for (Replacement item : result.items()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("start", out.codePointCount(0, item.start()));
            entry.put("end", out.codePointCount(0, item.end()));
            entry.put("entity_type", item.type().name());
            entry.put("text", item.text());
            entry.put("operator", item.operator());
            items.add(entry);
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("text", out);
        response.put("items", items);
        return response;
    }

    private static String requireText(String text) {
        if (text == null) {
            throw GatewayException.invalidRequest("Missing required parameter: 'text'.", "text");
        }
        return text;
    }

    private static void requireLanguage(String language) {
        if (language == null) {
            throw GatewayException.invalidRequest("Missing required parameter: 'language'.", "language");
        }
        if (!LANGUAGES.contains(language.toLowerCase(Locale.ROOT))) {
            throw GatewayException.invalidRequest("Language '" + language + "' is not supported; use one of "
                    + String.join(", ", LANGUAGES.stream().sorted().toList())
                    + ". Identifiers are found in any text whatever its language.", "language");
        }
    }

    private static ScanOptions options(List<String> entities, Double threshold) {
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        if (entities != null) {
            for (String name : entities) {
                types.add(entityType(name, "entities"));
            }
        }
        double scoreThreshold = threshold == null ? 0.0 : threshold;
        if (!(scoreThreshold >= 0 && scoreThreshold <= 1)) {
            throw GatewayException.invalidRequest("'score_threshold' must be between 0 and 1.", "score_threshold");
        }
        return new ScanOptions(types, scoreThreshold);
    }

    private static EntityType entityType(String name, String param) {
        return EntityType.byName(name).orElseThrow(() -> GatewayException.invalidRequest(
                "Unknown entity type '" + name + "'. Dogana uses Presidio's names, e.g. EMAIL_ADDRESS, IBAN_CODE, "
                        + "IT_FISCAL_CODE.", param));
    }

    private static List<Finding> findingsOf(String text, List<AnonymizeRequest.Result> results) {
        int codePoints = text.codePointCount(0, text.length());
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            AnonymizeRequest.Result result = results.get(i);
            String param = "analyzer_results[" + i + "]";
            if (result == null || result.entityType() == null || result.start() == null || result.end() == null) {
                throw GatewayException.invalidRequest("'" + param + "' needs entity_type, start and end.", param);
            }
            if (result.start() < 0 || result.end() <= result.start() || result.end() > codePoints) {
                throw GatewayException.invalidRequest("'" + param + "' lies outside the text (" + codePoints
                        + " characters).", param);
            }
            double score = result.score() == null ? 1.0 : result.score();
            if (!(score >= 0 && score <= 1)) {
                throw GatewayException.invalidRequest("'" + param + ".score' must be between 0 and 1.", param + ".score");
            }
            findings.add(new Finding(entityType(result.entityType(), param + ".entity_type"),
                    text.offsetByCodePoints(0, result.start()), text.offsetByCodePoints(0, result.end()), score, "caller"));
        }
        return findings;
    }

    /** Presidio's default is {@code replace} with {@code <ENTITY_TYPE>}; a {@code DEFAULT} entry changes it. */
    private static OperatorPlan plan(Map<String, AnonymizeRequest.OperatorSpec> anonymizers) {
        Map<EntityType, Operator> byType = new EnumMap<>(EntityType.class);
        Operator fallback = Operator.REPLACE;
        if (anonymizers != null) {
            for (Map.Entry<String, AnonymizeRequest.OperatorSpec> entry : anonymizers.entrySet()) {
                String param = "anonymizers." + entry.getKey();
                Operator operator = operator(entry.getValue(), param);
                if (entry.getKey().equals("DEFAULT")) {
                    fallback = operator;
                } else {
                    byType.put(entityType(entry.getKey(), "anonymizers"), operator);
                }
            }
        }
        return new OperatorPlan(byType, fallback);
    }

    private static Operator operator(AnonymizeRequest.OperatorSpec spec, String param) {
        if (spec == null || spec.type() == null) {
            throw GatewayException.invalidRequest("'" + param + ".type' is required.", param + ".type");
        }
        char maskChar = spec.maskingChar() == null || spec.maskingChar().isEmpty() ? '*' : spec.maskingChar().charAt(0);
        return switch (spec.type().toLowerCase(Locale.ROOT)) {
            case "replace" -> new Operator.Replace(Optional.ofNullable(spec.newValue()));
            case "redact" -> Operator.REDACT;
            case "keep" -> Operator.KEEP;
            case "pseudonymize" -> Operator.PSEUDONYMIZE;
            case "hash" -> {
                if (spec.hashType() != null && !spec.hashType().equalsIgnoreCase("sha256")) {
                    throw GatewayException.invalidRequest("'" + param + ".hash_type' must be sha256: Dogana hashes "
                            + "with a tenant-keyed HMAC-SHA256.", param + ".hash_type");
                }
                yield Operator.HASH;
            }
            case "mask" -> {
                if (spec.keepLast() != null && spec.keepLast() >= 0) {
                    yield new Operator.Mask(maskChar, spec.keepLast());
                }
                if (spec.charsToMask() == null || spec.charsToMask() < 0) {
                    throw GatewayException.invalidRequest("'" + param + "' needs 'chars_to_mask' (or Dogana's "
                            + "'keep_last').", param + ".chars_to_mask");
                }
                yield new Operator.MaskChars(maskChar, spec.charsToMask(), Boolean.TRUE.equals(spec.fromEnd()));
            }
            default -> throw GatewayException.invalidRequest("Operator '" + spec.type() + "' is not supported; use "
                    + "replace, redact, mask, hash, keep or pseudonymize.", param + ".type");
        };
    }
}
