package dev.ixls.cli.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.ixls.analysis.Diagnostic;
import dev.ixls.analysis.Severity;
import dev.ixls.i18n.Language;
import java.io.PrintWriter;
import java.util.List;

/**
 * One JSON object: {@code {"diagnostics":[{file,line,column,endLine,endColumn,severity,code,message}],
 * "summary":{files,errors,warnings,infos}}}; lines and columns 1-based. With {@code --summary} also
 * {@code "tunnels":[{file,sample,connectionId,tunnel,awsPeer,interface,line,passed,total,checks:[{id,name,ok}]}]}.
 */
public final class JsonReport implements Report {

    private final boolean tunnels;

    public JsonReport() {
        this(false);
    }

    /** @param tunnels add the per-tunnel summary */
    public JsonReport(boolean tunnels) {
        this.tunnels = tunnels;
    }

    @Override
    public void write(List<FileReport> files, Language language, PrintWriter out) {
        JsonArray diagnostics = new JsonArray();
        for (FileReport f : files) {
            for (Diagnostic d : f.diagnostics()) {
                JsonObject o = new JsonObject();
                o.addProperty("file", f.path());
                o.addProperty("line", d.range().start().line() + 1);
                o.addProperty("column", d.range().start().character() + 1);
                o.addProperty("endLine", d.range().end().line() + 1);
                o.addProperty("endColumn", d.range().end().character() + 1);
                o.addProperty("severity", d.severity().label());
                o.addProperty("code", d.code().name());
                o.addProperty("message", d.message().get(language));
                diagnostics.add(o);
            }
        }
        JsonObject summary = new JsonObject();
        summary.addProperty("files", files.size());
        summary.addProperty("errors", Report.count(files, Severity.ERROR));
        summary.addProperty("warnings", Report.count(files, Severity.WARNING));
        summary.addProperty("infos", Report.count(files, Severity.INFO) + Report.count(files, Severity.HINT));
        JsonObject root = new JsonObject();
        root.add("diagnostics", diagnostics);
        root.add("summary", summary);
        if (tunnels) {
            root.add("tunnels", TunnelSummary.toJson(files, language));
        }
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
    }
}
