package dev.ixls.cli.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.ixls.analysis.Severity;
import dev.ixls.analysis.diagnose.Cause;
import dev.ixls.analysis.diagnose.Evidence;
import dev.ixls.analysis.diagnose.TranscriptDiagnosis;
import dev.ixls.analysis.diagnose.TunnelDiagnosis;
import dev.ixls.analysis.diagnose.TunnelState;
import dev.ixls.i18n.Language;
import dev.ixls.syntax.Range;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/**
 * SARIF 2.1.0, as {@code ixls check --format sarif} writes it: one run whose rules are the
 * diagnose codes (IX700-IX710), a result per tunnel that is not up (at its transcript line, with
 * the lines behind it as related locations) and per note; the run's property bag carries
 * {@code "tunnels"}, every tunnel as in the JSON report.
 */
public final class DiagnosisSarifReport implements DiagnosisReport {

    private final String version;

    public DiagnosisSarifReport(String version) {
        this.version = version;
    }

    @Override
    public void write(TranscriptDiagnosis d, Language language, Function<String, String> display, PrintWriter out) {
        List<Cause> causes = Cause.all();
        JsonArray rules = new JsonArray();
        for (Cause c : causes) {
            JsonObject rule = new JsonObject();
            rule.addProperty("id", c.code().name());
            rule.addProperty("name", c.title().en().replaceAll("[^A-Za-z0-9]+", " ").trim().replace(' ', '-'));
            rule.add("shortDescription", text(c.title().get(language)));
            rule.add("fullDescription", text(c.reason().get(language)));
            rule.addProperty("helpUri", c.docsUrl());
            rule.add("help", text(c.reason().get(language) + " " + c.docsUrl()));
            JsonObject config = new JsonObject();
            config.addProperty("level", c == Cause.TEXT_NOT_READ || c == Cause.STATE_NOT_SHOWN ? "note"
                    : c == Cause.NO_ROUTES_FROM_AWS || c == Cause.NOTHING_ADVERTISED ? "warning" : "error");
            rule.add("defaultConfiguration", config);
            rules.add(rule);
        }
        String transcript = display.apply(d.transcriptLocation());
        JsonArray results = new JsonArray();
        for (TunnelDiagnosis t : d.tunnels()) {
            if (t.state() == TunnelState.UP) {
                continue;
            }
            JsonObject r = result(t.cause(), causes, SarifReport.level(DiagnosisReport.severity(t.state())),
                    t.message().get(language) + (t.fix() == null ? "" : " " + t.fix().get(language)), transcript,
                    t.anchor());
            JsonArray related = new JsonArray();
            int id = 0;
            for (Evidence e : t.evidence()) {
                JsonObject loc = location(display.apply(e.location()), e.range());
                loc.addProperty("id", id++);
                String note = e.note() == null ? "" : e.note().get(language);
                loc.add("message", text(e.text() == null ? note : note + ": " + e.text()));
                related.add(loc);
            }
            r.add("relatedLocations", related);
            results.add(r);
        }
        for (TranscriptDiagnosis.Note n : d.notes()) {
            results.add(result(Cause.TEXT_NOT_READ, causes, SarifReport.level(Severity.INFO), n.message().get(language),
                    transcript, n.range()));
        }
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "ixls");
        driver.addProperty("version", version);
        driver.addProperty("informationUri", "https://github.com/ixls/ixls");
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);
        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.add("results", results);
        JsonObject properties = new JsonObject();
        properties.add("tunnels", DiagnosisJsonReport.tunnels(d, language, display));
        run.add("properties", properties);
        JsonObject root = new JsonObject();
        root.addProperty("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.addProperty("version", "2.1.0");
        JsonArray runs = new JsonArray();
        runs.add(run);
        root.add("runs", runs);
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
    }

    private static JsonObject result(Cause cause, List<Cause> causes, String level, String message, String file,
            Range range) {
        JsonObject r = new JsonObject();
        r.addProperty("ruleId", cause.code().name());
        r.addProperty("ruleIndex", causes.indexOf(cause));
        r.addProperty("level", level);
        r.add("message", text(message));
        JsonArray locations = new JsonArray();
        locations.add(location(file, range));
        r.add("locations", locations);
        return r;
    }

    private static JsonObject location(String file, Range range) {
        JsonObject artifact = new JsonObject();
        artifact.addProperty("uri", file.replace('\\', '/'));
        artifact.addProperty("uriBaseId", "%SRCROOT%");
        JsonObject region = new JsonObject();
        region.addProperty("startLine", range.start().line() + 1);
        region.addProperty("startColumn", range.start().character() + 1);
        region.addProperty("endLine", range.end().line() + 1);
        region.addProperty("endColumn", Math.max(range.end().character() + 1, range.start().character() + 1));
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifact);
        physical.add("region", region);
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        return location;
    }

    private static JsonObject text(String s) {
        JsonObject o = new JsonObject();
        o.addProperty("text", s);
        return o;
    }
}
