package it.policydoc.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One policy of one comune, from {@code policies/<comune>/<slug>.yaml}.
 *
 * @param source the YAML file it was read from, as the user named it
 * @param base the base policy that file extends, if any
 * @param handbook what the policy says about its staff handbook
 */
public record Policy(
        String slug,
        Path source,
        Optional<Path> base,
        Comune comune,
        PolicyMetadata metadata,
        List<Paragraph> preamble,
        List<Block> content,
        HandbookOptions handbook) {

    public Policy {
        preamble = List.copyOf(preamble);
        content = List.copyOf(content);
    }

    /** A policy that says nothing about its handbook ({@code manuale} absent). */
    public Policy(String slug, Path source, Optional<Path> base, Comune comune, PolicyMetadata metadata,
            List<Paragraph> preamble, List<Block> content) {
        this(slug, source, base, comune, metadata, preamble, content, HandbookOptions.NONE);
    }
}
