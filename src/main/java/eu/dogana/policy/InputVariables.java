package eu.dogana.policy;

import dev.cel.runtime.CelVariableResolver;
import eu.dogana.pii.DataCategory;
import eu.dogana.pii.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Binds the variables {@link ConditionEnvironment} declares to one {@link PolicyInput}, without building a map: each
 * name is answered when the program asks for it, and derived lists are built at most once per decision.
 */
final class InputVariables implements CelVariableResolver {

    private final PolicyInput input;
    private final Purpose purpose;
    private List<String> roles;
    private List<String> types;
    private List<String> special;
    private List<String> categories;
    private List<String> languages;
    private List<String> purposeCategories;
    private List<String> purposeSpecial;

    /** @param purpose the declared purpose's definition, or {@code null} when none was declared or it is unknown */
    InputVariables(PolicyInput input, Purpose purpose) {
        this.input = input;
        this.purpose = purpose;
    }

    @Override
    public Optional<Object> find(String name) {
        return Optional.ofNullable(value(name));
    }

    private Object value(String name) {
        return switch (name) {
            case "principal.id" -> input.principalId();
            case "principal.tenant" -> input.tenant();
            case "principal.roles" -> roles == null ? roles = List.copyOf(input.roles()) : roles;
            case "purpose" -> input.hasPurpose() ? input.purpose() : "";
            case "purpose_info.known" -> purpose != null;
            case "purpose_info.legal_basis" -> purpose == null ? "" : purpose.legalBasis().wireName();
            case "purpose_info.data_categories" -> purposeCategories();
            case "purpose_info.special" -> purposeSpecial();
            case "purpose_info.art9_2" ->
                purpose == null || purpose.special().isEmpty() ? "" : purpose.special().get().art92();
            case "model" -> input.model();
            case "backend.region" -> input.candidateRegions().isEmpty() ? "" : input.candidateRegions().get(0);
            case "backend.regions" -> input.candidateRegions();
            case "findings.count" -> new EntityCounts(input.findings());
            case "findings.total" -> total();
            case "findings.types" -> types();
            case "findings.special" -> special();
            case "findings.categories" -> categories();
            case "findings.languages" ->
                languages == null ? languages = List.copyOf(input.findings().languages()) : languages;
            case "findings.minors" -> (long) input.findings().minors();
            case "request.tokens" -> (long) input.request().promptTokens();
            case "request.stream" -> input.request().stream();
            case "request.tools" -> input.request().tools();
            case "time" -> input.time();
            default -> null;
        };
    }

    private long total() {
        long total = 0;
        for (int count : input.findings().counts().values()) {
            total += count;
        }
        return total;
    }

    private List<String> types() {
        if (types == null) {
            List<String> names = new ArrayList<>(input.findings().counts().size());
            for (EntityType type : input.findings().counts().keySet()) {
                names.add(type.name());
            }
            types = names;
        }
        return types;
    }

    private List<String> special() {
        if (special == null) {
            List<String> names = new ArrayList<>(2);
            for (EntityType type : input.findings().counts().keySet()) {
                if (type.isSpecialCategory()) {
                    names.add(type.name());
                }
            }
            special = names;
        }
        return special;
    }

    private List<String> categories() {
        if (categories == null) {
            List<String> names = new ArrayList<>();
            for (DataCategory category : input.findings().categories()) {
                names.add(category.name());
            }
            categories = names;
        }
        return categories;
    }

    private List<String> purposeCategories() {
        if (purposeCategories == null) {
            List<String> names = new ArrayList<>();
            if (purpose != null) {
                for (DataCategory category : DataCategory.values()) {
                    if (purpose.dataCategories().contains(category)) {
                        names.add(category.name());
                    }
                }
            }
            purposeCategories = names;
        }
        return purposeCategories;
    }

    private List<String> purposeSpecial() {
        if (purposeSpecial == null) {
            List<String> names = new ArrayList<>();
            if (purpose != null && purpose.special().isPresent()) {
                for (EntityType type : EntityType.values()) {
                    if (purpose.special().get().types().contains(type)) {
                        names.add(type.name());
                    }
                }
            }
            purposeSpecial = names;
        }
        return purposeSpecial;
    }
}
