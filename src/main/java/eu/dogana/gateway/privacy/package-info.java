/**
 * Personal data in OpenAI documents: which fields hold people's words ({@link eu.dogana.gateway.privacy.DocumentTexts}),
 * scanning and rewriting prompts ({@link eu.dogana.gateway.privacy.PromptGuard}), restoring and checking answers,
 * whole or streamed ({@link eu.dogana.gateway.privacy.AnswerGuard}). The detection itself is in {@code eu.dogana.pii}.
 */
package eu.dogana.gateway.privacy;
