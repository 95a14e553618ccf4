package eu.dogana.pii;

/**
 * The kind of personal data an {@link EntityType} is, in the terms a record of processing (GDPR Art. 30) and a
 * policy use: a purpose allows data categories, not detector names.
 */
public enum DataCategory {
    /** Names of natural persons. */
    IDENTITY,
    /** E-mail addresses, phone numbers. */
    CONTACT,
    /** Street addresses, places, postcodes. */
    LOCATION,
    /** Bank accounts, cards, crypto wallets, VAT numbers. */
    FINANCIAL,
    /** State-issued identifiers: tax, social security, identity cards, passports. */
    NATIONAL_ID,
    /** Identifiers of devices and online activity: IP and MAC addresses, URLs. */
    ONLINE_ID,
    /** Dates that can single out a person (birth dates). */
    TEMPORAL,
    /** Credentials and keys: never personal data in the GDPR sense, always dangerous to send. */
    CREDENTIAL,
    /** GDPR Art. 9(1) special categories. */
    SPECIAL,
    /** GDPR Art. 10 personal data relating to criminal convictions and offences. */
    CRIMINAL
}
