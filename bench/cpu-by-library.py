#!/usr/bin/env python3
"""Whose code a build's CPU time goes to: reads async-profiler's collapsed stacks (one line a stack, frames joined by
";", then the sample count; recorded with `threads`, so each stack starts with its thread's name) and sums the
samples by owner: the JIT compiler's and the collector's threads by thread, every other sample by the library of the
deepest frame that is not the JDK's own (java.*, jdk.*, sun.*, the JVM's native frames). A sample only in JDK frames
(the start, class loading, the interpreter's own work, the kernel) is "the JVM and the JDK alone".

Usage: bench/cpu-by-library.py STACKS.collapsed
Recording (docs/performance.md, "Where a large build's CPU goes, library by library"):
    java -agentpath:libasyncProfiler.so=start,event=cpu,interval=1ms,threads,collapsed,file=STACKS.collapsed ...
"""
import collections
import sys

# Package prefixes (as async-profiler writes them, with slashes) and the library each belongs to; the first match wins.
OWNERS = [
    ('org/baocao/', 'baocao'),
    ('com/vladsch/flexmark/', 'flexmark (Markdown)'),
    ('org/commonmark/', 'commonmark-java (Markdown)'),
    ('freemarker/', 'FreeMarker (templates)'),
    ('org/jsoup/', 'jsoup (HTML)'),
    ('org/yaml/snakeyaml/', 'SnakeYAML'),
    ('com/openhtmltopdf/', 'openhtmltopdf'),
    ('org/apache/pdfbox/', 'PDFBox'),
    ('org/apache/fontbox/', 'PDFBox'),
    ('org/apache/batik/', 'Batik (charts in PDFs)'),
    ('org/apache/commons/csv/', 'Commons CSV'),
    ('picocli/', 'picocli'),
]
JIT = 'the JIT compiler (C1 thread)'
COLLECTOR = 'the collector (VM thread)'
JDK_ALONE = 'the JVM and the JDK alone (start, class loading, interpreter, kernel)'


def owner(stack):
    thread = stack[0]
    if 'C1 CompilerThre' in thread or 'C2 CompilerThre' in thread:
        return JIT
    if 'VM Thread' in thread or 'GC Thread' in thread:
        return COLLECTOR
    for frame in reversed(stack[1:]):
        for prefix, name in OWNERS:
            if frame.startswith(prefix):
                return name
    return JDK_ALONE


def main(path):
    samples = collections.Counter()
    for line in open(path, encoding='utf-8'):
        stack, _, count = line.rstrip('\n').rpartition(' ')
        if stack:
            samples[owner(stack.split(';'))] += int(count)
    total = sum(samples.values())
    if total == 0:
        sys.exit(path + ': no samples')
    print('| owner | share of the CPU samples |')
    print('|---|---|')
    for name, count in samples.most_common():
        print('| %s | %.1f%% |' % (name, 100.0 * count / total))
    print('\n%d samples' % total)


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
