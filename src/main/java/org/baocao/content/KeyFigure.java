package org.baocao.content;

import org.baocao.i18n.LocalizedText;
import org.baocao.source.SourcePosition;

/** A figure on the report's front page: a data path such as "outreach.people_reached" and its label. */
public record KeyFigure(String path, LocalizedText label, SourcePosition at) {}
