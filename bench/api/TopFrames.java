import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The hot spots of a JDK Flight Recorder file: the execution samples (threads running Java code) and,
 * separately, the native method samples (threads waiting in native code: socket reads of JDBC and
 * HTTP, polls), each aggregated by top frame (self time) and by every method on the stack (inclusive
 * time), restricted for the inclusive list to classes starting with one of the optional prefixes.
 * {@code java TopFrames.java file.jfr [top] [inclusivePrefix...]}
 */
public class TopFrames {

    public static void main(String[] args) throws Exception {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        List<String> prefixes = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
        report(Path.of(args[0]), "jdk.ExecutionSample", "execution samples (running Java)", top, prefixes);
        report(Path.of(args[0]), "jdk.NativeMethodSample", "native method samples (waiting in native code)", top,
                prefixes);
    }

    static void report(Path file, String event, String title, int top, List<String> prefixes) throws Exception {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!event.equals(e.getEventType().getName()) || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (seen.add(n) && (prefixes.isEmpty() || prefixes.stream().anyMatch(n::startsWith))) {
                    inclusive.merge(n, 1, Integer::sum);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%n== %d %s%nself (top frame):%n", samples, title);
        print(self, samples, top);
        System.out.printf(Locale.ROOT, "%ninclusive (on the stack)%s:%n",
                prefixes.isEmpty() ? "" : " " + prefixes);
        print(inclusive, samples, top);
    }

    static void print(Map<String, Integer> counts, int samples, int top) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(en -> System.out.printf(Locale.ROOT, "  %5.1f %%  %6d  %s%n",
                        100.0 * en.getValue() / Math.max(1, samples), en.getValue(), en.getKey()));
    }

    static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }
}
