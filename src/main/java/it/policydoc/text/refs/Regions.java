package it.policydoc.text.refs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The region each province belongs to, from {@code regions.tsv}: whose laws "L.R." cites. */
public final class Regions {

    private static final String RESOURCE = "regions.tsv";
    private static final Map<String, String> BY_PROVINCE = load();

    private Regions() {
    }

    /**
     * @param provinceCode the sigla of the province, "PA"
     * @return the region as a URN names it, "sicilia"; empty for an unknown sigla
     */
    public static Optional<String> ofProvince(String provinceCode) {
        return Optional.ofNullable(provinceCode).map(c -> BY_PROVINCE.get(c.strip().toUpperCase(Locale.ROOT)));
    }

    private static Map<String, String> load() {
        InputStream in = Regions.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        Map<String, String> regions = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t");
                    regions.put(cells[0], cells[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(regions);
    }
}
