/**
 * Who is calling: API keys, the operator's master key and Keycloak (OIDC) access tokens, resolved into one
 * {@link eu.dogana.security.Principal} with tenant and roles. Knows nothing of OpenAI; depends only on
 * {@code storage}.
 */
package eu.dogana.security;
