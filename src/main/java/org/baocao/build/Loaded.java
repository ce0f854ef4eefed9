package org.baocao.build;

import java.util.Map;
import org.baocao.content.Project;
import org.baocao.i18n.Messages;
import org.baocao.render.RenderedReport;
import org.baocao.render.Theme;

/** The project loaded and every report rendered in every language, in memory: what check validates and build writes. */
public record Loaded(Project project, Theme theme, Map<String, Messages> messages,
                     Map<String, Map<String, RenderedReport>> reports) {}
