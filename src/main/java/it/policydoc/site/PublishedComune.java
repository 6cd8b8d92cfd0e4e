package it.policydoc.site;

import it.policydoc.render.view.IndexEntry;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one comune contributes to a site: its entry on the home page and the files written for
 * its policies (relative to the site root), so that a later build can keep them as they are;
 * the fingerprint of what each expensive output was made from, so that a later build that
 * renders the comune again can keep those that come out the same; and the handbook conversions
 * it used (names in {@link HandbookCache}).
 */
public record PublishedComune(String slug, IndexEntry entry, List<String> files, Map<String, String> outputs,
        Set<String> skeletons) {

    public PublishedComune {
        files = List.copyOf(files);
        outputs = Map.copyOf(outputs);
        skeletons = Set.copyOf(skeletons);
    }
}
