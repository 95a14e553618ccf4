package eu.dogana.policy;

import eu.dogana.pii.DataCategory;
import eu.dogana.pii.EntityType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads one entry of {@code purposes}. */
final class PurposeReader {

    static final Pattern ID = Pattern.compile("[a-z][a-z0-9_.-]{0,63}");

    private static final Set<String> KEYS = Set.of("id", "description", "legal_basis", "retention_days",
            "data_categories", "special_categories", "data_subjects", "recipients", "output", "keep_content");
    private static final Set<String> SPECIAL_KEYS = Set.of("types", "art9_2", "condition", "art10");
    private static final Pattern ART_9_2_POINT = Pattern.compile("[a-j]");

    private PurposeReader() {}

    /** A purpose with its output settings, which are resolved once the bundle's default output is known. */
    record Read(Purpose purpose, OutputSettings output, Node idNode, String location) {}

    static Optional<Read> read(YamlMapping entry) {
        SourceFile file = entry.file();
        entry.allowOnly(KEYS);
        Optional<String> id = entry.requiredString("id");
        id.ifPresent(value -> {
            if (!ID.matcher(value).matches()) {
                file.error(entry.value("id").orElseThrow(),
                        "purpose id '" + value + "' must match " + ID.pattern());
            }
        });
        Optional<String> description = entry.requiredString("description");
        Optional<LegalBasis> basis = entry.requiredString("legal_basis").flatMap(name -> {
            Optional<LegalBasis> found = LegalBasis.fromWireName(name);
            if (found.isEmpty()) {
                file.error(entry.value("legal_basis").orElseThrow(), "unknown legal basis '" + name
                        + "' (expected one of: consent, contract, legal_obligation, vital_interests, public_task,"
                        + " legitimate_interests)");
            }
            return found;
        });
        Optional<Integer> retention = entry.required("retention_days")
                .flatMap(node -> YamlMapping.asInteger(file, node, "retention_days", 0));
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        for (ScalarNode node : entry.strings("data_categories")) {
            DataCategory category = null;
            for (DataCategory candidate : DataCategory.values()) {
                if (candidate.name().equals(node.getValue())) {
                    category = candidate;
                }
            }
            if (category == null) {
                file.error(node, "unknown data category '" + node.getValue() + "'");
            } else if (category == DataCategory.SPECIAL || category == DataCategory.CRIMINAL) {
                file.error(node, "data category " + category
                        + " is allowed only through special_categories, naming an Art. 9(2) condition");
            } else {
                categories.add(category);
            }
        }
        Optional<SpecialCategoryCondition> special = entry.mapping("special_categories").flatMap(PurposeReader::special);
        boolean specialValid = !entry.has("special_categories") || special.isPresent();
        OutputSettings output = entry.mapping("output").map(SettingsReader::output).orElse(OutputSettings.NONE);
        Optional<ContentKeeping> keepContent = entry.string("keep_content").map(name -> ContentKeeping.fromWireName(name)
                .orElseGet(() -> {
                    file.error(entry.value("keep_content").orElseThrow(),
                            "'keep_content' must be none, prompt or prompt_and_answer, got '" + name + "'");
                    return null;
                }));
        boolean keepValid = !entry.has("keep_content") || keepContent.isPresent();
        List<String> subjects = texts(entry.strings("data_subjects"));
        List<String> recipients = texts(entry.strings("recipients"));
        if (id.isEmpty() || description.isEmpty() || basis.isEmpty() || retention.isEmpty() || !specialValid
                || !keepValid) {
            return Optional.empty();
        }
        Purpose purpose = new Purpose(id.get(), description.get(), basis.get(), retention.get(), categories,
                special, subjects, recipients, Optional.empty(),
                keepContent.orElse(ContentKeeping.NONE));
        Node idNode = entry.value("id").orElseThrow();
        return Optional.of(new Read(purpose, output, idNode, file.location(idNode)));
    }

    private static Optional<SpecialCategoryCondition> special(YamlMapping spec) {
        SourceFile file = spec.file();
        spec.allowOnly(SPECIAL_KEYS);
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        boolean valid = true;
        if (!spec.has("types")) {
            file.error(spec.node(), "missing key 'types'");
            valid = false;
        }
        for (ScalarNode node : spec.strings("types")) {
            Optional<EntityType> type = EntityType.byName(node.getValue());
            if (type.isEmpty()) {
                file.error(node, "unknown entity type '" + node.getValue() + "'");
                valid = false;
            } else if (!type.get().isSpecialCategory()) {
                file.error(node, node.getValue() + " is not a special category (Art. 9) or criminal (Art. 10) type");
                valid = false;
            } else {
                types.add(type.get());
            }
        }
        boolean needsArt9 = types.stream().anyMatch(t -> t.category() == DataCategory.SPECIAL);
        Optional<String> point = spec.string("art9_2");
        if (point.isPresent() && !ART_9_2_POINT.matcher(point.get()).matches()) {
            file.error(spec.value("art9_2").orElseThrow(),
                    "art9_2 names a point of GDPR Art. 9(2), a letter from a to j; got '" + point.get() + "'");
            valid = false;
        } else if (point.isEmpty() && needsArt9) {
            file.error(spec.node(), "special categories need 'art9_2': the point of GDPR Art. 9(2) relied on");
            valid = false;
        }
        Optional<String> condition = spec.requiredString("condition");
        Optional<String> art10 = spec.string("art10");
        if (types.contains(EntityType.CRIMINAL_RECORD) && art10.isEmpty()) {
            file.error(spec.node(), "CRIMINAL_RECORD needs 'art10': the Union or member-state law authorising it"
                    + " (GDPR Art. 10)");
            valid = false;
        }
        if (!valid || condition.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SpecialCategoryCondition(types, point.orElse(""), condition.get(), art10));
    }

    private static List<String> texts(List<ScalarNode> nodes) {
        List<String> out = new ArrayList<>(nodes.size());
        for (ScalarNode node : nodes) {
            out.add(node.getValue());
        }
        return out;
    }
}
