package pe.colca.sunatsim.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** The minimal HTML page of the fault switches (one form posting to {@code /admin/faults}). */
final class AdminPage {

    private AdminPage() {
    }

    static void write(HttpServletResponse resp, Map<String, Object> switches) throws IOException {
        StringBuilder rows = new StringBuilder();
        switches.forEach((name, value) -> {
            String input = value instanceof Boolean b
                    ? "<input type=\"checkbox\" name=\"" + name + "\" value=\"true\"" + (b ? " checked" : "") + ">"
                    : "<input name=\"" + name + "\" value=\"" + escape(String.valueOf(value)) + "\" size=\"8\">";
            rows.append("<tr><th><label>").append(name).append("</label></th><td>").append(input).append("</td></tr>\n");
        });
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getWriter().write("""
                <!DOCTYPE html>
                <html lang="es"><head><meta charset="UTF-8"><title>Simulador SUNAT — fallas</title>
                <style>body{font-family:sans-serif;margin:2em}th{text-align:left;padding-right:1em}</style></head>
                <body><h1>Simulador SUNAT (solo desarrollo)</h1>
                <p>Inyección de fallas de <code>billService</code>. JSON: <code>GET/PUT admin/faults</code>,
                <code>POST admin/reset</code>, <code>GET admin/documents</code>.</p>
                <form method="post" action="faults"><table>
                """ + rows + """
                </table><p><button type="submit">Guardar</button></p></form>
                <form method="post" action="reset"><button type="submit">Restablecer todo</button></form>
                </body></html>
                """);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
