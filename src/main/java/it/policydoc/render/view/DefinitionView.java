package it.policydoc.render.view;

/** A defined term and its definition, both already rendered to safe HTML. */
public record DefinitionView(String anchor, String termHtml, String definitionHtml) {
}
