package dev.ixls.cli.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.analysis.diagnose.Cause;
import dev.ixls.analysis.diagnose.Evidence;
import dev.ixls.analysis.diagnose.TranscriptDiagnosis;
import dev.ixls.analysis.diagnose.TunnelDiagnosis;
import dev.ixls.analysis.diagnose.TunnelState;
import dev.ixls.i18n.Language;
import dev.ixls.i18n.LocalizedText;
import java.io.PrintWriter;
import java.util.function.Function;

/**
 * One JSON object: {@code {"transcript","config","samples":[{file,connectionId}],
 * "tunnels":[{tunnel,awsPeer,connectionId,sample,interface,state,code,cause,message,fix,line,column,
 * notes:[...],evidence:[{source,file,line,column,text,note}]}],"notes":[{file,line,column,code,message}],
 * "summary":{tunnels,up,down,impaired,unknown}}}}; lines and columns 1-based.
 */
public final class DiagnosisJsonReport implements DiagnosisReport {

    @Override
    public void write(TranscriptDiagnosis d, Language language, Function<String, String> display, PrintWriter out) {
        JsonObject root = new JsonObject();
        root.addProperty("transcript", display.apply(d.transcriptLocation()));
        root.addProperty("config", d.configLocation() == null ? null : display.apply(d.configLocation()));
        JsonArray samples = new JsonArray();
        for (LinkedSample s : d.samples()) {
            JsonObject o = new JsonObject();
            o.addProperty("file", display.apply(s.location()));
            o.addProperty("connectionId", s.sample().connectionId());
            samples.add(o);
        }
        root.add("samples", samples);
        root.add("tunnels", tunnels(d, language, display));
        JsonArray notes = new JsonArray();
        for (TranscriptDiagnosis.Note n : d.notes()) {
            JsonObject o = new JsonObject();
            o.addProperty("file", display.apply(d.transcriptLocation()));
            o.addProperty("line", n.range().start().line() + 1);
            o.addProperty("column", n.range().start().character() + 1);
            o.addProperty("code", Cause.TEXT_NOT_READ.code().name());
            o.addProperty("message", n.message().get(language));
            notes.add(o);
        }
        root.add("notes", notes);
        JsonObject summary = new JsonObject();
        summary.addProperty("tunnels", d.tunnels().size());
        for (TunnelState s : TunnelState.values()) {
            summary.addProperty(s.label(), d.count(s));
        }
        root.add("summary", summary);
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root));
    }

    /** The tunnels as JSON; SARIF carries the same array in its run's property bag. */
    static JsonArray tunnels(TranscriptDiagnosis d, Language language, Function<String, String> display) {
        JsonArray array = new JsonArray();
        for (TunnelDiagnosis t : d.tunnels()) {
            JsonObject o = new JsonObject();
            o.addProperty("tunnel", t.number());
            o.addProperty("awsPeer", t.peer());
            o.addProperty("connectionId", t.connectionId());
            o.addProperty("sample", t.sampleLocation() == null ? null : display.apply(t.sampleLocation()));
            o.addProperty("interface", t.interfaceName());
            o.addProperty("state", t.state().label());
            o.addProperty("code", t.code() == null ? null : t.code().name());
            o.addProperty("cause", t.cause() == null ? null : t.cause().title().get(language));
            o.addProperty("message", t.message().get(language));
            o.addProperty("fix", t.fix() == null ? null : t.fix().get(language));
            o.addProperty("line", t.anchor().start().line() + 1);
            o.addProperty("column", t.anchor().start().character() + 1);
            JsonArray notes = new JsonArray();
            for (LocalizedText n : t.notes()) {
                notes.add(n.get(language));
            }
            o.add("notes", notes);
            JsonArray evidence = new JsonArray();
            for (Evidence e : t.evidence()) {
                JsonObject x = new JsonObject();
                x.addProperty("source", DiagnosisReport.source(e.source()));
                x.addProperty("file", display.apply(e.location()));
                x.addProperty("line", e.range().start().line() + 1);
                x.addProperty("column", e.range().start().character() + 1);
                x.addProperty("text", e.text());
                x.addProperty("note", e.note() == null ? null : e.note().get(language));
                evidence.add(x);
            }
            o.add("evidence", evidence);
            array.add(o);
        }
        return array;
    }
}
