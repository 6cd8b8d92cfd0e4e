package it.policydoc.model;

/** One element of a policy's body, in reading order. */
public sealed interface Block permits Section, Article, Paragraph, PointList, DefinitionList {

    SourcePos pos();
}
