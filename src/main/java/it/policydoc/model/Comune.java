package it.policydoc.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A comune, from {@code policies/<slug>/comune.yaml}.
 *
 * @param slug the folder name, used in URLs
 * @param stemma the coat of arms image, resolved inside the comune's folder
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
        SourcePos pos) {

    public Comune {
        offices = List.copyOf(offices);
    }
}
