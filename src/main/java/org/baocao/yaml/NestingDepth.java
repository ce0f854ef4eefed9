package org.baocao.yaml;

/**
 * Where YAML nests too deeply, for SnakeYAML's nesting limit, which says only that it was exceeded: each open
 * bracket of a flow value counts a level, and so does each step of indentation or list dash of a block.
 */
final class NestingDepth {
    private NestingDepth() {}

    /** The 0-based line and column where the depth first exceeds {@code limit}, else the start of the deepest line. */
    static int[] firstPlaceDeeperThan(String yaml, int limit) {
        String[] lines = yaml.split("\n", -1);
        int flow = 0;
        int deepest = 0;
        int deepestLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int block = 0;
            int j = 0;
            while (j < line.length() && (line.charAt(j) == ' ' || line.charAt(j) == '-')) {
                if (line.charAt(j) == '-' || j % 2 == 1) block++;
                j++;
            }
            int depth = flow + block;
            for (; j < line.length(); j++) {
                char c = line.charAt(j);
                if (c == '[' || c == '{') depth = flow++ + block + 1;
                else if (c == ']' || c == '}') flow = Math.max(0, flow - 1);
                if (depth > limit) return new int[] {i, j};
            }
            if (depth > deepest) {
                deepest = depth;
                deepestLine = i;
            }
        }
        return new int[] {deepestLine, 0};
    }
}
