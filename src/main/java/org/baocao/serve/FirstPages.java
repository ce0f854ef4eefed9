package org.baocao.serve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The first build of a preview, report by report in the order the pages are asked for: a request for a page waits
 * for the reports to be listed (the home page and the archives), and a page of a report, or one of its images, for
 * that report to be rendered, which is then rendered next. A page of a large project is served after its own report
 * is rendered, not the whole site. Once the first build has ended, nothing waits.
 */
final class FirstPages {
    /** The reports asked for, in the order of the requests: not all known to be reports until the listing. */
    private final Set<String> asked = new LinkedHashSet<>();
    private final Set<String> shown = new HashSet<>();
    private Set<String> reports;
    private boolean ended;

    /**
     * Waits until the page or file at {@code path} (relative to the site folder) is written, when it is one the
     * first build writes: a page of a report ("vi/2020/…") or one of its images ("media/2020/…") asks for that report
     * to be rendered next; any other waits for the listing. Returns at once when {@code written} already has it, and
     * when the first build has ended, whatever it wrote.
     */
    synchronized void await(String path, Predicate<String> written) throws InterruptedException {
        if (ended || written.test(path)) return;
        String[] parts = path.split("/", 3);
        String report = parts.length == 3 ? parts[1] : null;
        if (report != null) asked.add(report);
        while (!ended && reports == null) wait();
        if (report == null || ended || !reports.contains(report)) return;
        while (!ended && !shown.contains(report)) wait();
    }

    /** The reports are listed, and the pages of no one report written: the home page, the archives, the 404 page. */
    synchronized void listed(Collection<String> reportIds) {
        reports = Set.copyOf(reportIds);
        notifyAll();
    }

    /** Up to {@code count} reports of {@code remaining} to render next, taken out of it: those asked for first. */
    synchronized List<String> next(List<String> remaining, int count) {
        List<String> next = new ArrayList<>();
        for (String report : asked) {
            if (next.size() < count && remaining.remove(report)) next.add(report);
        }
        while (next.size() < count && !remaining.isEmpty()) next.add(remaining.remove(0));
        return next;
    }

    /** These reports' pages and images are written. */
    synchronized void shown(Collection<String> reportIds) {
        shown.addAll(reportIds);
        notifyAll();
    }

    /** The first build has ended, well or not: the pages it did not write will not come from it. */
    synchronized void ended() {
        ended = true;
        notifyAll();
    }
}
