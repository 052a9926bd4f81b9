package pe.colca.sunatsim.web;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import pe.colca.sunatsim.BillOffice;

/**
 * Fault injection at run time (development only, no login: the simulator never runs on a real server).
 * <ul>
 *   <li>{@code GET /admin/faults} — the switches as JSON;</li>
 *   <li>{@code PUT|POST /admin/faults} — a JSON object with the switches to change (the others stay), or
 *       the HTML form; a bad value is 400 with {@code application/problem+json} and changes nothing;</li>
 *   <li>{@code POST /admin/reset} — defaults again, and every received document and ticket forgotten;</li>
 *   <li>{@code GET /admin/documents} — what was received;</li>
 *   <li>{@code GET /admin/} — a minimal HTML page with the form.</li>
 * </ul>
 */
@WebServlet(urlPatterns = "/admin/*")
public class AdminServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = path(req);
        BillOffice office = SimulatorGuard.office();
        switch (path) {
            case "/faults" -> json(resp, 200, faults(office));
            case "/documents" -> {
                var list = Json.createArrayBuilder();
                office.received().forEach(r -> list.add(Json.createObjectBuilder().add("key", r.key())
                        .add("fileName", r.fileName()).add("accepted", r.accepted()).add("code", r.code())
                        .add("at", r.at().toString()).add("sends", office.sends(r.key()))));
                json(resp, 200, Json.createObjectBuilder().add("documents", list).build());
            }
            case "/", "" -> AdminPage.write(resp, office.faults().snapshot());
            default -> problem(resp, 404, "Not found", "no admin resource " + path);
        }
    }

    @Override
    protected void doPut(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doPost(req, resp);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = path(req);
        BillOffice office = SimulatorGuard.office();
        boolean form = req.getContentType() != null && req.getContentType().startsWith("application/x-www-form-urlencoded");
        if (path.equals("/reset")) {
            office.reset();
            if (form) {
                resp.sendRedirect(req.getContextPath() + "/admin/");
            } else {
                json(resp, 200, faults(office));
            }
            return;
        }
        if (!path.equals("/faults")) {
            problem(resp, 404, "Not found", "no admin resource " + path);
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        try {
            if (form) {
                req.getParameterMap().forEach((k, v) -> values.put(k, v[v.length - 1]));
                if (!values.containsKey("unavailable")) {
                    values.put("unavailable", "false"); // an unticked box is not sent
                }
                if (!values.containsKey("rejectionsAsFaults")) {
                    values.put("rejectionsAsFaults", "false");
                }
            } else {
                JsonObject body = Json.createReader(req.getInputStream()).readObject();
                body.forEach((k, v) -> values.put(k, v.getValueType() == JsonValue.ValueType.STRING
                        ? body.getString(k) : v.toString()));
            }
            office.faults().apply(values);
        } catch (IllegalArgumentException | JsonException | ClassCastException e) {
            problem(resp, 400, "Invalid fault switch", e.getMessage());
            return;
        }
        if (form) {
            resp.sendRedirect(req.getContextPath() + "/admin/");
        } else {
            json(resp, 200, faults(office));
        }
    }

    private static String path(HttpServletRequest req) {
        return req.getPathInfo() == null ? "" : req.getPathInfo();
    }

    private static JsonObject faults(BillOffice office) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        office.faults().snapshot().forEach((k, v) -> {
            if (v instanceof Boolean bool) {
                b.add(k, bool);
            } else if (v instanceof Number n) {
                b.add(k, n.longValue());
            } else {
                b.add(k, String.valueOf(v));
            }
        });
        return b.build();
    }

    private static void json(HttpServletResponse resp, int status, JsonObject body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getWriter().write(body.toString());
    }

    private static void problem(HttpServletResponse resp, int status, String title, String detail) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/problem+json;charset=UTF-8");
        resp.getWriter().write(Json.createObjectBuilder().add("type", "about:blank").add("title", title)
                .add("status", status).add("detail", detail == null ? title : detail).build().toString());
    }
}
