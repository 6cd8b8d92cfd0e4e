package it.policydoc.load;

import it.policydoc.model.SourcePos;
import java.nio.file.Path;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** snakeyaml's 0-based marks as the 1-based positions diagnostics print. */
final class YamlPositions {

    private YamlPositions() {
    }

    static SourcePos of(Path file, Mark mark) {
        return new SourcePos(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    static SourcePos of(Path file, Node node) {
        return node.getStartMark().map(m -> of(file, m)).orElse(SourcePos.start(file));
    }
}
