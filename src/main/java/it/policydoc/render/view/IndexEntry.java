package it.policydoc.render.view;

import java.util.List;

/** A comune on the site's index page, with its policies. */
public record IndexEntry(String comuneLabel, String provinceLabel, List<PolicyLink> policies) {

    public IndexEntry {
        policies = List.copyOf(policies);
    }

    /**
     * @param statusLabel "In vigore" or "Bozza": words that agree with any title
     * @param detail for an approved text the latest act and its date ("deliberazione del 15
     *     dicembre 2022"), for a draft its last modification, or null
     */
    public record PolicyLink(String href, String title, String statusLabel, String detail) {
    }
}
