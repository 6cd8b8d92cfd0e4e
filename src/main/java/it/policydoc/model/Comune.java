package it.policydoc.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A comune, from {@code policies/<slug>/comune.yaml}.
 *
 * @param slug the folder name, used in URLs
 * @param stemma the coat of arms image, resolved inside the comune's folder
 * @param province the provincia (or other ente di area vasta) as written in {@code provincia}:
 *     a place ("Fermo") or the ente's whole name ("Città metropolitana di Milano")
 * @param provinceKind which ente it is, as written in {@code tipo_provincia} or known from the place
 * @param chapters the comune's own chapters for its staff handbooks, sorted by file name
 */
public record Comune(
        String slug,
        String name,
        String province,
        String provinceCode,
        String istatCode,
        Optional<Path> stemma,
        Contacts contacts,
        List<Office> offices,
        SourcePos pos,
        List<HandbookChapter> chapters,
        ProvinceKind provinceKind) {

    public Comune {
        offices = List.copyOf(offices);
        chapters = List.copyOf(chapters);
    }

    /** A comune in a provincia. */
    public Comune(String slug, String name, String province, String provinceCode, String istatCode,
            Optional<Path> stemma, Contacts contacts, List<Office> offices, SourcePos pos,
            List<HandbookChapter> chapters) {
        this(slug, name, province, provinceCode, istatCode, stemma, contacts, offices, pos, chapters,
                ProvinceKind.PROVINCIA);
    }

    /** A comune in a provincia that adds no chapters of its own to its handbooks. */
    public Comune(String slug, String name, String province, String provinceCode, String istatCode,
            Optional<Path> stemma, Contacts contacts, List<Office> offices, SourcePos pos) {
        this(slug, name, province, provinceCode, istatCode, stemma, contacts, offices, pos, List.of(),
                ProvinceKind.PROVINCIA);
    }
}
