package it.policydoc.model;

import java.util.List;
import java.util.Optional;

/** Terms and their definitions, inside a comma or as a block of the text of its own. */
public record DefinitionList(Optional<String> id, List<Definition> definitions, SourcePos pos) implements Block {

    public DefinitionList {
        definitions = List.copyOf(definitions);
    }
}
