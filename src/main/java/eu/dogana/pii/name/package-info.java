/**
 * Names of people: the {@link eu.dogana.pii.name.Gazetteer} of first names, surnames and cities of eight locales
 * (Datafaker's lists, read from the dependency at first use and compiled into one hash table, with the closed word
 * classes the rules need), and the {@link eu.dogana.pii.name.PersonDetector} that combines it with titles,
 * particles and capitalisation.
 */
package eu.dogana.pii.name;
