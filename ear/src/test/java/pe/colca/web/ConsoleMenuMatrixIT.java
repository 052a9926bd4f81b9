package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.ConsoleSession;
import pe.colca.testing.DemoUser;
import pe.colca.testing.TestData;

/**
 * The console half of the permission matrix, generated from the menu itself: the administrator's side
 * menu lists every screen with the permissions of its entry ({@code data-colca-permissions}, from
 * {@code Navigation}). For every entry and every permission it needs, a user holding the others but not
 * that one does not see the entry and gets the 403 page (status 403) when he opens its URL; a user
 * holding all of them sees the entry and gets the screen. Console sessions over HTTP (FORM login), no
 * browser: the menu and the status are server-side facts.
 */
class ConsoleMenuMatrixIT extends ClientIntegration {

    private static final Pattern MENU_LINK = Pattern.compile(
            "<a\\s[^>]*?href=\"([^\"]+)\"[^>]*?data-colca-permissions=\"([^\"]*)\"|"
                    + "<a\\s[^>]*?data-colca-permissions=\"([^\"]*)\"[^>]*?href=\"([^\"]+)\"");

    private final TestData data = TestData.client();
    private final Map<Set<String>, ConsoleSession> sessions = new LinkedHashMap<>();

    @Test
    @DisplayName("every menu entry: hidden and 403 without one of its permissions, shown and opened with them")
    void menuMatrix() throws Exception {
        Map<String, Set<String>> entries = menu(new ConsoleSession(DemoUser.ADMIN).get("/index.xhtml").body());
        assertTrue(entries.size() >= 15, "the administrator's menu lists the screens: " + entries);
        List<String> failures = new ArrayList<>();
        int checks = 0;
        for (Map.Entry<String, Set<String>> entry : entries.entrySet()) {
            String path = entry.getKey();
            Set<String> needed = entry.getValue();
            assertTrue(!needed.isEmpty(), path + " declares no permission in the menu");
            for (String withheld : needed) {
                Set<String> grants = new TreeSet<>(needed);
                grants.remove(withheld);
                ConsoleSession session = session(grants);
                checks++;
                if (menu(session.get("/index.xhtml").body()).containsKey(path)) {
                    failures.add(path + " without " + withheld + ": shown in the menu");
                }
                HttpResponse<String> page = session.get(path);
                if (page.statusCode() != 403 || !page.body().contains("id=\"error-card\"")) {
                    failures.add(path + " without " + withheld + ": expected the 403 page, got " + page.statusCode());
                }
            }
            ConsoleSession allowed = session(needed);
            checks++;
            if (!menu(allowed.get("/index.xhtml").body()).containsKey(path)) {
                failures.add(path + " with " + needed + ": not shown in the menu");
            }
            HttpResponse<String> page = allowed.get(path);
            if (page.statusCode() != 200 || page.body().contains("id=\"error-card\"")) {
                failures.add(path + " with " + needed + ": expected the screen, got " + page.statusCode());
            }
        }
        System.out.printf("console menu matrix: %d entries, %d checks, %d users%n", entries.size(), checks, sessions.size());
        assertEquals(List.of(), failures, String.join("\n", failures));
    }

    /** Menu link path (without query) → the permissions its entry declares. */
    private static Map<String, Set<String>> menu(String html) {
        Map<String, Set<String>> entries = new LinkedHashMap<>();
        Matcher m = MENU_LINK.matcher(html);
        while (m.find()) {
            String href = m.group(1) != null ? m.group(1) : m.group(4);
            String permissions = m.group(1) != null ? m.group(2) : m.group(3);
            String path = URI.create(href.replace("&amp;", "&")).getPath();
            Set<String> set = new TreeSet<>();
            for (String p : permissions.trim().split("\\s+")) {
                if (!p.isEmpty()) {
                    set.add(p);
                }
            }
            entries.put(path, set);
        }
        return entries;
    }

    private ConsoleSession session(Set<String> grants) throws Exception {
        ConsoleSession session = sessions.get(grants);
        if (session == null) {
            session = new ConsoleSession(data.user().permissions(grants.toArray(String[]::new)).create());
            sessions.put(Set.copyOf(grants), session);
        }
        return session;
    }
}
