package org.baocao.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.baocao.content.KeyFigure;
import org.baocao.content.Narrative;
import org.baocao.content.Project;
import org.baocao.content.Report;
import org.baocao.content.Section;
import org.baocao.i18n.Language;
import org.baocao.render.model.KeyFigureView;
import org.baocao.render.model.ReportCard;
import org.baocao.render.model.SectionEntry;

/** A report in one language as the theme sees it, the same for the site's pages and the print edition. */
public final class ReportCards {
    private ReportCards() {}

    /** Where a card's links go: relative links on a web page, anchors in the print edition. */
    public interface Places {
        String report();

        /** The section in the language it is written in, or null where the document has no place for it. */
        String section(Language language, Section section, Narrative narrative);

        /** A file of the output folder, given by its path there ("media/2020/cover.jpg"). */
        String file(String path);
    }

    /** @param pdfHref the link to the report's PDF, or null when there is none; then {@code pdfSize} is null too */
    public static ReportCard card(RenderedReport one, Project project, Places places, String pdfHref, String pdfSize) {
        Report report = one.report();
        String code = one.language();
        List<KeyFigureView> figures = new ArrayList<>();
        for (KeyFigure figure : report.keyFigures()) {
            figures.add(KeyFigureChanges.view(figure, report, project.allReports(), one.formats(), code));
        }
        List<SectionEntry> sections = new ArrayList<>();
        int number = 0;
        for (Section section : report.sections()) {
            Optional<Narrative> here = section.in(code);
            number++;
            if (here.isPresent()) {
                Narrative n = here.get();
                sections.add(new SectionEntry(section.key(), number, n.title(), n.summary().orElse(null),
                        places.section(project.site().languages().get(code), section, n), true, null, null));
            } else {
                Language other = project.site().languages().all().stream().filter(l -> section.in(l.code()).isPresent()).findFirst().orElseThrow();
                Narrative n = section.in(other.code()).orElseThrow();
                sections.add(new SectionEntry(section.key(), number, n.title(), n.summary().orElse(null),
                        places.section(other, section, n), false, other.name(), other.code()));
            }
        }
        String cover = report.cover().map(c -> places.file("media/" + report.id() + "/" + c.replaceFirst("^media/", ""))).orElse(null);
        String summary = report.sections().stream().flatMap(s -> s.in(code).stream()).findFirst()
                .flatMap(Narrative::summary).orElse(null);
        return new ReportCard(report.id(), report.title().in(code), report.subtitle().map(s -> s.in(code)).orElse(null), summary,
                one.formats().date(report.start()) + " – " + one.formats().date(report.end()),
                one.formats().date(report.published()), report.end().getYear(), report.published().getYear(), places.report(), pdfHref, pdfSize, cover,
                report.title().in(code), List.copyOf(figures), List.copyOf(sections), report.draft());
    }
}
