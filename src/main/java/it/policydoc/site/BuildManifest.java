package it.policydoc.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import it.policydoc.render.view.IndexEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a build published, kept in the site folder so that the next build renders only what
 * changed: the fingerprint of the tool, and for each comune the fingerprint of its inputs, its
 * home page entry, its files, the fingerprint of what each expensive output was made from, and
 * the handbook conversions it used. A manifest that cannot be read means "render everything".
 */
public record BuildManifest(String tool, Map<String, Comune> comuni) {

    /** The file in the site folder; not part of the published site. */
    public static final String FILE = ".policydoc-build.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /**
     * One comune as published: the inputs it was made from, its home page entry, its files, the
     * fingerprints of its expensive outputs (by path) and the names of its handbook conversions.
     */
    public record Comune(String inputs, IndexEntry entry, List<String> files, Map<String, String> outputs,
            List<String> skeletons) {

        public Comune {
            files = List.copyOf(files);
            outputs = outputs == null ? Map.of() : Map.copyOf(new TreeMap<>(outputs));
            skeletons = skeletons == null ? List.of() : List.copyOf(new TreeSet<>(skeletons));
        }
    }

    public BuildManifest {
        comuni = Map.copyOf(new TreeMap<>(comuni));
    }

    public static Optional<BuildManifest> read(Path site) {
        Path file = site.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), BuildManifest.class));
        } catch (IOException e) {
            // Damaged or from another version: the next build simply renders everything again.
            return Optional.empty();
        }
    }

    public void write(Path site) throws IOException {
        JSON.writeValue(site.resolve(FILE).toFile(), this);
    }
}
