package it.policydoc.text.refs;

import java.util.Optional;

/**
 * An act named in a text, before any article words are joined to it: identified, malformed, or
 * (with neither an act nor a problem) cited right but not identifiable here.
 *
 * @param needsPartition true for spellings that are a reference only with an article before
 *     them: "Cost.", or a lower-case "costituzione", which is also an ordinary noun
 */
record ActMention(Span span, ActType type, Optional<LawAct> act, Optional<MalformedReason> problem,
        boolean needsPartition) {

    static ActMention identified(Span span, LawAct act) {
        return new ActMention(span, act.type(), Optional.of(act), Optional.empty(), false);
    }

    static ActMention malformed(Span span, ActType type, MalformedReason reason) {
        return new ActMention(span, type, Optional.empty(), Optional.of(reason), false);
    }

    static ActMention unidentified(Span span, ActType type) {
        return new ActMention(span, type, Optional.empty(), Optional.empty(), false);
    }

    ActMention needingPartition() {
        return new ActMention(span, type, act, problem, true);
    }
}
