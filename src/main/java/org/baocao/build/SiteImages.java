package org.baocao.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.baocao.content.Report;
import org.baocao.image.ImageCache;
import org.baocao.image.ImageProbe;
import org.baocao.image.ImageProblem;
import org.baocao.image.Rendition;
import org.baocao.image.WebImage;
import org.baocao.render.MediaFile;
import org.baocao.render.OutputFolder;
import org.baocao.render.RenderedReport;
import org.baocao.render.model.BrandModel;
import org.baocao.source.Diagnostics;
import org.baocao.source.ProjectPaths;
import org.baocao.source.SourcePosition;

/** The images of the site and the PDFs, and the files the site serves for each (see {@link WebImage}). */
public final class SiteImages {
    private SiteImages() {}

    /** Every image the pages and the print editions show, by its path in the output folder: the covers too. */
    public static Map<String, MediaFile> of(Loaded model) {
        Map<String, MediaFile> media = new TreeMap<>();
        for (List<RenderedReport> languages : model.reports().byReport()) {
            for (RenderedReport one : languages) {
                for (MediaFile file : one.media()) media.putIfAbsent(file.target(), file);
            }
            Report report = languages.get(0).report();
            report.cover().ifPresent(cover -> {
                String target = "media/" + report.id() + "/" + cover.replaceFirst("^media/", "");
                try { // the loader has reported a cover that cannot be read
                    media.put(target, new MediaFile(report.folder().resolve(cover), target, ImageProbe.probe(report.folder().resolve(cover)),
                            cover, SourcePosition.wholeFile(relative(model, report))));
                } catch (ImageProblem problem) {
                    // reported when loading
                }
            });
        }
        model.project().site().brand().logo().ifPresent(logo -> {
            String target = BrandModel.logoPath(logo);
            try { // site.yaml's loader has reported a logo that cannot be read
                media.put(target, new MediaFile(logo.file(), target, ImageProbe.probe(logo.file()), logo.path(), logo.at()));
            } catch (ImageProblem problem) {
                // reported when loading
            }
        });
        return media;
    }

    /** The paths of the files the site serves for {@code image}. */
    public static List<String> paths(MediaFile image) {
        return WebImage.files(image.target(), image.image()).stream().map(WebImage.File::path).toList();
    }

    /**
     * Writes the files the site serves for {@code image}; a problem decoding it is an error where it is used. An image
     * that leads outside the project was reported by the loader and is never read (the last line of defence).
     */
    public static void write(MediaFile image, Path projectRoot, OutputFolder out, ImageCache cache, Diagnostics diagnostics) {
        if (ProjectPaths.locate(projectRoot, image.source()) == ProjectPaths.Where.OUTSIDE) return;
        List<WebImage.File> files = WebImage.files(image.target(), image.image());
        List<Rendition> renditions = new ArrayList<>();
        files.forEach(file -> file.rendition().ifPresent(renditions::add));
        try {
            Map<Rendition, byte[]> made = renditions.isEmpty() ? Map.of() : cache.renditions(image.source(), image.image(), renditions);
            for (WebImage.File file : files) {
                Optional<Rendition> rendition = file.rendition();
                if (rendition.isPresent()) out.write(file.path(), made.get(rendition.get()));
                else out.copy(image.source(), file.path());
            }
        } catch (ImageProblem problem) {
            diagnostics.error(image.usedAt(), problem.message(), problem.arguments(image.written()));
        }
    }

    private static String relative(Loaded model, Report report) {
        return model.project().root().toAbsolutePath().normalize()
                .relativize(report.folder().resolve("report.yaml").toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
