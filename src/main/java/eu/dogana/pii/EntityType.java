package eu.dogana.pii;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a finding is. Names follow Microsoft Presidio's where Presidio has one ({@code EMAIL_ADDRESS},
 * {@code IBAN_CODE}, {@code IT_FISCAL_CODE} …) so that its users recognise them; the national identifiers Presidio
 * lacks follow its {@code CC_NAME} pattern. Policy files and the {@code /v1/pii} API use these names.
 */
public enum EntityType {
    PERSON(DataCategory.IDENTITY),
    LOCATION(DataCategory.LOCATION),
    EMAIL_ADDRESS(DataCategory.CONTACT),
    PHONE_NUMBER(DataCategory.CONTACT),
    IBAN_CODE(DataCategory.FINANCIAL),
    CREDIT_CARD(DataCategory.FINANCIAL),
    CRYPTO(DataCategory.FINANCIAL),
    /** An EU VAT identification number with its country prefix (any member state). */
    EU_VAT_NUMBER(DataCategory.FINANCIAL),
    IP_ADDRESS(DataCategory.ONLINE_ID),
    MAC_ADDRESS(DataCategory.ONLINE_ID),
    URL(DataCategory.ONLINE_ID),
    DATE_TIME(DataCategory.TEMPORAL),
    /** A date with birth context ("born on", "geboren am", "nato il" …). */
    DATE_OF_BIRTH(DataCategory.TEMPORAL),
    /** A passport number, recognised only with context. */
    PASSPORT(DataCategory.NATIONAL_ID),
    IT_FISCAL_CODE(DataCategory.NATIONAL_ID),
    IT_VAT_CODE(DataCategory.FINANCIAL),
    DE_TAX_ID(DataCategory.NATIONAL_ID),
    DE_ID_CARD(DataCategory.NATIONAL_ID),
    DE_HEALTH_INSURANCE_NUMBER(DataCategory.NATIONAL_ID),
    FR_NIR(DataCategory.NATIONAL_ID),
    ES_NIF(DataCategory.NATIONAL_ID),
    ES_NIE(DataCategory.NATIONAL_ID),
    NL_BSN(DataCategory.NATIONAL_ID),
    PL_PESEL(DataCategory.NATIONAL_ID),
    BE_NATIONAL_NUMBER(DataCategory.NATIONAL_ID),
    AT_SVNR(DataCategory.NATIONAL_ID),
    PT_NIF(DataCategory.NATIONAL_ID),
    SE_PERSONNUMMER(DataCategory.NATIONAL_ID),
    FI_PERSONAL_IDENTITY_CODE(DataCategory.NATIONAL_ID),
    DK_CPR(DataCategory.NATIONAL_ID),
    IE_PPSN(DataCategory.NATIONAL_ID),
    /** API keys, private keys, JWTs, passwords in {@code key=value} form. */
    SECRET(DataCategory.CREDENTIAL),
    HEALTH(DataCategory.SPECIAL),
    RELIGION(DataCategory.SPECIAL),
    ETHNIC_ORIGIN(DataCategory.SPECIAL),
    POLITICAL_OPINION(DataCategory.SPECIAL),
    TRADE_UNION(DataCategory.SPECIAL),
    SEX_LIFE_OR_ORIENTATION(DataCategory.SPECIAL),
    GENETIC(DataCategory.SPECIAL),
    BIOMETRIC(DataCategory.SPECIAL),
    CRIMINAL_RECORD(DataCategory.CRIMINAL);

    private static final Map<String, EntityType> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Enum::name, Function.identity()));

    private final DataCategory category;

    EntityType(DataCategory category) {
        this.category = category;
    }

    public DataCategory category() {
        return category;
    }

    /** Art. 9(1) special category or Art. 10 criminal data: a policy must name a condition to allow it. */
    public boolean isSpecialCategory() {
        return category == DataCategory.SPECIAL || category == DataCategory.CRIMINAL;
    }

    /** The type of this exact name, case-sensitive as Presidio's are; empty for names we do not know. */
    public static Optional<EntityType> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
