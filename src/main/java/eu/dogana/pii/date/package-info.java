/**
 * Calendar dates, numeric and written out in the eight supported languages; a date next to birth context is a date
 * of birth.
 */
package eu.dogana.pii.date;
