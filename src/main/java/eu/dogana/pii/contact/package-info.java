/**
 * Contact data: e-mail addresses, phone numbers (sub-package {@code phone}) and URLs. Each detector starts from a cheap trigger (an {@code '@'},
 * a digit run, a {@code "://"} or {@code "www."}) and validates before reporting.
 */
package eu.dogana.pii.contact;
