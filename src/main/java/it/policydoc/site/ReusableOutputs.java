package it.policydoc.site;

import it.policydoc.pdf.PrintDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The expensive outputs of one comune (PDFs, office documents) that its last build left, each
 * with the fingerprint of what it was made from: an output whose fingerprint comes out the same
 * again is linked from the current site into the new one instead of being made again. Records
 * the fingerprint of every output written or linked, for the next build. Used by the threads
 * that write one comune.
 */
public final class ReusableOutputs {

    private final Path previousSite;
    private final Map<String, String> previous;
    private final Map<String, String> recorded = new TreeMap<>();

    /**
     * @param previousSite the site the last build published
     * @param previous the fingerprint of each of the comune's outputs there, by path from the site's root
     */
    public ReusableOutputs(Path previousSite, Map<String, String> previous) {
        this.previousSite = previousSite;
        this.previous = Map.copyOf(previous);
    }

    /** Nothing to reuse: every output is made. */
    public static ReusableOutputs none() {
        return new ReusableOutputs(Path.of(""), Map.of());
    }

    /** Makes a PDF. */
    @FunctionalInterface
    public interface PdfMaker {
        byte[] write(PrintDocument document) throws IOException;
    }

    /** A PDF: linked from the last build if it was made from the same document, made now otherwise; returns its size. */
    long pdf(Path site, String path, PrintDocument document, PdfMaker maker) throws IOException {
        String fingerprint = OutputFingerprint.of(document);
        return reusable(path, fingerprint) ? reuse(site, path, fingerprint)
                : write(site, path, fingerprint, maker.write(document));
    }

    /** Whether the last build left this output, made from the same thing. */
    boolean reusable(String path, String fingerprint) {
        return fingerprint.equals(previous.get(path)) && Files.isRegularFile(previousSite.resolve(path));
    }

    /** Links the output the last build left into the new site; returns its size. */
    long reuse(Path site, String path, String fingerprint) throws IOException {
        Path target = site.resolve(path);
        Files.createDirectories(target.getParent());
        HardLinks.linkOrCopy(previousSite.resolve(path), target);
        record(path, fingerprint);
        return Files.size(target);
    }

    /** Writes an output made now; returns its size. */
    long write(Path site, String path, String fingerprint, byte[] content) throws IOException {
        Path target = site.resolve(path);
        Files.createDirectories(target.getParent());
        Files.write(target, content);
        record(path, fingerprint);
        return content.length;
    }

    private synchronized void record(String path, String fingerprint) {
        recorded.put(path, fingerprint);
    }

    /** The fingerprint of every output written or linked, by path from the site's root. */
    public synchronized Map<String, String> recorded() {
        return Map.copyOf(recorded);
    }
}
