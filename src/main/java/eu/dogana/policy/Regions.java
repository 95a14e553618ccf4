package eu.dogana.policy;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Named groups of regions a residency policy may list, and the check that a name is a region at all.
 *
 * <p>{@code ADEQUACY} holds the countries and territories with a European Commission adequacy decision under GDPR
 * Art. 45 (or its predecessor, kept in force by Art. 45(9)) covering the private sector: Andorra, Argentina, Canada
 * (organisations under PIPEDA), the Faroe Islands, Guernsey, Israel, the Isle of Man, Japan, Jersey, New Zealand,
 * the Republic of Korea, Switzerland, the United Kingdom and Uruguay. The United States is not in it: its decision
 * (EU-US Data Privacy Framework, 2023) covers only certified organisations, which a country code cannot say. A
 * backend run by a DPF-certified organisation in the US declares its region as {@code US-DPF}, and a policy lists
 * {@code US-DPF} explicitly if it accepts that.
 */
final class Regions {

    static final Set<String> EU = Set.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
            "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    static final Set<String> EEA = union(EU, Set.of("IS", "LI", "NO"));

    static final Set<String> ADEQUACY =
            Set.of("AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "GB", "UY");

    /** EEA plus adequacy: where personal data may go without further safeguards under Chapter V. */
    static final Set<String> DEFAULT = union(EEA, ADEQUACY);

    static final Map<String, Set<String>> GROUPS = Map.of("EU", EU, "EEA", EEA, "ADEQUACY", ADEQUACY);

    /** Not an ISO 3166 code, but how a backend operated by a DPF-certified US organisation declares its region. */
    static final String US_DPF = "US-DPF";

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private Regions() {}

    /** Whether a name is an ISO 3166-1 alpha-2 country code or {@code US-DPF}. */
    static boolean isRegion(String name) {
        return ISO_COUNTRIES.contains(name) || US_DPF.equals(name);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
