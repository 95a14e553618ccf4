/**
 * What the JSON APIs beside {@code /v1} share: access checks by role and OpenAI-shaped errors. Used by
 * {@code admin} and {@code report}.
 */
package eu.dogana.api;
