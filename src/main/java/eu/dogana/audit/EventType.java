package eu.dogana.audit;

/** What an event in the register records. */
public enum EventType {
    /** A request passed every check and is about to be forwarded; committed before the backend is called. */
    REQUEST_INTENT,
    /** A forwarded request ended: answered, failed, cut or abandoned; committed before the caller's last byte. */
    REQUEST_COMPLETION,
    /** The gateway refused a request (bad credential, role, model, input…); nothing reached a backend. */
    REQUEST_REFUSED,
    /** An administrator issued an API key. */
    KEY_ISSUED,
    /** An administrator revoked an API key. */
    KEY_REVOKED,
    /** A DPO looked up the requests about a data subject (GDPR Art. 15 access). */
    SUBJECT_SEARCHED,
    /**
     * A DPO erased a data subject's references and destroyed the content kept about them (GDPR Art. 17); the event
     * holds counts, not the subject.
     */
    SUBJECT_ERASED,
    /** A DPO read the content kept for a request (policy {@code keep_content}); the event names the request only. */
    CONTENT_READ,
    /** The retention job deleted side-table rows (references, kept content and its keys) whose retention had ended. */
    RETENTION_APPLIED,
    /** The policy bundle was reloaded (or a reload was refused): which bundle is in force from now on. */
    POLICY_RELOADED,
    /** Someone searched the register of their own tenant (an auditor, a DPO, an admin). */
    AUDITOR_QUERY,
    /** An administrator or the operator searched the register beyond their own tenant. */
    ADMIN_QUERY,
    /** The search index was rebuilt from the register. */
    INDEX_REBUILT
}
