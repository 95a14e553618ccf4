/**
 * Network identifiers of devices: IPv4/IPv6 and MAC addresses. Candidates are found by cheap character triggers and
 * checked by small parsers, never by one large regular expression.
 */
package eu.dogana.pii.network;
