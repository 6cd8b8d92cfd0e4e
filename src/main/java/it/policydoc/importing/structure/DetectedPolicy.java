package it.policydoc.importing.structure;

import it.policydoc.importing.source.DroppedLine;
import it.policydoc.model.Block;
import it.policydoc.model.Comune;
import it.policydoc.model.HandbookOptions;
import it.policydoc.model.Paragraph;
import it.policydoc.model.Policy;
import it.policydoc.model.PolicyMetadata;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the structure detector found in a foreign file: the policy's metadata and text, what the
 * text says about the ente, and every line left out of the text.
 *
 * @param enteName the ente as the letterhead names it ("Coccaglio" for "COMUNE DI COCCAGLIO")
 * @param province the province or città metropolitana the text names, if any
 */
public record DetectedPolicy(
        PolicyMetadata metadata,
        List<Paragraph> preamble,
        List<Block> content,
        Optional<String> enteName,
        Optional<String> province,
        List<DroppedLine> dropped) {

    public DetectedPolicy {
        preamble = List.copyOf(preamble);
        content = List.copyOf(content);
        dropped = List.copyOf(dropped);
    }

    /** The policy as it will be written to {@code file}, in the folder of {@code comune}. */
    public Policy policy(String slug, Path file, Comune comune) {
        return new Policy(slug, file, Optional.empty(), comune, metadata, preamble, content, HandbookOptions.NONE);
    }

    public DetectedPolicy withContent(List<Paragraph> newPreamble, List<Block> newContent) {
        return new DetectedPolicy(metadata, newPreamble, newContent, enteName, province, dropped);
    }
}
