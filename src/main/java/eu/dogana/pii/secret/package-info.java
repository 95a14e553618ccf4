/**
 * Credentials: private keys, JSON web tokens, API keys of well-known services and {@code password=…} pairs. Not
 * personal data in the GDPR sense, but never to be sent to a model.
 */
package eu.dogana.pii.secret;
