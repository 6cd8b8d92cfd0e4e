package it.policydoc.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A comune, from {@code policies/<slug>/comune.yaml}.
 *
 * @param slug the folder name, used in URLs
 * @param stemma the coat of arms image, resolved inside the comune's folder
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
        List<HandbookChapter> chapters) {

    public Comune {
        offices = List.copyOf(offices);
        chapters = List.copyOf(chapters);
    }

    /** A comune that adds no chapters of its own to its handbooks. */
    public Comune(String slug, String name, String province, String provinceCode, String istatCode,
            Optional<Path> stemma, Contacts contacts, List<Office> offices, SourcePos pos) {
        this(slug, name, province, provinceCode, istatCode, stemma, contacts, offices, pos, List.of());
    }
}
