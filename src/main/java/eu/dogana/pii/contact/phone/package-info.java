/**
 * Phone numbers of every EU/EEA region, in national and international writing. libphonenumber is the validator of
 * record; the classes beside {@link eu.dogana.pii.contact.phone.PhoneDetector} answer the common cases without its
 * {@code parse}: {@link eu.dogana.pii.contact.phone.DigitAutomaton} holds each region's national-number patterns as one
 * table over the digits, and {@link eu.dogana.pii.contact.phone.SharedCallingCode} chooses among regions that share a
 * calling code exactly as {@code isValidNumber} does.
 */
package eu.dogana.pii.contact.phone;
