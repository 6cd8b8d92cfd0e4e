package it.policydoc.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** The {@code --base-url} of {@code build}: the web address the site's root folder is published at. */
final class SiteAddress {

    private SiteAddress() {
    }

    /**
     * An absolute http(s) address with a host, ending with "/" so that the site's paths resolve
     * inside it; empty for anything else (a bare host, a relative path, a typo in the scheme).
     */
    static Optional<URI> parse(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return Optional.of(new URI(uri.getScheme() + "://" + uri.getRawAuthority()
                    + (path.endsWith("/") ? path : path + "/")));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
