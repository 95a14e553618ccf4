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
        int scheme = schemeEnd(url);
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

    /**
     * Where the scheme ends ({@code ://} after {@code [A-Za-z][A-Za-z0-9+.-]*}, RFC 3986 §3.1), or -1: a {@code ://}
     * further on ({@code www.Example.com/go?to=https://x}) is in the path or query, which keep their case.
     */
    private static int schemeEnd(String url) {
        int at = url.indexOf("://");
        if (at <= 0 || !isAsciiLetter(url.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < at; i++) {
            char c = url.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
                return -1;
            }
        }
        return at;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
