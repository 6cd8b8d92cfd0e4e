package it.policydoc.load;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.Comune;
import it.policydoc.model.Contacts;
import it.policydoc.model.Office;
import it.policydoc.model.ProvinceKind;
import it.policydoc.model.SourcePos;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/** {@code comune.yaml}, already valid against its schema, as a {@link Comune}. */
final class ComuneReader {

    private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "svg");
    /**
     * The places whose ente di area vasta is not a provincia, so that {@code provincia: Milano}
     * alone prints "Città metropolitana di Milano": the fourteen città metropolitane (legge
     * 56/2014 and the laws of Sicily and Sardinia) and the two province autonome. The liberi
     * consorzi of Sicily are named by the region's own laws, which change: those need
     * {@code tipo_provincia}.
     */
    private static final Map<String, ProvinceKind> KNOWN_ENTI = Map.ofEntries(
            Map.entry("bari", ProvinceKind.CITTA_METROPOLITANA),
            Map.entry("bologna", ProvinceKind.CITTA_METROPOLITANA),
            Map.entry("cagliari", ProvinceKind.CITTA_METROPOLITANA),
            Map.entry("catania", ProvinceKind.CITTA_METROPOLITANA),
            Map.entry("firenze", ProvinceKind.CITTA_METROPOLITANA),
            Map.entry("genova", ProvinceKind.CITTA_METROPOLITANA),
            Map.entry("messina", ProvinceKind.CITTA_METROPOLITANA),
            Map.entry("milano", ProvinceKind.CITTA_METROPOLITANA),
            Map.entry("napoli", ProvinceKind.CITTA_METROPOLITANA),
            Map.entry("palermo", ProvinceKind.CITTA_METROPOLITANA),
            Map.entry("reggio calabria", ProvinceKind.CITTA_METROPOLITANA),
            Map.entry("roma", ProvinceKind.CITTA_METROPOLITANA),
            Map.entry("roma capitale", ProvinceKind.CITTA_METROPOLITANA),
            Map.entry("torino", ProvinceKind.CITTA_METROPOLITANA),
            Map.entry("venezia", ProvinceKind.CITTA_METROPOLITANA),
            Map.entry("trento", ProvinceKind.PROVINCIA_AUTONOMA),
            Map.entry("bolzano", ProvinceKind.PROVINCIA_AUTONOMA),
            Map.entry("bolzano/bozen", ProvinceKind.PROVINCIA_AUTONOMA));

    Comune read(SourceText source, YamlMap root, String slug, List<Diagnostic> diagnostics) {
        Path file = source.file();
        Optional<Path> stemma = root.scalar("stemma").flatMap(node -> asset(file, node.getValue(),
                YamlPositions.of(file, node), diagnostics));
        String province = root.string("provincia").orElseThrow();
        return new Comune(
                slug,
                root.string("nome").orElseThrow(),
                province,
                root.string("sigla_provincia").orElseThrow(),
                root.string("codice_istat").orElseThrow(),
                stemma,
                root.map("contatti").map(ComuneReader::contacts).orElse(Contacts.none()),
                root.list("uffici").stream().map(n -> office(file, n)).toList(),
                SourcePos.start(file),
                HandbookChapters.read(folderOf(file), diagnostics),
                root.string("tipo_provincia").map(ProvinceKind::fromYaml).orElseGet(() -> provinceKind(province)));
    }

    /** The ente of a place, when {@code tipo_provincia} does not say: see {@link #KNOWN_ENTI}. */
    static ProvinceKind provinceKind(String province) {
        String place = province.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ITALIAN);
        return KNOWN_ENTI.getOrDefault(place, ProvinceKind.PROVINCIA);
    }

    private static Path folderOf(Path file) {
        Path folder = file.getParent();
        return folder == null ? Path.of("") : folder;
    }

    static Contacts contacts(YamlMap map) {
        return new Contacts(map.string("indirizzo"), map.string("telefono"), map.string("email"), map.string("pec"),
                map.string("sito"));
    }

    private static Office office(Path file, Node node) {
        YamlMap map = YamlMap.of(node).orElseThrow();
        return new Office(map.string("nome").orElseThrow(), map.string("descrizione"),
                map.map("contatti").map(ComuneReader::contacts).orElse(Contacts.none()), YamlPositions.of(file, node));
    }

    /**
     * An image named in the YAML, which must be a file inside the comune's folder: a path that
     * leaves it ("../../etc/passwd", "/home/…") could publish any file of the machine.
     */
    private static Optional<Path> asset(Path yamlFile, String name, SourcePos at, List<Diagnostic> diagnostics) {
        Path folder = yamlFile.toAbsolutePath().normalize().getParent();
        Path candidate = Path.of(name);
        Path resolved = folder.resolve(candidate).normalize();
        if (candidate.isAbsolute() || !resolved.startsWith(folder)) {
            diagnostics.add(Diagnostic.error("asset-outside-folder", at, name));
            return Optional.empty();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String extension = lower.substring(lower.lastIndexOf('.') + 1);
        if (!IMAGE_EXTENSIONS.contains(extension)) {
            diagnostics.add(Diagnostic.error("asset-unsupported", at, name));
            return Optional.empty();
        }
        InputFiles.Kind kind = InputFiles.status(resolved, folder).kind();
        if (kind == InputFiles.Kind.OUTSIDE) {
            diagnostics.add(Diagnostic.error("asset-outside-folder", at, name));
            return Optional.empty();
        }
        if (kind == InputFiles.Kind.MISSING || kind == InputFiles.Kind.FOLDER) {
            diagnostics.add(Diagnostic.error("asset-not-found", at, name));
            return Optional.empty();
        }
        // The writers read the image later: a FIFO or an unreadable file is refused now, by check too.
        Optional<Diagnostic> unreadable = InputFiles.readable(resolved, folder);
        if (unreadable.isPresent()) {
            diagnostics.add(unreadable.get());
            return Optional.empty();
        }
        return Optional.of(resolved);
    }
}
