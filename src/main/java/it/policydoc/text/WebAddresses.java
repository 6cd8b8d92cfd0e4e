package it.policydoc.text;

import java.util.HexFormat;

/**
 * A web or mail address as the clerk wrote it, made fit for an {@code href}: characters that
 * browsers accept but URL syntax does not ({@code | { } ^ `}, quotes, angle brackets, spaces)
 * are percent-encoded, which leaves the address the same for every browser and makes the page
 * valid for HTML checkers.
 */
public final class WebAddresses {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final String NOT_IN_URLS = " \"<>\\^`{|}";

    private WebAddresses() {
    }

    public static String href(String address) {
        String stripped = address.strip();
        StringBuilder href = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (NOT_IN_URLS.indexOf(c) >= 0 || c < 0x20 || c == 0x7F) {
                href.append('%').append(HEX.toHexDigits((byte) c));
            } else {
                href.append(c);
            }
        }
        return href.toString();
    }
}
