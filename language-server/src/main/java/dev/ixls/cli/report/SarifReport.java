package dev.ixls.cli.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.ixls.analysis.Diagnostic;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCatalog;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.i18n.Language;
import java.io.PrintWriter;
import java.util.List;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run, every rule described with a stable id,
 * result locations relative to the working directory ({@code %SRCROOT%}). With {@code --summary}
 * the run's property bag carries {@code "tunnels"}, the same array as the JSON report's.
 */
public final class SarifReport implements Report {

    private final String version;
    private final boolean tunnels;

    public SarifReport(String version) {
        this(version, false);
    }

    /** @param tunnels add the per-tunnel summary to the run's properties */
    public SarifReport(String version, boolean tunnels) {
        this.version = version;
        this.tunnels = tunnels;
    }

    @Override
    public void write(List<FileReport> files, Language language, PrintWriter out) {
        List<Rule> rules = RuleCatalog.described();
        JsonArray ruleArray = new JsonArray();
        for (Rule r : rules) {
            JsonObject rule = new JsonObject();
            rule.addProperty("id", r.code().name());
            rule.addProperty("name", r.title().en().replaceAll("[^A-Za-z0-9]+", " ").trim().replace(' ', '-'));
            rule.add("shortDescription", text(r.title().get(language)));
            rule.add("fullDescription", text(r.reason().get(language)));
            rule.addProperty("helpUri", r.docsUrl());
            rule.add("help", text(r.reason().get(language) + " " + r.docsUrl()));
            JsonObject config = new JsonObject();
            config.addProperty("level", level(r.defaultSeverity()));
            rule.add("defaultConfiguration", config);
            ruleArray.add(rule);
        }
        JsonArray results = new JsonArray();
        for (FileReport f : files) {
            for (Diagnostic d : f.diagnostics()) {
                JsonObject result = new JsonObject();
                result.addProperty("ruleId", d.code().name());
                int index = indexOf(rules, d.code());
                if (index >= 0) {
                    result.addProperty("ruleIndex", index);
                }
                result.addProperty("level", level(d.severity()));
                result.add("message", text(d.message().get(language)));
                JsonObject artifact = new JsonObject();
                artifact.addProperty("uri", f.path().replace('\\', '/'));
                artifact.addProperty("uriBaseId", "%SRCROOT%");
                JsonObject region = new JsonObject();
                region.addProperty("startLine", d.range().start().line() + 1);
                region.addProperty("startColumn", d.range().start().character() + 1);
                region.addProperty("endLine", d.range().end().line() + 1);
                region.addProperty("endColumn", Math.max(d.range().end().character() + 1,
                        d.range().start().line() == d.range().end().line() ? d.range().start().character() + 1 : 1));
                JsonObject physical = new JsonObject();
                physical.add("artifactLocation", artifact);
                physical.add("region", region);
                JsonObject location = new JsonObject();
                location.add("physicalLocation", physical);
                JsonArray locations = new JsonArray();
                locations.add(location);
                result.add("locations", locations);
                results.add(result);
            }
        }
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "ixls");
        driver.addProperty("version", version);
        driver.addProperty("informationUri", "https://github.com/ixls/ixls");
        driver.add("rules", ruleArray);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);
        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.add("results", results);
        if (tunnels) {
            JsonObject properties = new JsonObject();
            properties.add("tunnels", TunnelSummary.toJson(files, language));
            run.add("properties", properties);
        }
        JsonObject root = new JsonObject();
        root.addProperty("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.addProperty("version", "2.1.0");
        JsonArray runs = new JsonArray();
        runs.add(run);
        root.add("runs", runs);
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
    }

    private static int indexOf(List<Rule> rules, RuleCode code) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).code() == code) {
                return i;
            }
        }
        return -1;
    }

    private static JsonObject text(String s) {
        JsonObject o = new JsonObject();
        o.addProperty("text", s);
        return o;
    }

    /** SARIF levels: error, warning, note (info and hint both read as notes). */
    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "note";
        };
    }
}
