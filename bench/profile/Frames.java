import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Top frames of an async-profiler collapsed-stack file: self (the frame on top of the stack) and
 * inclusive (the frame anywhere on the stack), as a share of all CPU samples of the process.
 * {@code java Frames.java <file.collapsed> [rows] [substring filter for the inclusive list ...]}
 */
public class Frames {
    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        List<String> filters = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : List.of();
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> inclusive = new HashMap<>();
        long total = 0;
        for (String line : lines) {
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            long n = Long.parseLong(line.substring(space + 1).strip());
            String[] frames = line.substring(0, space).split(";");
            total += n;
            self.merge(frames[frames.length - 1], n, Long::sum);
            Set<String> seen = new HashSet<>(Arrays.asList(frames));
            for (String f : seen) {
                inclusive.merge(f, n, Long::sum);
            }
        }
        System.out.printf("%,d CPU samples%n%nself (top of stack):%n", total);
        print(self, total, rows, List.of());
        System.out.printf("%ninclusive%s:%n", filters.isEmpty() ? "" : " (frames containing " + filters + ")");
        print(inclusive, total, rows, filters);
    }

    private static void print(Map<String, Long> counts, long total, int rows, List<String> filters) {
        counts.entrySet().stream()
                .filter(e -> filters.isEmpty() || filters.stream().anyMatch(e.getKey()::contains))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(rows)
                .forEach(e -> System.out.printf("  %5.1f %%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
    }
}
