/**
 * The inference servers behind the gateway: configuration, routing by model with retries before the first
 * byte, health probes and per-backend circuit breakers, and the non-blocking HTTP client. Speaks the OpenAI wire
 * protocol to backends but knows nothing of callers; depends on nothing else of ours.
 */
package eu.dogana.backend;
