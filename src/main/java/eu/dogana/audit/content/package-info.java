/**
 * Erasable, encrypted content: what a purpose's {@code keep_content} keeps of a request (the prompt as the caller
 * sent it, the answer as the caller received it), for the purpose's retention, where a data subject's erasure can
 * destroy it.
 *
 * <h2>Design</h2>
 * <ul>
 *   <li>Each request's kept parts are encrypted (AES-256-GCM, {@link eu.dogana.audit.content.ContentCipher}) under a
 *       fresh per-request data key, with tenant, request id and part as associated data ({@code content_item}).</li>
 *   <li>The data key is split into one share per data subject the prompt mentions ({@link
 *       eu.dogana.audit.content.KeyShares}, n-of-n XOR): each share is that subject's key for this request, a row of
 *       {@code content_key} carrying the subject's keyed HMAC (the same one {@code subject_reference} holds). A
 *       request that mentions nobody gets one share without a subject: its content is only ever removed by
 *       retention.</li>
 *   <li>Why shares and not the data key wrapped once under each subject's key: then any one surviving subject key
 *       would still open the content, so erasing one person would depend on deleting the content rows too. With
 *       shares, destroying one person's share makes the content unreadable by itself (crypto-shredding); erasure
 *       then deletes the request's other shares and its content rows as well. A long-lived key per person was not
 *       chosen either: it would have to outlive each request that used it and be extended in place, while
 *       per-request shares simply expire with their request.</li>
 *   <li>Shares are wrapped (AES-256-GCM) under a key derived from the master content key ({@link
 *       eu.dogana.audit.content.MasterContentKey}): configured, or generated into the register home like the HMAC and
 *       signing keys. It is never in the database, so a database copy alone opens nothing; but it opens every copy,
 *       so true shredding of backups depends on backups of the key and the database being kept apart.</li>
 *   <li>The chained event holds only the SHA-256 of nonce and ciphertext ({@code prompt_content_hash} on the intent,
 *       {@code answer_content_hash} on the completion). A hash of the plaintext would outlive erasure in the
 *       append-only chain and let anyone confirm a guessed prompt; the ciphertext's hash proves which stored item the
 *       register vouches for, and GCM's tag binds it to one plaintext while the key exists.</li>
 *   <li>Erasure and retention delete key shares before content, so an interrupted run leaves content unreadable,
 *       never readable without its key. Neither touches a chained row: the chain still verifies.</li>
 * </ul>
 */
package eu.dogana.audit.content;
