/**
 * Places: the {@link eu.dogana.pii.location.AddressDetector} finds street addresses with house numbers, postcodes
 * with their city, and known cities after a preposition, using the city entries of the
 * {@link eu.dogana.pii.name.Gazetteer}.
 */
package eu.dogana.pii.location;
