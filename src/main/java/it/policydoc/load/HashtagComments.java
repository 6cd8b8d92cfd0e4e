package it.policydoc.load;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.SourcePos;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.events.CommentEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Hashtags that YAML took for comments. In a text without quotes, " #" starts a comment, so
 * "Seguici su #Coccaglio" is published as "Seguici su". A comment written after a value with a
 * space after the "#" ("stato: bozza  # da approvare") is meant as one and stays allowed, as do
 * comment lines of their own; a "#" glued to a word after a value is an error at the "#".
 */
final class HashtagComments {

    private HashtagComments() {
    }

    static List<Diagnostic> find(Path file, String source, LoadSettings settings) {
        LoadSettings withComments = LoadSettings.builder()
                .setLabel(settings.getLabel())
                .setUseMarks(true)
                .setParseComments(true)
                .setCodePointLimit(settings.getCodePointLimit())
                .build();
        List<Diagnostic> found = new ArrayList<>();
        try {
            for (Event event : new Parse(withComments).parseString(source)) {
                if (event instanceof CommentEvent comment && comment.getCommentType() == CommentType.IN_LINE
                        && isHashtag(comment.getValue())) {
                    found.add(Diagnostic.error("yaml-hashtag", comment.getStartMark()
                            .map(m -> YamlPositions.of(file, m)).orElse(SourcePos.start(file))));
                }
            }
        } catch (YamlEngineException e) {
            // The file composed without comments; if reading comments trips the parser, there is no hashtag to report.
        }
        return found;
    }

    /** What follows the "#": a word right after it, not a space (nor a run of "#" as a ruler). */
    private static boolean isHashtag(String comment) {
        return !comment.isEmpty() && !Character.isWhitespace(comment.codePointAt(0)) && comment.charAt(0) != '#';
    }
}
