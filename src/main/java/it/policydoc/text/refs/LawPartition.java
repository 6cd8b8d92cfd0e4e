package it.policydoc.text.refs;

import java.util.Objects;
import java.util.Optional;

/**
 * The part of an act a law reference names: "art. 1, comma 5" of the L. 150/2000.
 *
 * @param article the article as numbered in the act, with its Latin suffix if any: "21", "2-bis"
 * @param comma the comma in the same form, if named
 * @param letter the letter of a point ("b" for "lettera b)"), if named
 */
public record LawPartition(String article, Optional<String> comma, Optional<String> letter) {

    public LawPartition {
        Objects.requireNonNull(article);
        Objects.requireNonNull(comma);
        Objects.requireNonNull(letter);
    }

    public static LawPartition article(String article) {
        return new LawPartition(article, Optional.empty(), Optional.empty());
    }
}
