package it.policydoc.site;

import it.policydoc.render.view.IndexEntry;
import java.util.List;

/**
 * What one comune contributes to a site: its entry on the home page and the files written for
 * its policies (relative to the site root), so that a later build can keep them as they are.
 */
public record PublishedComune(String slug, IndexEntry entry, List<String> files) {

    public PublishedComune {
        files = List.copyOf(files);
    }
}
