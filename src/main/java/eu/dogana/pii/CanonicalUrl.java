package eu.dogana.pii;

import java.util.Locale;

/**
 * The one text form of a URL: scheme and host in lower case, as they are case-insensitive (RFC 3986 §6.2.2.1);
 * user information, path, query and fragment as written, because a server may tell "/Share/AbC" from
 * "/share/abc" (many shared-document and video links differ only in case).
 */
final class CanonicalUrl {

    private CanonicalUrl() {
    }

    static String of(String value) {
        String url = value.strip();
        int scheme = url.indexOf("://");
        int authorityStart = scheme < 0 ? 0 : scheme + 3;
        int authorityEnd = authorityStart;
        while (authorityEnd < url.length() && "/?#".indexOf(url.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        int hostStart = url.lastIndexOf('@', authorityEnd - 1) + 1;
        if (hostStart < authorityStart) {
            hostStart = authorityStart;
        }
        return url.substring(0, scheme < 0 ? 0 : scheme).toLowerCase(Locale.ROOT)
                + url.substring(scheme < 0 ? 0 : scheme, hostStart)
                + url.substring(hostStart, authorityEnd).toLowerCase(Locale.ROOT)
                + url.substring(authorityEnd);
    }
}
