package it.policydoc.util;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, which fingerprints, seals and caches use: a digest to feed, or the hex of some bytes. */
public final class Sha256 {

    private Sha256() {
    }

    /** A new digest; every Java has SHA-256, so its absence is a broken runtime, not a user's problem. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The SHA-256 of the bytes, in lower-case hexadecimal. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }
}
