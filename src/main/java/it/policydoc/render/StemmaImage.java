package it.policydoc.render;

import it.policydoc.model.Comune;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;

/** The comune's coat of arms inside a printed document: a data: URI, since the PDF writer fetches nothing. */
public final class StemmaImage {

    private StemmaImage() {
    }

    /** The stemma as a data: URI, or null when the comune has none. */
    public static String dataUri(Comune comune) throws IOException {
        if (comune.stemma().isEmpty()) {
            return null;
        }
        Path file = comune.stemma().get();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String mimeType = name.endsWith(".svg") ? "image/svg+xml"
                : name.endsWith(".png") ? "image/png"
                : "image/jpeg";
        return "data:" + mimeType + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(file));
    }
}
