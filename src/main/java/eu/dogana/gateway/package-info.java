/**
 * The OpenAI-compatible API: the ordered request pipeline ({@code stage}), forwarding through
 * {@code backend}, and relaying answers back, streamed ones as server-sent events ({@code relay},
 * {@code sse}). Errors always leave in the OpenAI shape ({@code error}).
 */
package eu.dogana.gateway;
