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
        ScanOptions options = options(request.entities(), request.scoreThreshold());
        AllowList allowed = AllowList.of(request.allowList(), request.allowListMatch());
        if (allowed != AllowList.NONE) {
            // dropped before overlaps are resolved, so an allowed value cannot hide a finding it overlaps
            options = options.withAllowed(allowed::allows);
        }
        List<Finding> findings = scanner.scan(text, options);
        CodePointOffsets offsets = CodePointOffsets.of(text);
        List<Map<String, Object>> results = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("entity_type", finding.type().name());
            result.put("start", offsets.toCodePoints(finding.start()));
            result.put("end", offsets.toCodePoints(finding.end()));
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
        // checked even when analyzer_results make them unused: a wrong value is a mistake either way
        requireLanguage(request.language() == null ? "en" : request.language());
        ScanOptions options = options(null, request.scoreThreshold());
        OperatorPlan plan = plan(request.anonymizers());
        List<Finding> findings = request.analyzerResults() == null ? scanner.scan(text, options)
                : findingsOf(text, request.analyzerResults());
        Anonymized result = new Anonymizer(Optional.of(tenantHash)).apply(text, findings, plan, new PseudonymVault());
        String out = result.text();
        CodePointOffsets offsets = CodePointOffsets.of(out);
        List<Map<String, Object>> items = new ArrayList<>(result.items().size());
        for (Replacement item : result.items()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("start", offsets.toCodePoints(item.start()));
            entry.put("end", offsets.toCodePoints(item.end()));
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
            for (int i = 0; i < entities.size(); i++) {
                types.add(entityType(entities.get(i), "entities[" + i + "]"));
            }
        }
        double scoreThreshold = threshold == null ? 0.0 : threshold;
        if (!(scoreThreshold >= 0 && scoreThreshold <= 1)) {
            throw GatewayException.invalidRequest("'score_threshold' must be between 0 and 1.", "score_threshold");
        }
        return new ScanOptions(types, scoreThreshold);
    }

    private static EntityType entityType(String name, String param) {
        if (name == null) {
            throw GatewayException.invalidRequest("'" + param + "' must be an entity type name, not null.", param);
        }
        return EntityType.byName(name).orElseThrow(() -> GatewayException.invalidRequest(
                "Unknown entity type '" + name + "'. Dogana uses Presidio's names, e.g. EMAIL_ADDRESS, IBAN_CODE, "
                        + "IT_FISCAL_CODE.", param));
    }

    private static List<Finding> findingsOf(String text, List<AnonymizeRequest.Result> results) {
        CodePointOffsets offsets = CodePointOffsets.of(text);
        int codePoints = offsets.codePointLength();
        List<Finding> findings = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            AnonymizeRequest.Result result = results.get(i);
            String param = "analyzer_results[" + i + "]";
            if (result == null) {
                throw GatewayException.invalidRequest("'" + param + "' must be an object with entity_type, start and "
                        + "end.", param);
            }
            EntityType type = entityType(result.entityType(), param + ".entity_type");
            int start = requireOffset(result.start(), param + ".start", codePoints);
            int end = requireOffset(result.end(), param + ".end", codePoints);
            if (end <= start) {
                throw GatewayException.invalidRequest("'" + param + ".end' (" + end + ") must be greater than its "
                        + "start (" + start + ").", param + ".end");
            }
            double score = result.score() == null ? 1.0 : result.score();
            if (!(score >= 0 && score <= 1)) {
                throw GatewayException.invalidRequest("'" + param + ".score' must be between 0 and 1.", param + ".score");
            }
            findings.add(new Finding(type, offsets.toUtf16(start), offsets.toUtf16(end), score, "caller"));
        }
        return findings;
    }

    /** An offset in code points, as Presidio counts them, within a text of {@code length} code points. */
    private static int requireOffset(Integer offset, String param, int length) {
        if (offset == null) {
            throw GatewayException.invalidRequest("Missing required parameter: '" + param + "'.", param);
        }
        if (offset < 0 || offset > length) {
            throw GatewayException.invalidRequest("'" + param + "' (" + offset + ") lies outside the text, which has "
                    + length + " characters (counted in code points, as Presidio does).", param);
        }
        return offset;
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
                    byType.put(entityType(entry.getKey(), param), operator);
                }
            }
        }
        return new OperatorPlan(byType, fallback);
    }

    private static Operator operator(AnonymizeRequest.OperatorSpec spec, String param) {
        if (spec == null || spec.type() == null) {
            throw GatewayException.invalidRequest("'" + param + ".type' is required.", param + ".type");
        }
        char maskChar = maskChar(spec.maskingChar(), param + ".masking_char");
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
                if (spec.keepLast() != null) {
                    if (spec.keepLast() < 0) {
                        throw GatewayException.invalidRequest("'" + param + ".keep_last' must not be negative.",
                                param + ".keep_last");
                    }
                    yield new Operator.Mask(maskChar, spec.keepLast());
                }
                if (spec.charsToMask() == null) {
                    throw GatewayException.invalidRequest("'" + param + "' needs 'chars_to_mask' (or Dogana's "
                            + "'keep_last').", param + ".chars_to_mask");
                }
                if (spec.charsToMask() < 0) {
                    throw GatewayException.invalidRequest("'" + param + ".chars_to_mask' must not be negative.",
                            param + ".chars_to_mask");
                }
                yield new Operator.MaskChars(maskChar, spec.charsToMask(), Boolean.TRUE.equals(spec.fromEnd()));
            }
            default -> throw GatewayException.invalidRequest("Operator '" + spec.type() + "' is not supported; use "
                    + "replace, redact, mask, hash, keep or pseudonymize.", param + ".type");
        };
    }

    /** Presidio takes exactly one character; '*' when none is given. */
    private static char maskChar(String given, String param) {
        if (given == null) {
            return '*';
        }
        if (given.length() != 1 || Character.isSurrogate(given.charAt(0))) {
            throw GatewayException.invalidRequest("'" + param + "' must be a single character; got '" + given + "'.",
                    param);
        }
        return given.charAt(0);
    }
}
