package eu.dogana.audit.content;

/**
 * What erasing a data subject destroyed: the requests whose content became unreadable, the kept items deleted with
 * them and the key shares deleted (the subject's own and the other shares of those requests).
 */
public record ContentErasure(int requests, int contentItems, int keyShares) {

    public static final ContentErasure NONE = new ContentErasure(0, 0, 0);
}
