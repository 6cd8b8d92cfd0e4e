package it.policydoc.text;

/** File sizes as a download link shows them in Italian: "48 kB", "1,2 MB" (decimal units). */
public final class ItalianFileSizes {

    private static final long KILO = 1000;
    private static final long MEGA = KILO * KILO;

    private ItalianFileSizes() {
    }

    public static String format(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("negative size: " + bytes);
        }
        if (bytes < MEGA) {
            // Even a tiny file shows as "1 kB", never "0 kB".
            return Math.max(1, Math.round((double) bytes / KILO)) + " kB";
        }
        long tenths = Math.round((double) bytes / (MEGA / 10));
        return tenths / 10 + "," + tenths % 10 + " MB";
    }
}
