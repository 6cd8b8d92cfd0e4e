package it.policydoc.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One policy of one comune, from {@code policies/<comune>/<slug>.yaml}.
 *
 * @param source the YAML file it was read from, as the user named it
 * @param base the base policy that file extends, if any
 */
public record Policy(
        String slug,
        Path source,
        Optional<Path> base,
        Comune comune,
        PolicyMetadata metadata,
        List<Paragraph> preamble,
        List<Block> content) {

    public Policy {
        preamble = List.copyOf(preamble);
        content = List.copyOf(content);
    }
}
