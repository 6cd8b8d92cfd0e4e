package it.policydoc.model;

import java.util.List;

/**
 * What a policy says about its staff handbook ({@code manuale} in the YAML).
 *
 * @param moderation the units of the policy that make up the moderation procedure staff apply
 *     (warn, remove, block, report), as the clerk listed them (the handbook shows them in reading
 *     order); usually units of the external policy, which staff enforce but which are not
 *     addressed to them
 */
public record HandbookOptions(List<UnitRef> moderation) {

    /** A policy that says nothing about its handbook. */
    public static final HandbookOptions NONE = new HandbookOptions(List.of());

    public HandbookOptions {
        moderation = List.copyOf(moderation);
    }
}
